import { describe, expect, it } from "vitest";
import { describeAvailability, type TAvailabilityProfile } from "./describe-availability";
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
    expect(describeAvailability({ ...base, ...patch }, new Date(now))).toEqual({ status, label });
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
