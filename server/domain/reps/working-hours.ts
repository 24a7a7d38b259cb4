// Weekly working hours in the rep's own time zone: wall-clock intervals, so the checks here do
// not depend on DST or on any date. Stored as RepProfile.workingHours (ZWeeklyHours).
import { z } from "zod";

export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const DAY_SHORT_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

const HH_MM = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Minutes since midnight for "HH:MM" (00:00–24:00), or null when malformed. */
export function parseClockTime(value: string): number | null {
  if (!HH_MM.test(value)) return null;
  const [hours, minutes] = value.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function formatClockTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * The words of working-hours errors, one message per mistake. The schema is defined once
 * (weeklyHoursSchema); only its wording differs: the rep editor's (ZWeeklyHours, next to the
 * inputs: "Pick a day") and a JSON document's (ZApiWeeklyHours, for `PUT /api/v1/routing`:
 * "day must be a whole number from 0 to 6 …", where the error's path says which interval).
 */
export interface TWorkingHoursWording {
  /** The list itself is not a list of intervals. */
  list: string;
  /** An interval is not an object. */
  interval: string;
  day: (input: unknown) => string;
  time: (field: "start" | "end", input: unknown) => string;
  endAfterStart: (start: string) => string;
  overlap: (other: { day: number; start: string; end: string }, otherIndex: number) => string;
  tooMany: (max: number) => string;
}

export const FORM_WORKING_HOURS_WORDING: TWorkingHoursWording = {
  list: "Add working hours",
  interval: "Fill in the day, start and end",
  day: () => "Pick a day",
  time: () => "Use HH:MM between 00:00 and 24:00",
  endAfterStart: () => "End must be after start",
  overlap: (other) => `Overlaps ${other.start}–${other.end} on ${DAY_NAMES[other.day] ?? ""}`,
  tooMany: (max) => `At most ${max} intervals`,
};

/** ", not X" for a value as the document gave it, short ("mon", 25, a list …). */
function given(input: unknown): string {
  const text = typeof input === "string" ? JSON.stringify(input) : typeof input === "number" || typeof input === "boolean" || input === null ? String(input) : Array.isArray(input) ? "a list" : "an object";
  return `, not ${text.length > 40 ? `${text.slice(0, 39)}…"` : text}`;
}

/** "day must be …, not 7", or "day is required: …" when it is left out. */
function must(field: string, what: string, input: unknown): string {
  return input === undefined ? `${field} is required: ${what}` : `${field} must be ${what}${given(input)}`;
}

const DAY_VALUES = `one of ${DAY_NAMES.map((name, day) => `${day} (${name})`).join(", ")}`;

export const API_WORKING_HOURS_WORDING: TWorkingHoursWording = {
  list: "workingHours must be a list of intervals { day, start, end }",
  interval: "Each interval must be an object { day, start, end }",
  day: (input) => must("day", DAY_VALUES, input),
  time: (field, input) => must(field, 'a time "HH:MM" from "00:00" to "24:00", e.g. "09:00"', input),
  endAfterStart: (start) => `end must be after start ("${start}"); for hours past midnight, add an interval on the next day from "00:00"`,
  overlap: (other, otherIndex) => `This interval overlaps workingHours.${otherIndex} (${DAY_NAMES[other.day] ?? ""} ${other.start}–${other.end}); intervals on the same day may touch but not overlap`,
  tooMany: (max) => `workingHours may have at most ${max} intervals`,
};

const MAX_INTERVALS = 50;

function isDay(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 6;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** An interval as parsing left it, which may be malformed (checks run beside other mistakes): a bad part never matches. */
function asInterval(value: unknown): { day: number; start: string; end: string } {
  const i = isObject(value) ? value : {};
  return { day: isDay(i.day) ? i.day : -1, start: typeof i.start === "string" ? i.start : "", end: typeof i.end === "string" ? i.end : "" };
}

/** The working-hours schema with a wording; every mistake gets one message at its own path. */
export function weeklyHoursSchema(wording: TWorkingHoursWording) {
  const clockTime = (field: "start" | "end") =>
    z
      .string({ error: (issue) => wording.time(field, issue.input) })
      .trim()
      .regex(HH_MM, { error: (issue) => wording.time(field, issue.input) });
  const dayError = { error: (issue: { input?: unknown }) => wording.day(issue.input), abort: true };
  const interval = z
    .object(
      {
        day: z.number(dayError).int(dayError).min(0, dayError).max(6, dayError),
        start: clockTime("start"),
        end: clockTime("end"),
      },
      { error: wording.interval },
    )
    .superRefine(
      (i, ctx) => {
        // Only two well-formed times are compared: a malformed one already has its message.
        const { start, end } = asInterval(i);
        const from = parseClockTime(start);
        const to = parseClockTime(end);
        if (from !== null && to !== null && from >= to) ctx.addIssue({ code: "custom", path: ["end"], message: wording.endAfterStart(start), input: end });
      },
      // Also beside another mistake of the interval (a bad day), so that one 422 lists all.
      { when: (payload) => isObject(payload.value) },
    );
  return z
    .array(interval, { error: wording.list })
    .max(MAX_INTERVALS, { error: wording.tooMany(MAX_INTERVALS) })
    .superRefine(
      (intervals, ctx) => {
        const usable = intervals.map(asInterval);
        for (const { index, otherIndex } of findOverlappingIntervals(usable)) {
          const other = usable[otherIndex];
          if (other) ctx.addIssue({ code: "custom", path: [index, "start"], message: wording.overlap(other, otherIndex) });
        }
      },
      // Also beside a mistake in another interval: the well-formed ones are still compared.
      { when: (payload) => Array.isArray(payload.value) },
    );
}

/** The rep editor's schema (and the stored column's): the form's wording. */
export const ZWeeklyHours = weeklyHoursSchema(FORM_WORKING_HOURS_WORDING);
export const ZWorkingInterval = ZWeeklyHours.element;
export type TWorkingInterval = z.infer<typeof ZWorkingInterval>;
export type TWeeklyHours = z.infer<typeof ZWeeklyHours>;

/** The same schema for a JSON document (`PUT /api/v1/routing`): the document's wording. */
export const ZApiWeeklyHours = weeklyHoursSchema(API_WORKING_HOURS_WORDING);

export interface TIntervalOverlap {
  /** Index of the later interval of the pair (where the error is shown). */
  index: number;
  /** Index of the interval it overlaps. */
  otherIndex: number;
}

/** Pairs of intervals on the same day that overlap (touching ends such as 12:00/12:00 are fine). */
export function findOverlappingIntervals(intervals: readonly { day: number; start: string; end: string }[]): TIntervalOverlap[] {
  const usable = intervals
    .map((interval, index) => ({ index, day: interval.day, start: parseClockTime(interval.start), end: parseClockTime(interval.end) }))
    .filter((i): i is { index: number; day: number; start: number; end: number } => isDay(i.day) && i.start !== null && i.end !== null && i.start < i.end)
    .sort((a, b) => a.day - b.day || a.start - b.start || a.index - b.index);
  const overlaps: TIntervalOverlap[] = [];
  let previous: (typeof usable)[number] | undefined;
  for (const current of usable) {
    if (previous && previous.day === current.day && current.start < previous.end) {
      overlaps.push({ index: current.index, otherIndex: previous.index });
      if (current.end > previous.end) previous = current;
      continue;
    }
    previous = current;
  }
  return overlaps;
}

/** Monday to Friday, 09:00–17:00: the default for a new rep. */
export function defaultWeeklyHours(): TWeeklyHours {
  return [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));
}

/** Sorted by day then start, for display and storage. */
export function sortWeeklyHours(hours: readonly TWorkingInterval[]): TWorkingInterval[] {
  return [...hours].sort((a, b) => a.day - b.day || (parseClockTime(a.start) ?? 0) - (parseClockTime(b.start) ?? 0));
}
