// The rep alert's opening line: a new lead, the speed-to-lead reminder (which must not read as a
// second new lead), or the fallback queue's owner.
import { describe, expect, it } from "vitest";
import { openingLine } from "./rep-alert";

describe("openingLine", () => {
  it.each([
    [{ isReminder: false, isProvisional: false, fallbackQueue: null }, "Hi Sarah, a new lead was routed to you."],
    [{ isReminder: false, isProvisional: true, fallbackQueue: null }, "Hi Sarah, a new lead was routed to you (provisionally — a manager is reviewing this high-value lead)."],
    [{ isReminder: true, isProvisional: false, fallbackQueue: null }, "Hi Sarah, a reminder: the lead below was routed to you and is still waiting for you to accept it."],
    [
      { isReminder: true, isProvisional: true, fallbackQueue: null },
      "Hi Sarah, a reminder: the lead below was routed to you (provisionally — a manager is reviewing this high-value lead) and is still waiting for you to accept it.",
    ],
    [{ isReminder: false, isProvisional: false, fallbackQueue: "Backup" }, "Hi Sarah, no routing path could place this lead, so it reached the fallback queue “Backup” that you own. Please pick it up or assign it to a rep."],
  ])("%o", (props, expected) => {
    expect(openingLine({ repName: "Sarah", ...props })).toBe(expected);
  });
});
