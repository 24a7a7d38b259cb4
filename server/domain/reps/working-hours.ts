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

const ZClockTime = z.string().trim().regex(HH_MM, "Use HH:MM between 00:00 and 24:00");

export const ZWorkingInterval = z
  .object({
    day: z.number({ error: "Pick a day" }).int().min(0, "Pick a day").max(6, "Pick a day"),
    start: ZClockTime,
    end: ZClockTime,
  })
  .refine((i) => (parseClockTime(i.start) ?? 0) < (parseClockTime(i.end) ?? 0), {
    path: ["end"],
    message: "End must be after start",
  });
export type TWorkingInterval = z.infer<typeof ZWorkingInterval>;

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
    .filter((i): i is { index: number; day: number; start: number; end: number } => i.start !== null && i.end !== null && i.start < i.end)
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

export const ZWeeklyHours = z
  .array(ZWorkingInterval)
  .max(50, "At most 50 intervals")
  .superRefine((intervals, ctx) => {
    for (const { index, otherIndex } of findOverlappingIntervals(intervals)) {
      const other = intervals[otherIndex];
      const day = DAY_NAMES[other?.day ?? 0];
      ctx.addIssue({
        code: "custom",
        path: [index, "start"],
        message: `Overlaps ${other?.start ?? ""}–${other?.end ?? ""} on ${day}`,
      });
    }
  });
export type TWeeklyHours = z.infer<typeof ZWeeklyHours>;

/** Monday to Friday, 09:00–17:00: the default for a new rep. */
export function defaultWeeklyHours(): TWeeklyHours {
  return [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));
}

/** Sorted by day then start, for display and storage. */
export function sortWeeklyHours(hours: readonly TWorkingInterval[]): TWorkingInterval[] {
  return [...hours].sort((a, b) => a.day - b.day || (parseClockTime(a.start) ?? 0) - (parseClockTime(b.start) ?? 0));
}
