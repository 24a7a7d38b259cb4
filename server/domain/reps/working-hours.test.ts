import { describe, expect, it } from "vitest";
import { issuesToFieldErrors } from "./issues-to-details";
import { findOverlappingIntervals, parseClockTime, ZApiWeeklyHours, ZWeeklyHours } from "./working-hours";

type I = { day: number; start: string; end: string };
type TErrors = { path: string; message: string }[];

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
    ["fractional and negative day: one message", [{ day: -1.5, start: "09:00", end: "17:00" }], ["0.day"]],
    ["end 25:00: one message, not also 'after start'", [{ day: 1, start: "09:00", end: "25:00" }], ["0.end"]],
    ["start 25:00: one message", [{ day: 1, start: "25:00", end: "17:00" }], ["0.start"]],
    ["both times malformed: one message each", [{ day: 1, start: "9", end: "5pm" }], ["0.start", "0.end"]],
    ["the same bad day twice: no overlap reported on top", [{ day: 7, start: "09:00", end: "17:00" }, { day: 7, start: "09:00", end: "17:00" }], ["0.day", "1.day"]],
    ["a bad day and an end before start: both at once", [{ day: "mon", start: "17:00", end: "09:00" } as never], ["0.day", "0.end"]],
    ["a malformed interval beside an overlap: both at once", [{ day: 1, start: "9", end: "17:00" }, { day: 2, start: "09:00", end: "13:00" }, { day: 2, start: "12:00", end: "17:00" }, null as never], ["0.start", "3", "2.start"]],
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

const errorsOf = (schema: typeof ZWeeklyHours, hours: unknown): TErrors => {
  const result = schema.safeParse(hours);
  return result.success ? [] : issuesToFieldErrors(result.error.issues);
};
const DAYS = "one of 0 (Sunday), 1 (Monday), 2 (Tuesday), 3 (Wednesday), 4 (Thursday), 5 (Friday), 6 (Saturday)";
const TIME = 'a time "HH:MM" from "00:00" to "24:00", e.g. "09:00"';
const at = (day: unknown, start: unknown, end: unknown) => ({ day, start, end });

// One schema, two wordings: the rep editor's next to its inputs, and a JSON document's
// (PUT /api/v1/routing) naming the property and the accepted values. One message per mistake.
describe("working-hours errors: the editor's wording and a document's", () => {
  it.each<[string, unknown, TErrors, TErrors]>([
    ["day 7", [at(7, "09:00", "17:00")], [{ path: "0.day", message: "Pick a day" }], [{ path: "0.day", message: `day must be ${DAYS}, not 7` }]],
    ["day as a name", [at("mon", "09:00", "17:00")], [{ path: "0.day", message: "Pick a day" }], [{ path: "0.day", message: `day must be ${DAYS}, not "mon"` }]],
    ["day left out", [{ start: "09:00", end: "17:00" }], [{ path: "0.day", message: "Pick a day" }], [{ path: "0.day", message: `day is required: ${DAYS}` }]],
    ["day -1.5", [at(-1.5, "09:00", "17:00")], [{ path: "0.day", message: "Pick a day" }], [{ path: "0.day", message: `day must be ${DAYS}, not -1.5` }]],
    ["end 25:00", [at(1, "09:00", "25:00")], [{ path: "0.end", message: "Use HH:MM between 00:00 and 24:00" }], [{ path: "0.end", message: `end must be ${TIME}, not "25:00"` }]],
    ["start 25:00", [at(1, "25:00", "17:00")], [{ path: "0.start", message: "Use HH:MM between 00:00 and 24:00" }], [{ path: "0.start", message: `start must be ${TIME}, not "25:00"` }]],
    ["start as a number", [at(1, 9, "17:00")], [{ path: "0.start", message: "Use HH:MM between 00:00 and 24:00" }], [{ path: "0.start", message: `start must be ${TIME}, not 9` }]],
    ["end left out", [{ day: 1, start: "09:00" }], [{ path: "0.end", message: "Use HH:MM between 00:00 and 24:00" }], [{ path: "0.end", message: `end is required: ${TIME}` }]],
    [
      "end before start",
      [at(1, "17:00", "09:00")],
      [{ path: "0.end", message: "End must be after start" }],
      [{ path: "0.end", message: 'end must be after start ("17:00"); for hours past midnight, add an interval on the next day from "00:00"' }],
    ],
    [
      "overlap",
      [at(1, "12:00", "17:00"), at(1, "09:00", "13:00")],
      [{ path: "0.start", message: "Overlaps 09:00–13:00 on Monday" }],
      [{ path: "0.start", message: "This interval overlaps workingHours.1 (Monday 09:00–13:00); intervals on the same day may touch but not overlap" }],
    ],
    ["not a list", "Mon–Fri", [{ path: "", message: "Add working hours" }], [{ path: "", message: "workingHours must be a list of intervals { day, start, end }" }]],
    ["an interval not an object", ["Mon 09:00–17:00"], [{ path: "0", message: "Fill in the day, start and end" }], [{ path: "0", message: "Each interval must be an object { day, start, end }" }]],
    [
      "too many intervals",
      Array.from({ length: 51 }, (_, i) => at(i % 7, `${String(Math.floor(i / 7)).padStart(2, "0")}:00`, `${String(Math.floor(i / 7)).padStart(2, "0")}:30`)),
      [{ path: "", message: "At most 50 intervals" }],
      [{ path: "", message: "workingHours may have at most 50 intervals" }],
    ],
    [
      "two mistakes in one interval: one message each",
      [at(9, "09:00", "25:00")],
      [{ path: "0.day", message: "Pick a day" }, { path: "0.end", message: "Use HH:MM between 00:00 and 24:00" }],
      [{ path: "0.day", message: `day must be ${DAYS}, not 9` }, { path: "0.end", message: `end must be ${TIME}, not "25:00"` }],
    ],
  ])("%s", (_name, hours, form, api) => {
    expect(errorsOf(ZWeeklyHours, hours)).toEqual(form);
    expect(errorsOf(ZApiWeeklyHours, hours)).toEqual(api);
  });

  it("both wordings accept and return the same week", () => {
    const week = [at(1, "09:00", "12:00"), at(1, "12:00", "17:00"), at(0, "00:00", "24:00")];
    expect(ZApiWeeklyHours.parse(week)).toEqual(ZWeeklyHours.parse(week));
  });
});
