import { describe, expect, it } from "vitest";
import { freeSlots, workingDaysWindowEnd, type TFreeSlotsInput } from "./free-slots";
import { slotsByDay } from "./slot-days";

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));
const rules: TFreeSlotsInput["rules"] = { durationMinutes: 30, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minNoticeMinutes: 0, horizonDays: 14, slotStepMinutes: 30, maxPerDay: null };
const span = (a: string, b: string) => ({ startsAt: new Date(a), endsAt: new Date(b) });
const iso = (slots: { start: Date }[]) => slots.map((s) => s.start.toISOString());

function slots(over: Partial<TFreeSlotsInput>) {
  return freeSlots({ timeZone: "America/New_York", workingHours: weekdays("09:00", "11:00"), busy: [], bookings: [], rules, now: new Date("2026-03-02T00:00:00Z"), ...over });
}

describe("freeSlots", () => {
  // 2026-03-08 (Sunday) New York springs forward: 09:00 is 14:00Z before, 13:00Z after.
  it.each([
    ["Fri before the change (EST, UTC-5)", "2026-03-06", ["2026-03-06T14:00:00.000Z", "2026-03-06T14:30:00.000Z", "2026-03-06T15:00:00.000Z", "2026-03-06T15:30:00.000Z"]],
    ["Mon after the change (EDT, UTC-4)", "2026-03-09", ["2026-03-09T13:00:00.000Z", "2026-03-09T13:30:00.000Z", "2026-03-09T14:00:00.000Z", "2026-03-09T14:30:00.000Z"]],
  ])("keeps 09:00–11:00 New York wall-clock hours across the DST week: %s", (_, day, expected) => {
    const got = iso(slots({ now: new Date("2026-03-05T00:00:00Z") })).filter((s) => s.startsWith(day));
    expect(got).toEqual(expected);
  });

  it("falls back in November: 09:00 New York is 14:00Z again", () => {
    const got = iso(slots({ now: new Date("2026-10-30T00:00:00Z") })).filter((s) => s.startsWith("2026-11-02"));
    expect(got[0]).toBe("2026-11-02T14:00:00.000Z");
  });

  it("a Tokyo rep's Monday morning is Sunday evening UTC, and shown on Sunday in New York", () => {
    const got = slots({ timeZone: "Asia/Tokyo", workingHours: [{ day: 1, start: "09:00", end: "10:00" }], now: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-03-03T00:00:00Z") });
    expect(iso(got)).toEqual(["2026-03-02T00:00:00.000Z", "2026-03-02T00:30:00.000Z"]);
    expect(slotsByDay(got, "America/New_York")).toEqual([
      { date: "2026-03-01", slots: [{ start: "2026-03-02T00:00:00.000Z", end: "2026-03-02T00:30:00.000Z", label: "19:00" }, { start: "2026-03-02T00:30:00.000Z", end: "2026-03-02T01:00:00.000Z", label: "19:30" }] },
    ]);
  });

  const monday = { now: new Date("2026-03-02T00:00:00Z"), to: new Date("2026-03-03T00:00:00Z") }; // Mon 2 Mar, EST: 09:00 = 14:00Z
  it.each<[string, Partial<TFreeSlotsInput>, string[]]>([
    ["all four by default", {}, ["14:00", "14:30", "15:00", "15:30"]],
    ["a busy block removes what it overlaps", { busy: [span("2026-03-02T14:15:00Z", "2026-03-02T14:45:00Z")] }, ["15:00", "15:30"]],
    ["a booking too", { bookings: [span("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z")] }, ["14:00", "14:30", "15:30"]],
    ["touching ends are free", { busy: [span("2026-03-02T14:30:00Z", "2026-03-02T15:00:00Z")] }, ["14:00", "15:00", "15:30"]],
    ["buffers keep distance", { bookings: [span("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z")], rules: { ...rules, bufferBeforeMinutes: 10, bufferAfterMinutes: 10 } }, ["14:00"]],
    ["the buffer after a booking: the slot right after it is taken", { bookings: [span("2026-03-02T14:00:00Z", "2026-03-02T14:30:00Z")], rules: { ...rules, bufferAfterMinutes: 10 } }, ["15:00", "15:30"]],
    ["a booking keeps its own meeting type's buffer after", { bookings: [{ ...span("2026-03-02T14:00:00Z", "2026-03-02T14:30:00Z"), bufferAfterMinutes: 30 }] }, ["15:00", "15:30"]],
    ["a booking keeps its own meeting type's buffer before", { bookings: [{ ...span("2026-03-02T15:00:00Z", "2026-03-02T15:30:00Z"), bufferBeforeMinutes: 15 }] }, ["14:00", "15:30"]],
    ["a booking's own buffers of 0 are its own", { bookings: [{ ...span("2026-03-02T14:00:00Z", "2026-03-02T14:30:00Z"), bufferBeforeMinutes: 0, bufferAfterMinutes: 0 }] }, ["14:30", "15:00", "15:30"]],
    ["minimum notice", { rules: { ...rules, minNoticeMinutes: 14 * 60 + 20 } }, ["14:30", "15:00", "15:30"]],
    ["slot step of 45 minutes with 60-minute meetings", { rules: { ...rules, slotStepMinutes: 45, durationMinutes: 60 } }, ["14:00", "14:45"]],
    ["daily cap reached", { bookings: [span("2026-03-02T20:00:00Z", "2026-03-02T20:30:00Z")], rules: { ...rules, maxPerDay: 1 } }, []],
    ["daily cap counts the rep's day, not UTC's", { bookings: [span("2026-03-03T02:00:00Z", "2026-03-03T02:30:00Z")], rules: { ...rules, maxPerDay: 1 } }, []],
    ["horizon", { rules: { ...rules, horizonDays: 1 }, now: new Date("2026-03-01T15:00:00Z") }, ["14:00", "14:30"]],
    ["out of office covers the day", { busy: [span("2026-03-02T05:00:00Z", "2026-03-03T05:00:00Z")] }, []],
    ["no working hours", { workingHours: [] }, []],
    ["limit", { limit: 1 }, ["14:00"]],
  ])("%s", (_, over, expected) => {
    const got = slots({ ...monday, ...over }).map((s) => s.start.toISOString().slice(11, 16));
    expect(got).toEqual(expected);
  });

  it("a 24:00 end runs to midnight", () => {
    const got = slots({ timeZone: "UTC", workingHours: [{ day: 1, start: "23:00", end: "24:00" }], now: new Date("2026-03-02T00:00:00Z"), to: new Date("2026-03-04T00:00:00Z") });
    expect(iso(got)).toEqual(["2026-03-02T23:00:00.000Z", "2026-03-02T23:30:00.000Z"]);
  });

  it("200 busy events over 14 days: every slot is clear of every block", () => {
    const busy = Array.from({ length: 200 }, (_, i) => span(new Date(Date.UTC(2026, 2, 2) + i * 97 * 60_000).toISOString(), new Date(Date.UTC(2026, 2, 2) + i * 97 * 60_000 + 45 * 60_000).toISOString()));
    const got = slots({ workingHours: weekdays("08:00", "18:00"), busy });
    expect(got.length).toBeGreaterThan(0);
    for (const s of got) for (const b of busy) expect(s.start < b.endsAt && s.end > b.startsAt).toBe(false);
  });
});

describe("workingDaysWindowEnd", () => {
  it.each([
    ["Friday morning: 2 working days end Monday 17:00", "2026-03-06T14:00:00Z", 2, "2026-03-09T21:00:00.000Z"],
    ["Friday after hours: Monday and Tuesday", "2026-03-06T23:00:00Z", 2, "2026-03-10T21:00:00.000Z"],
    ["Saturday: 1 working day is Monday", "2026-03-07T12:00:00Z", 1, "2026-03-09T21:00:00.000Z"],
  ])("%s", (_, now, workingDays, expected) => {
    expect(workingDaysWindowEnd({ timeZone: "America/New_York", workingHours: weekdays("09:00", "17:00"), now: new Date(now), workingDays })?.toISOString()).toBe(expected);
  });
  it("no working hours: none", () => {
    expect(workingDaysWindowEnd({ timeZone: "UTC", workingHours: [], now: new Date(), workingDays: 2 })).toBeNull();
  });
});
