import { describe, expect, it } from "vitest";
import { availabilityHead, availabilityParts, availabilityZoneNote, describeAvailability, type TAvailabilityProfile } from "./describe-availability";
import { defaultWeeklyHours } from "./working-hours";
import { instantToZonedWallTime, zonedWallTimeToInstant } from "./zoned-time";

const base: TAvailabilityProfile = {
  isActive: true,
  timeZone: "America/New_York",
  workingHours: defaultWeeklyHours(),
  timeOff: [],
};

describe("describeAvailability", () => {
  it.each<[string, Partial<TAvailabilityProfile>, string, string, string]>([
    // 2026-11-25 is a Wednesday; New York is UTC-5 in November.
    ["working in winter", {}, "2026-11-25T15:00:00Z", "WORKING", "Working now until 17:00 New York (GMT−5)"],
    ["before hours", {}, "2026-11-25T12:00:00Z", "OFF_HOURS", "Off hours until 09:00 New York (GMT−5)"],
    ["after hours on Friday", {}, "2026-11-27T23:00:00Z", "OFF_HOURS", "Off hours until 09:00 Mon New York (GMT−5)"],
    // 2026-07-15 (Wednesday): UTC-4, the same wall-clock hours still apply.
    ["working in summer", {}, "2026-07-15T13:30:00Z", "WORKING", "Working now until 17:00 New York (GMT−4)"],
    ["just before the end in summer", {}, "2026-07-15T20:59:00Z", "WORKING", "Working now until 17:00 New York (GMT−4)"],
    ["just after the end in summer", {}, "2026-07-15T21:00:00Z", "OFF_HOURS", "Off hours until 09:00 Thu New York (GMT−4)"],
    // Friday evening before the DST switch (2026-03-06, UTC-5): Monday's start is already in summer time.
    ["Friday evening before the DST switch", {}, "2026-03-06T23:00:00Z", "OFF_HOURS", "Off hours until 09:00 Mon New York (GMT−4)"],
    // 2026-03-08 is the DST switch in New York (a Sunday): Monday 09:00 is 13:00Z.
    ["Monday after the DST switch", {}, "2026-03-09T13:00:00Z", "WORKING", "Working now until 17:00 New York (GMT−4)"],
    [
      "in back-to-back meetings during working hours",
      { busy: [{ startsAt: new Date("2026-11-25T14:30:00Z"), endsAt: new Date("2026-11-25T15:30:00Z") }, { startsAt: new Date("2026-11-25T15:30:00Z"), endsAt: new Date("2026-11-25T20:30:00Z") }] },
      "2026-11-25T15:00:00Z",
      "IN_MEETING",
      "In a meeting until 15:30 New York (GMT−5)",
    ],
    ["a meeting that ends tomorrow", { busy: [{ startsAt: new Date("2026-11-25T14:30:00Z"), endsAt: new Date("2026-11-26T14:30:00Z") }] }, "2026-11-25T15:00:00Z", "IN_MEETING", "In a meeting until 09:30 Thu New York (GMT−5)"],
    ["a meeting outside working hours does not change off hours", { busy: [{ startsAt: new Date("2026-11-25T11:00:00Z"), endsAt: new Date("2026-11-25T13:00:00Z") }] }, "2026-11-25T12:00:00Z", "OFF_HOURS", "Off hours until 09:00 New York (GMT−5)"],
    ["a meeting that has ended", { busy: [{ startsAt: new Date("2026-11-25T14:00:00Z"), endsAt: new Date("2026-11-25T15:00:00Z") }] }, "2026-11-25T15:00:00Z", "WORKING", "Working now until 17:00 New York (GMT−5)"],
    ["inactive", { isActive: false }, "2026-11-25T15:00:00Z", "INACTIVE", "Inactive"],
    ["no hours", { workingHours: [] }, "2026-11-25T15:00:00Z", "NO_HOURS", "No working hours set"],
    [
      "out of office",
      { timeOff: [{ startsAt: new Date("2026-11-20T00:00:00Z"), endsAt: new Date("2026-12-02T17:00:00Z") }] },
      "2026-11-25T15:00:00Z",
      "OUT_OF_OFFICE",
      "Out of office until 2 Dec",
    ],
    [
      "back-to-back out-of-office periods",
      {
        timeOff: [
          { startsAt: new Date("2026-11-20T00:00:00Z"), endsAt: new Date("2026-11-26T00:00:00Z") },
          { startsAt: new Date("2026-11-26T00:00:00Z"), endsAt: new Date("2027-01-05T12:00:00Z") },
        ],
      },
      "2026-11-25T15:00:00Z",
      "OUT_OF_OFFICE",
      "Out of office until 5 Jan 2027",
    ],
    [
      "past out-of-office period",
      { timeOff: [{ startsAt: new Date("2026-11-01T00:00:00Z"), endsAt: new Date("2026-11-02T00:00:00Z") }] },
      "2026-11-25T15:00:00Z",
      "WORKING",
      "Working now until 17:00 New York (GMT−5)",
    ],
    [
      "contiguous intervals across midnight",
      {
        timeZone: "UTC",
        workingHours: [
          { day: 3, start: "20:00", end: "24:00" },
          { day: 4, start: "00:00", end: "02:00" },
        ],
      },
      "2026-11-25T21:00:00Z",
      "WORKING",
      "Working now until 02:00 Thu UTC (GMT+0)",
    ],
    [
      "around the clock",
      { timeZone: "UTC", workingHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: "00:00", end: "24:00" })) },
      "2026-11-25T21:00:00Z",
      "WORKING",
      "Working now, around the clock in UTC (GMT+0)",
    ],
    ["half-hour zone", { timeZone: "Asia/Kolkata" }, "2026-11-25T03:30:00Z", "WORKING", "Working now until 17:00 Kolkata (GMT+5:30)"],
    // The zone as the booking texts name it: the place, current names for old ones, the offset then.
    ["a zone with an underscore, off hours", { timeZone: "America/Los_Angeles" }, "2026-11-25T14:00:00Z", "OFF_HOURS", "Off hours until 09:00 Los Angeles (GMT−8)"],
    ["a stored old zone name", { timeZone: "Asia/Calcutta" }, "2026-11-25T03:30:00Z", "WORKING", "Working now until 17:00 Kolkata (GMT+5:30)"],
    [
      "around the clock in a zone with an underscore",
      { timeZone: "America/Los_Angeles", workingHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: "00:00", end: "24:00" })) },
      "2026-11-25T21:00:00Z",
      "WORKING",
      "Working now, around the clock in Los Angeles (GMT−8)",
    ],
  ])("%s", (_name, patch, now, status, label) => {
    expect(describeAvailability({ ...base, ...patch }, new Date(now))).toMatchObject({ status, label });
  });
});

// The parts the sentence is built from, as the availability pill shows them: what and until when in
// the pill, the zone after it. The pill once cut the sentence apart with a regular expression
// (components/reps/availability-parts.ts), which a change of wording would have broken silently.
describe("availabilityParts: the sentence's parts, and the pill's head and zone note", () => {
  const allWeek = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: "00:00", end: "24:00" }));
  it.each<[string, Partial<TAvailabilityProfile>, string, { status: string; state: string; until: string | null; zone: string | null }, string, string | null]>([
    ["working", {}, "2026-11-25T15:00:00Z", { status: "WORKING", state: "Working now", until: "17:00", zone: "New York (GMT−5)" }, "Working now until 17:00", "New York (GMT−5)"],
    ["off hours, back today", {}, "2026-11-25T12:00:00Z", { status: "OFF_HOURS", state: "Off hours", until: "09:00", zone: "New York (GMT−5)" }, "Off hours until 09:00", "New York (GMT−5)"],
    ["off hours, back Monday", {}, "2026-11-27T23:00:00Z", { status: "OFF_HOURS", state: "Off hours", until: "09:00 Mon", zone: "New York (GMT−5)" }, "Off hours until 09:00 Mon", "New York (GMT−5)"],
    ["a zone with a comma in its name", { timeZone: "America/Indiana/Knox" }, "2026-11-28T18:00:00Z", { status: "OFF_HOURS", state: "Off hours", until: "09:00 Mon", zone: "Knox, Indiana (GMT−6)" }, "Off hours until 09:00 Mon", "Knox, Indiana (GMT−6)"],
    ["a zone whose name starts like a day", { timeZone: "America/Montevideo" }, "2026-11-25T10:00:00Z", { status: "OFF_HOURS", state: "Off hours", until: "09:00", zone: "Montevideo (GMT−3)" }, "Off hours until 09:00", "Montevideo (GMT−3)"],
    ["in a meeting", { busy: [{ startsAt: new Date("2026-11-25T14:30:00Z"), endsAt: new Date("2026-11-25T15:30:00Z") }] }, "2026-11-25T15:00:00Z", { status: "IN_MEETING", state: "In a meeting", until: "10:30", zone: "New York (GMT−5)" }, "In a meeting until 10:30", "New York (GMT−5)"],
    ["in a meeting until tomorrow", { busy: [{ startsAt: new Date("2026-11-25T14:30:00Z"), endsAt: new Date("2026-11-26T14:30:00Z") }] }, "2026-11-25T15:00:00Z", { status: "IN_MEETING", state: "In a meeting", until: "09:30 Thu", zone: "New York (GMT−5)" }, "In a meeting until 09:30 Thu", "New York (GMT−5)"],
    ["UTC", { timeZone: "UTC" }, "2026-11-25T15:00:00Z", { status: "WORKING", state: "Working now", until: "17:00", zone: "UTC (GMT+0)" }, "Working now until 17:00", "UTC (GMT+0)"],
    ["around the clock: the zone with \"in\"", { timeZone: "America/Los_Angeles", workingHours: allWeek }, "2026-11-25T21:00:00Z", { status: "WORKING", state: "Working now, around the clock", until: null, zone: "Los Angeles (GMT−8)" }, "Working now, around the clock", "in Los Angeles (GMT−8)"],
    ["out of office: a date, no zone", { timeOff: [{ startsAt: new Date("2026-11-20T00:00:00Z"), endsAt: new Date("2026-12-02T17:00:00Z") }] }, "2026-11-25T15:00:00Z", { status: "OUT_OF_OFFICE", state: "Out of office", until: "2 Dec", zone: null }, "Out of office until 2 Dec", null],
    ["inactive", { isActive: false }, "2026-11-25T15:00:00Z", { status: "INACTIVE", state: "Inactive", until: null, zone: null }, "Inactive", null],
    ["no hours", { workingHours: [] }, "2026-11-25T15:00:00Z", { status: "NO_HOURS", state: "No working hours set", until: null, zone: null }, "No working hours set", null],
    ["an unknown zone", { timeZone: "Mars/Olympus" }, "2026-11-25T15:00:00Z", { status: "NO_HOURS", state: "Unknown time zone", until: null, zone: null }, "Unknown time zone", null],
    ["working hours that never start", { workingHours: [{ day: 1, start: "10:00", end: "09:00" }] }, "2026-11-25T15:00:00Z", { status: "NO_HOURS", state: "No working hours set", until: null, zone: null }, "No working hours set", null],
  ])("%s", (_name, patch, now, parts, head, zoneNote) => {
    const profile = { ...base, ...patch };
    const got = availabilityParts(profile, new Date(now));
    expect(got).toEqual(parts);
    expect([availabilityHead(got), availabilityZoneNote(got)]).toEqual([head, zoneNote]);
    // The sentence is those parts, in that order.
    expect(describeAvailability(profile, new Date(now)).label).toBe(zoneNote ? `${head} ${zoneNote}` : head);
  });
});

describe("zoned wall time", () => {
  it.each<[string, string, string]>([
    ["2026-11-25T09:00", "America/New_York", "2026-11-25T14:00:00.000Z"],
    ["2026-07-15T09:00", "America/New_York", "2026-07-15T13:00:00.000Z"],
    ["2026-03-08T02:30", "America/New_York", "2026-03-08T07:30:00.000Z"], // skipped hour → 03:30 EDT
    ["2026-11-01T01:30", "America/New_York", "2026-11-01T05:30:00.000Z"], // repeated hour → first
    ["2026-11-25T09:00", "UTC", "2026-11-25T09:00:00.000Z"],
  ])("%s in %s", (wall, tz, iso) => {
    expect(zonedWallTimeToInstant(wall, tz)?.toISOString()).toBe(iso);
  });

  it("round-trips", () => {
    const instant = new Date("2026-11-25T14:00:00Z");
    expect(instantToZonedWallTime(instant, "Europe/Berlin")).toBe("2026-11-25T15:00");
    expect(zonedWallTimeToInstant("2026-11-25T15:00", "Europe/Berlin")).toEqual(instant);
  });

  it("rejects malformed values", () => expect(zonedWallTimeToInstant("tomorrow", "UTC")).toBeNull());
});
