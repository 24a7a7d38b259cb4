import { describe, expect, it } from "vitest";
import { isWithinWorkingHours, nextAvailableAt, nextWorkingStart, repLocalDay, startOfRepDay, unavailabilityReason } from "./rep-availability";
import type { TReasonCode } from "./reason-codes";
import type { TRoutingRepProfile } from "./routing-types";
import { KENJI, makeProfile, NY_3AM, NY_MORNING, SARAH } from "../../testing/fixtures/routing-domain-fixtures";

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
const NY = "America/New_York";
const TOKYO = "Asia/Tokyo";
const at = (iso: string) => new Date(iso);

describe("isWithinWorkingHours", () => {
  it.each([
    // [what, hours, zone, instant, expected]
    ["NY Fri before the March switch: 09:00 EST = 14:00Z", weekdays("09:00", "17:00"), NY, "2025-03-07T14:00:00Z", true],
    ["NY Fri 08:30 EST", weekdays("09:00", "17:00"), NY, "2025-03-07T13:30:00Z", false],
    ["NY Mon after the March switch: 09:00 EDT = 13:00Z", weekdays("09:00", "17:00"), NY, "2025-03-10T13:00:00Z", true],
    ["NY Mon after the switch: 08:59 EDT", weekdays("09:00", "17:00"), NY, "2025-03-10T12:59:00Z", false],
    ["NY Mon after the switch: 17:00 EDT is the end (exclusive)", weekdays("09:00", "17:00"), NY, "2025-03-10T21:00:00Z", false],
    ["spring-forward Sunday 01:00–04:00: 01:30 EST", [{ day: 0, start: "01:00", end: "04:00" }], NY, "2025-03-09T06:30:00Z", true],
    ["spring-forward Sunday: 03:00 EDT (an hour after 01:59 EST)", [{ day: 0, start: "01:00", end: "04:00" }], NY, "2025-03-09T07:00:00Z", true],
    ["spring-forward Sunday: 04:00 EDT", [{ day: 0, start: "01:00", end: "04:00" }], NY, "2025-03-09T08:00:00Z", false],
    ["fall-back Sunday 00:00–01:30: first 01:15 (EDT)", [{ day: 0, start: "00:00", end: "01:30" }], NY, "2025-11-02T05:15:00Z", true],
    ["fall-back Sunday: second 01:15 (EST)", [{ day: 0, start: "00:00", end: "01:30" }], NY, "2025-11-02T06:15:00Z", true],
    ["fall-back Sunday: 01:45 EST", [{ day: 0, start: "00:00", end: "01:30" }], NY, "2025-11-02T06:45:00Z", false],
    ["NY Mon after the November switch: 09:00 EST = 14:00Z", weekdays("09:00", "17:00"), NY, "2025-11-03T14:00:00Z", true],
    ["NY Mon after the November switch: 13:30Z is 08:30 EST", weekdays("09:00", "17:00"), NY, "2025-11-03T13:30:00Z", false],
    ["interval ending 24:00: Fri 23:59 Tokyo", [{ day: 5, start: "18:00", end: "24:00" }], TOKYO, "2025-12-05T14:59:00Z", true],
    ["interval ending 24:00: Sat 00:00 Tokyo", [{ day: 5, start: "18:00", end: "24:00" }], TOKYO, "2025-12-05T15:00:00Z", false],
    ["Tokyo has no DST: Mon 09:00 JST in March", weekdays("09:00", "18:00"), TOKYO, "2025-03-10T00:00:00Z", true],
    ["Tokyo has no DST: Mon 09:00 JST in July", weekdays("09:00", "18:00"), TOKYO, "2025-07-07T00:00:00Z", true],
    ["03:00 New York = 17:00 Tokyo: Kenji works", KENJI.profile.workingHours, TOKYO, NY_3AM.toISOString(), true],
    ["03:00 New York: Sarah does not", SARAH.profile.workingHours, NY, NY_3AM.toISOString(), false],
    ["unknown zone is never working", weekdays("00:00", "24:00"), "Mars/Olympus", "2025-12-02T15:00:00Z", false],
  ] as const)("%s", (_what, hours, zone, instant, expected) => {
    expect(isWithinWorkingHours([...hours], zone, at(instant))).toBe(expected);
  });
});

describe("nextWorkingStart", () => {
  it.each([
    ["Fri evening NY → Mon 09:00 EST", NY, "2025-12-05T23:00:00Z", "2025-12-08T14:00:00.000Z"],
    ["Sat before spring-forward → Mon 09:00 EDT", NY, "2025-03-08T17:00:00Z", "2025-03-10T13:00:00.000Z"],
    ["Sat before fall-back → Mon 09:00 EST", NY, "2025-11-01T16:00:00Z", "2025-11-03T14:00:00.000Z"],
    ["during a window → the next day's start", NY, "2025-12-02T15:00:00Z", "2025-12-03T14:00:00.000Z"],
    ["Tokyo Wed 00:00 → Wed 09:00 JST", TOKYO, "2025-12-02T15:00:00Z", "2025-12-03T00:00:00.000Z"],
  ])("%s", (_what, zone, from, expected) => {
    expect(nextWorkingStart(weekdays("09:00", "17:00"), zone, at(from))?.toISOString()).toBe(expected);
  });

  it("is null without working hours", () => {
    expect(nextWorkingStart([], NY, NY_MORNING)).toBeNull();
  });
});

describe("unavailabilityReason (out of office boundaries, busy, hours)", () => {
  const ooo = { startsAt: at("2025-12-02T15:00:00Z"), endsAt: at("2025-12-02T16:00:00Z") };
  const base = makeProfile({ workingHours: weekdays("08:00", "18:00") });
  it.each<[string, Partial<TRoutingRepProfile>, string, TReasonCode | null]>([
    ["just before the leave starts", { timeOff: [ooo] }, "2025-12-02T14:59:59.999Z", null],
    ["at the start (inclusive)", { timeOff: [ooo] }, "2025-12-02T15:00:00Z", { code: "OUT_OF_OFFICE", untilIso: "2025-12-02T16:00:00.000Z", timeZone: NY }],
    ["at the end (exclusive)", { timeOff: [ooo] }, "2025-12-02T16:00:00Z", null],
    [
      "back-to-back periods: until the end of the last",
      { timeOff: [ooo, { startsAt: ooo.endsAt, endsAt: at("2025-12-04T16:00:00Z") }] },
      "2025-12-02T15:30:00Z",
      { code: "OUT_OF_OFFICE", untilIso: "2025-12-04T16:00:00.000Z", timeZone: NY },
    ],
    ["busy in a meeting", { busy: [ooo] }, "2025-12-02T15:30:00Z", { code: "IN_MEETING", untilIso: "2025-12-02T16:00:00.000Z", timeZone: NY }],
    ["no working hours", { workingHours: [] }, "2025-12-02T15:30:00Z", { code: "NO_WORKING_HOURS" }],
    [
      "evening: next window tomorrow",
      {},
      "2025-12-02T23:30:00Z",
      { code: "OUTSIDE_WORKING_HOURS", timeZone: NY, nextStartIso: "2025-12-03T13:00:00.000Z", nextLocalTime: "08:00", nextLocalWeekday: 3 },
    ],
    [
      "early morning: next window later today",
      {},
      "2025-12-02T11:00:00Z",
      { code: "OUTSIDE_WORKING_HOURS", timeZone: NY, nextStartIso: "2025-12-02T13:00:00.000Z", nextLocalTime: "08:00", nextLocalWeekday: null },
    ],
  ])("%s", (_what, overrides, instant, expected) => {
    expect(unavailabilityReason({ ...base, ...overrides }, at(instant))).toEqual(expected);
  });
});

describe("nextAvailableAt", () => {
  const profile = makeProfile({ workingHours: weekdays("09:00", "17:00") });
  it.each<[string, Partial<TRoutingRepProfile>, string, string]>([
    ["now when available", {}, "2025-12-02T15:00:00Z", "2025-12-02T15:00:00.000Z"],
    ["after a busy block", { busy: [{ startsAt: at("2025-12-02T14:00:00Z"), endsAt: at("2025-12-02T16:00:00Z") }] }, "2025-12-02T15:00:00Z", "2025-12-02T16:00:00.000Z"],
    [
      "a leave ending at night → next morning",
      { timeOff: [{ startsAt: at("2025-12-01T00:00:00Z"), endsAt: at("2025-12-03T03:00:00Z") }] },
      "2025-12-02T15:00:00Z",
      "2025-12-03T14:00:00.000Z",
    ],
    ["Friday night → Monday", {}, "2025-12-05T23:00:00Z", "2025-12-08T14:00:00.000Z"],
  ])("%s", (_what, overrides, instant, expected) => {
    expect(nextAvailableAt({ ...profile, ...overrides }, at(instant))?.toISOString()).toBe(expected);
  });
  it("is null with no hours", () => {
    expect(nextAvailableAt({ ...profile, workingHours: [] }, NY_MORNING)).toBeNull();
  });
});

describe("startOfRepDay (new leads per day count in the rep's zone)", () => {
  it.each([
    ["Tokyo: Wed 00:00 JST", TOKYO, NY_MORNING, "2025-12-02T15:00:00.000Z"],
    ["New York in winter", NY, NY_MORNING, "2025-12-02T05:00:00.000Z"],
    ["New York on the spring-forward day (midnight was EST)", NY, at("2025-03-09T16:00:00Z"), "2025-03-09T05:00:00.000Z"],
    ["New York the day after (midnight EDT)", NY, at("2025-03-10T16:00:00Z"), "2025-03-10T04:00:00.000Z"],
  ])("%s", (_what, zone, now, expected) => {
    expect(startOfRepDay(zone, now).toISOString()).toBe(expected);
  });
});

describe("repLocalDay (the day RepDailyLoad counts a rep's new leads on)", () => {
  it.each([
    ["Tokyo is already Wednesday", TOKYO, at("2025-12-02T16:00:00Z"), "2025-12-03"],
    ["New York is still Tuesday", NY, at("2025-12-03T03:00:00Z"), "2025-12-02"],
    ["New York just after local midnight", NY, at("2025-12-03T05:00:00Z"), "2025-12-03"],
    ["an unknown zone counts in UTC", "Mars/Olympus", at("2025-12-03T03:00:00Z"), "2025-12-03"],
  ])("%s", (_what, zone, now, expected) => {
    expect(repLocalDay(zone, now)).toBe(expected);
  });
});
