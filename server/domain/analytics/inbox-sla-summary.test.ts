import { describe, expect, it } from "vitest";
import { inboxSlaText } from "./assignment-sla";
import { inboxSlaSummary } from "./inbox-sla-summary";

describe("inboxSlaSummary", () => {
  // Every shape a published SLA can reach the inbox in, with the full rules it summarises: the
  // summary's figures are the sentence's.
  it.each<[string, Parameters<typeof inboxSlaSummary>[0], string, RegExp]>([
    ["reminder and reassignment", { remindAfterMinutes: 5, reassignAfterMinutes: 15 }, "SLA: accept within 15 min · reminder at 5 min", /within 15 minutes .*a reminder at 5 minutes/],
    ["other figures", { remindAfterMinutes: 10, reassignAfterMinutes: 30 }, "SLA: accept within 30 min · reminder at 10 min", /within 30 minutes .*a reminder at 10 minutes/],
    ["one minute", { remindAfterMinutes: 1, reassignAfterMinutes: 2 }, "SLA: accept within 2 min · reminder at 1 min", /within 2 minutes .*a reminder at 1 minute,/],
    ["no reminder", { reassignAfterMinutes: 15 }, "SLA: accept within 15 min", /within 15 minutes .*, or it goes to the next best rep/],
    ["reminder null", { remindAfterMinutes: null, reassignAfterMinutes: 15 }, "SLA: accept within 15 min", /within 15 minutes .*, or it goes/],
    ["reminder not before the reassignment: never sent, not named", { remindAfterMinutes: 15, reassignAfterMinutes: 15 }, "SLA: accept within 15 min", /within 15 minutes .*, or it goes/],
    ["reminder only: the lead stays", { remindAfterMinutes: 10 }, "SLA: reminder at 10 min · leads stay with you", /a reminder 10 minutes after .*never moved on/],
    ["zero minutes are no setting", { remindAfterMinutes: 0, reassignAfterMinutes: 0 }, "SLA: none published", /^No routing SLA is published/],
    ["no SLA", null, "SLA: none published", /^No routing SLA is published/],
  ])("%s", (_name, sla, summary, rules) => {
    expect(inboxSlaSummary(sla)).toBe(summary);
    expect(inboxSlaText(sla)).toMatch(rules);
  });
});
