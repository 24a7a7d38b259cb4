import { describe, expect, it } from "vitest";
import { leadStatusView } from "./lead-status-view";

describe("leadStatusView", () => {
  it.each([
    ["NEW", true, "SPAM"],
    ["NEW", false, "NEW"],
    ["ASSIGNED", false, "ASSIGNED"],
    ["SPAM", true, "SPAM"],
    ["CLOSED", false, "CLOSED"],
    // A person acted on the spam lead (a manager assigned it by hand, its rep accepted or closed it): its status.
    ["ASSIGNED", true, "ASSIGNED"],
    ["ACCEPTED", true, "ACCEPTED"],
    ["CLOSED", true, "CLOSED"],
  ])("stored %s, isSpam %s → %s", (status, isSpam, expected) => {
    expect(leadStatusView({ status, isSpam })).toBe(expected);
  });
});
