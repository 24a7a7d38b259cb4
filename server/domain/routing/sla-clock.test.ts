import { describe, expect, it } from "vitest";
import { slaClockDeferral, slaClockStart, slaDeadlines, type TSlaClockDeferral, type TSlaClockProfile } from "./sla-clock";

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
const NY: TSlaClockProfile = { timeZone: "America/New_York", workingHours: weekdays("09:00", "17:00"), timeOff: [] };
const span = (startsAt: string, endsAt: string) => ({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) });

// Tuesday 1 December 2026 (EST = UTC−5): 09:00 New York is 14:00 UTC.
describe("slaClockStart", () => {
  it.each<[string, TSlaClockProfile, string, string]>([
    ["at work: the assignment itself", NY, "2026-12-01T15:00:00Z", "2026-12-01T15:00:00.000Z"],
    ["02:00 on a weekday: that morning's 09:00", NY, "2026-12-01T07:00:00Z", "2026-12-01T14:00:00.000Z"],
    ["after hours on Friday: Monday 09:00", NY, "2026-12-04T23:00:00Z", "2026-12-07T14:00:00.000Z"],
    ["on leave until Wednesday noon: Wednesday's hours from then", { ...NY, timeOff: [span("2026-11-30T00:00:00Z", "2026-12-02T17:00:00Z")] }, "2026-12-01T07:00:00Z", "2026-12-02T17:00:00.000Z"],
    ["in a meeting at the start of the day: when it ends", { ...NY, busy: [span("2026-12-01T14:00:00Z", "2026-12-01T15:30:00Z")] }, "2026-12-01T07:00:00Z", "2026-12-01T15:30:00.000Z"],
    ["no working hours: the assignment (never at work, nothing to wait for)", { ...NY, workingHours: [] }, "2026-12-01T07:00:00Z", "2026-12-01T07:00:00.000Z"],
    ["an unknown zone: the assignment", { ...NY, timeZone: "Mars/Olympus" }, "2026-12-01T07:00:00Z", "2026-12-01T07:00:00.000Z"],
  ])("%s", (_what, profile, assignedAt, expected) => {
    expect(slaClockStart(profile, new Date(assignedAt)).toISOString()).toBe(expected);
  });
});

describe("slaClockDeferral", () => {
  it.each<[string, TSlaClockProfile, string, TSlaClockDeferral | null]>([
    ["at work: not deferred", NY, "2026-12-01T15:00:00Z", null],
    ["02:00 on a weekday: outside working hours", NY, "2026-12-01T07:00:00Z", "off_hours"],
    ["on leave (at night too): on leave", { ...NY, timeOff: [span("2026-11-30T00:00:00Z", "2026-12-02T17:00:00Z")] }, "2026-12-01T07:00:00Z", "on_leave"],
    ["in a meeting during working hours: in a meeting", { ...NY, busy: [span("2026-12-01T15:00:00Z", "2026-12-01T15:30:00Z")] }, "2026-12-01T15:10:00Z", "in_meeting"],
    ["no working hours: the clock starts at the assignment, not deferred", { ...NY, workingHours: [] }, "2026-12-01T07:00:00Z", null],
  ])("%s", (_what, profile, assignedAt, expected) => {
    expect(slaClockDeferral(profile, new Date(assignedAt))).toBe(expected);
  });
});

describe("slaDeadlines", () => {
  it("the reminder and the reassignment from the clock's start", () => {
    const { remindAt, reassignAt } = slaDeadlines(new Date("2026-12-01T14:00:00Z"), { remindAfterMinutes: 5, reassignAfterMinutes: 15 });
    expect([remindAt.toISOString(), reassignAt.toISOString()]).toEqual(["2026-12-01T14:05:00.000Z", "2026-12-01T14:15:00.000Z"]);
  });
});
