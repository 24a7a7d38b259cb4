import { describe, expect, it } from "vitest";
import { assignmentSla, inboxSlaText, runsSla, slaRuleText, type TAssignmentKind, type TAssignmentSla } from "./assignment-sla";

const T = Date.parse("2026-12-01T15:00:00Z");
const at = (minutes: number | null) => (minutes === null ? null : new Date(T + minutes * 60_000));
const SLA = { remindAfterMinutes: 5, reassignAfterMinutes: 15 };

// One assignment from minute 0: accepted at, ended at (null: still held), now — in minutes.
describe("assignmentSla (remind after 5, reassign after 15)", () => {
  it.each<[string, number | null, number | null, number, Partial<TAssignmentSla>]>([
    ["accepted at 3: before the reminder, no breach", 3, null, 60, { acceptSeconds: 180, isReminderDue: true, isAcceptedBeforeReminder: true, isBreach: false }],
    ["accepted at 10: after the reminder, within the deadline: no breach", 10, null, 60, { acceptSeconds: 600, isReminderDue: true, isAcceptedBeforeReminder: false, isBreach: false }],
    ["accepted at exactly 15: on time", 15, null, 60, { isBreach: false }],
    ["accepted at 20 (no SLA job moved it): breach", 20, null, 60, { acceptSeconds: 1200, isBreach: true }],
    ["SLA-reassigned at 15 without acceptance: the holder's breach", null, 15, 60, { acceptSeconds: null, isReminderDue: true, isBreach: true }],
    ["a manager moved it at 3: neither reminder nor breach counts", null, 3, 60, { isReminderDue: false, isAcceptedBeforeReminder: false, isBreach: false }],
    ["a manager moved it at 10: a missed reminder, no breach", null, 10, 60, { isReminderDue: true, isBreach: false }],
    ["still open at 20: breach", null, null, 20, { isBreach: true }],
    ["still open at 10: the deadline has not passed yet", null, null, 10, { isReminderDue: true, isBreach: false }],
    ["still open at 2: nothing due yet", null, null, 2, { isReminderDue: false, isBreach: false }],
  ])("%s", (_name, accepted, ended, now, expected) => {
    expect(assignmentSla({ kind: "ROUTED", assignedAt: at(0)!, acceptedAt: at(accepted), endedAt: at(ended) }, SLA, at(now)!)).toMatchObject(expected);
  });

  // Assigned at minute 0 to a rep off duty whose clock started at minute 600 (their morning): the
  // SLA counts from there; the time to accept still from the assignment (what the prospect waits).
  it.each<[string, number | null, number | null, number | null, number, Partial<TAssignmentSla>]>([
    ["clock at 600, accepted at 605: before the reminder, no breach", 600, 605, null, 700, { acceptSeconds: 605 * 60, isReminderDue: true, isAcceptedBeforeReminder: true, isBreach: false }],
    ["clock at 600, accepted at 612: after the reminder, in time", 600, 612, null, 700, { isReminderDue: true, isAcceptedBeforeReminder: false, isBreach: false }],
    ["clock at 600, accepted at 616: breach", 600, 616, null, 700, { isBreach: true }],
    ["clock at 600, SLA-reassigned at 615: the holder's breach", 600, null, 615, 700, { isReminderDue: true, isBreach: true }],
    ["clock at 600, still open at 300 (the night): nothing due yet", 600, null, null, 300, { isReminderDue: false, isBreach: false }],
    ["clock at 600, still open at 610: the reminder is due, not the deadline", 600, null, null, 610, { isReminderDue: true, isBreach: false }],
    ["clock at 600, a manager moved it at 20 (the night): no breach", 600, null, 20, 700, { isReminderDue: false, isBreach: false }],
    ["no clock (a row from before it): from the assignment", null, 605, null, 700, { isBreach: true }],
    ["clock at the assignment (the rep was at work): as without one", 0, 10, null, 60, { acceptSeconds: 600, isAcceptedBeforeReminder: false, isBreach: false }],
  ])("%s", (_name, clock, accepted, ended, now, expected) => {
    expect(assignmentSla({ kind: "ROUTED", assignedAt: at(0)!, slaStartsAt: at(clock), acceptedAt: at(accepted), endedAt: at(ended) }, SLA, at(now)!)).toMatchObject(expected);
  });

  it("without an SLA nothing is due or breached; the time to accept still counts", () => {
    expect(assignmentSla({ kind: "ROUTED", assignedAt: at(0)!, acceptedAt: at(30), endedAt: null }, null, at(60)!)).toEqual({ acceptSeconds: 1800, isReminderDue: false, isAcceptedBeforeReminder: false, isBreach: false });
  });

  // Which assignments run the SLA: the ones routing handed over (a stored clock; before the clock,
  // by kind and decision record). A person's choice runs none: accepted at minute 20, still no breach.
  const MANUAL = { reasons: [{ code: "MANUAL_OVERRIDE", repId: "r1", byUserId: "u1", reason: "Knows them" }] };
  const BOOKING = { reasons: [{ code: "BOOKING_FALLBACK", fromRepId: "r0", windowDays: 2 }] };
  const NEXT_BEST = { reasons: [{ code: "PATH_MATCHED", pathId: "p1", pathName: "Enterprise" }, { code: "ROUND_ROBIN_TURN", variant: "strict", poolSize: 3 }] };
  it.each<[string, TAssignmentKind, number | null, unknown, boolean]>([
    ["routed, clock stored", "ROUTED", 0, NEXT_BEST, true],
    ["routed, from before the clock", "ROUTED", null, NEXT_BEST, true],
    ["SLA-reassigned, from before the clock", "SLA_REASSIGNED", null, NEXT_BEST, true],
    ["reassigned to the next best rep (routing), clock stored", "REASSIGNED", 0, NEXT_BEST, true],
    ["reassigned to the next best rep (routing), from before the clock", "REASSIGNED", null, NEXT_BEST, true],
    ["reassigned by a manager by name", "REASSIGNED", null, MANUAL, false],
    ["reassigned by a booking with the next best rep", "REASSIGNED", null, BOOKING, false],
    ["assigned by a manager by name (no owner before)", "MANUAL", null, MANUAL, false],
    ["returned (never written since, no clock)", "RETURNED", null, NEXT_BEST, false],
    ["the fallback queue", "FALLBACK", null, null, false],
    ["any kind with a stored clock (the routing job started it)", "MANUAL", 0, MANUAL, true],
  ])("runsSla: %s → %s", (_name, kind, clock, decision, expected) => {
    const a = { kind, decision, assignedAt: at(0)!, slaStartsAt: at(clock), acceptedAt: at(20), endedAt: null };
    expect(runsSla(a)).toBe(expected);
    expect(assignmentSla(a, SLA, at(60)!)).toEqual({ acceptSeconds: 1200, isReminderDue: expected, isAcceptedBeforeReminder: false, isBreach: expected });
  });
});

describe("slaRuleText", () => {
  // Every shape an SLA can reach a sentence in: the published policy (both parts), none, and the
  // partial ones (the inbox once passed only the reassign minutes, so its sentence lost the reminder).
  it.each<[string, Parameters<typeof slaRuleText>[0], "you" | "rep", string]>([
    ["inbox: reminder and reassignment", { remindAfterMinutes: 10, reassignAfterMinutes: 15 }, "you", "Routing SLA: accept a lead within 15 minutes of your clock starting: a reminder at 10 minutes, then it goes to the next best rep."],
    ["analytics: reminder and reassignment", SLA, "rep", "Routing SLA: a rep must accept a lead within 15 minutes of their clock starting: a reminder at 5 minutes, then it goes to the next best rep."],
    ["one minute", { reassignAfterMinutes: 2, remindAfterMinutes: 1 }, "you", "Routing SLA: accept a lead within 2 minutes of your clock starting: a reminder at 1 minute, then it goes to the next best rep."],
    ["no reminder", { reassignAfterMinutes: 15 }, "you", "Routing SLA: accept a lead within 15 minutes of your clock starting, or it goes to the next best rep."],
    ["reminder null", { remindAfterMinutes: null, reassignAfterMinutes: 15 }, "rep", "Routing SLA: a rep must accept a lead within 15 minutes of their clock starting, or it goes to the next best rep."],
    ["reminder not before the reassignment: never sent, not named", { remindAfterMinutes: 15, reassignAfterMinutes: 15 }, "you", "Routing SLA: accept a lead within 15 minutes of your clock starting, or it goes to the next best rep."],
    ["reminder only: the lead stays", { remindAfterMinutes: 10 }, "you", "Routing SLA: a reminder 10 minutes after your clock starts if you have not accepted the lead; a lead is never moved on for not being accepted."],
    ["reminder only (analytics)", { remindAfterMinutes: 10, reassignAfterMinutes: null }, "rep", "Routing SLA: a reminder 10 minutes after the rep's clock starts if they have not accepted the lead; a lead is never moved on for not being accepted."],
    ["neither part", {}, "you", "No routing SLA is published: a lead is never moved on for not being accepted."],
    ["zero minutes are no setting", { remindAfterMinutes: 0, reassignAfterMinutes: 0 }, "rep", "No routing SLA is published: a lead is never moved on for not being accepted."],
    ["no SLA", null, "rep", "No routing SLA is published: a lead is never moved on for not being accepted."],
  ])("%s", (_name, sla, whose, text) => {
    expect(slaRuleText(sla, whose)).toBe(text);
  });
});

describe("inboxSlaText", () => {
  it.each<[string, Parameters<typeof inboxSlaText>[0], string]>([
    [
      "reminder and reassignment: counted from the rep's clock, not the assignment",
      { remindAfterMinutes: 5, reassignAfterMinutes: 15 },
      'Routing SLA: accept a lead within 15 minutes of your clock starting: a reminder at 5 minutes, then it goes to the next best rep. Your clock for a routed lead starts at its assignment when you are at work, else at your next working time (working hours, out of office and meetings count). "Past SLA" marks a routed lead with no first contact 15 minutes after your clock started. A lead assigned to you by hand runs no SLA.',
    ],
    [
      "no reminder before the reassignment",
      { remindAfterMinutes: 15, reassignAfterMinutes: 15 },
      'Routing SLA: accept a lead within 15 minutes of your clock starting, or it goes to the next best rep. Your clock for a routed lead starts at its assignment when you are at work, else at your next working time (working hours, out of office and meetings count). "Past SLA" marks a routed lead with no first contact 15 minutes after your clock started. A lead assigned to you by hand runs no SLA.',
    ],
    ["no SLA published: no countdown at all", null, "No routing SLA is published: no lead is moved on for not being accepted, and none shows an SLA countdown."],
  ])("%s", (_name, sla, text) => {
    expect(inboxSlaText(sla)).toBe(text);
  });
});
