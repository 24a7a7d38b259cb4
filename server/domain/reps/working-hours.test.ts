import { describe, expect, it } from "vitest";
import { issuesToFieldErrors } from "./issues-to-details";
import { findOverlappingIntervals, parseClockTime, ZWeeklyHours } from "./working-hours";

type I = { day: number; start: string; end: string };

function pathsOf(hours: I[]): string[] {
  const result = ZWeeklyHours.safeParse(hours);
  return result.success ? [] : issuesToFieldErrors(result.error.issues).map((e) => e.path);
}

describe("parseClockTime", () => {
  it.each<[string, number | null]>([
    ["00:00", 0],
    ["09:30", 570],
    ["23:59", 1439],
    ["24:00", 1440],
    ["24:01", null],
    ["25:00", null],
    ["9:00", null],
    ["09:60", null],
    ["", null],
  ])("%s → %s", (value, expected) => expect(parseClockTime(value)).toBe(expected));
});

describe("ZWeeklyHours", () => {
  it.each<[string, I[], string[]]>([
    ["a normal week", [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })), []],
    ["touching intervals", [{ day: 1, start: "09:00", end: "12:00" }, { day: 1, start: "12:00", end: "17:00" }], []],
    ["the whole day", [{ day: 0, start: "00:00", end: "24:00" }], []],
    ["same hours on different days", [{ day: 1, start: "09:00", end: "17:00" }, { day: 2, start: "09:00", end: "17:00" }], []],
    ["overlap on the same day", [{ day: 1, start: "09:00", end: "13:00" }, { day: 1, start: "12:00", end: "17:00" }], ["1.start"]],
    ["overlap listed out of order", [{ day: 3, start: "12:00", end: "17:00" }, { day: 3, start: "09:00", end: "13:00" }], ["0.start"]],
    ["duplicate interval", [{ day: 4, start: "09:00", end: "17:00" }, { day: 4, start: "09:00", end: "17:00" }], ["1.start"]],
    ["nested interval", [{ day: 5, start: "08:00", end: "18:00" }, { day: 5, start: "10:00", end: "11:00" }], ["1.start"]],
    ["end before start", [{ day: 1, start: "17:00", end: "09:00" }], ["0.end"]],
    ["empty interval", [{ day: 1, start: "09:00", end: "09:00" }], ["0.end"]],
    ["start at 24:00", [{ day: 1, start: "24:00", end: "24:00" }], ["0.end"]],
    ["bad time format", [{ day: 1, start: "9am", end: "17:00" }], ["0.start"]],
    ["day 7", [{ day: 7, start: "09:00", end: "17:00" }], ["0.day"]],
    ["day -1", [{ day: -1, start: "09:00", end: "17:00" }], ["0.day"]],
    ["fractional day", [{ day: 1.5, start: "09:00", end: "17:00" }], ["0.day"]],
  ])("%s", (_name, hours, expected) => expect(pathsOf(hours)).toEqual(expected));

  it("does not report an overlap for an interval that is itself invalid", () => {
    expect(findOverlappingIntervals([{ day: 1, start: "17:00", end: "09:00" }, { day: 1, start: "10:00", end: "11:00" }])).toEqual([]);
  });

  it("is independent of DST: 02:00–03:00 on a Sunday is valid wall-clock time everywhere", () => {
    // 02:00–03:00 does not exist in New York on the second Sunday of March; the weekly schedule
    // has no date, so it is still a valid interval (it simply yields nothing that one day).
    expect(pathsOf([{ day: 0, start: "02:00", end: "03:00" }])).toEqual([]);
  });
});
