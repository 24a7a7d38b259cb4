import { describe, expect, it } from "vitest";
import { removeQuestion } from "./remove-question";

describe("removeQuestion", () => {
  it.each([
    [0, "Remove Sarah Chen from this workspace? They have no open leads."],
    [1, "Remove Sarah Chen from this workspace? They have 1 open lead: it goes to the next best rep through the published routing and the new owner is alerted (without published routing, back to New for a manager to assign). An upcoming meeting with them is kept, for the new owner to take."],
    [3, "Remove Sarah Chen from this workspace? They have 3 open leads: each goes to the next best rep through the published routing and the new owner is alerted (without published routing, back to New for a manager to assign). An upcoming meeting with them is kept, for the new owner to take."],
  ])("%i open leads", (openLeads, question) => {
    expect(removeQuestion("Sarah Chen", openLeads)).toBe(question);
  });
});
