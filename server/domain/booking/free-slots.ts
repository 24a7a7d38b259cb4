// A rep's free slots: the times a prospect may book. Pure: the service loads the rep's weekly
// hours and zone, busy blocks (calendars, time off) and Switchboard's own bookings, and passes
// `now`. Slots are instants (UTC); the page shows them in the prospect's zone.
//
// For each day in the rep's zone from the earliest possible start to the horizon, each working
// interval (wall clock in the rep's zone, turned into instants by @date-fns/tz, so a DST change
// moves the instants, never the wall-clock hours) yields starts every `slotStepMinutes` from the
// interval's start while the meeting fits inside it. A start is free when it is at least
// `minNoticeMinutes` away, before the horizon, the rep's day is under `maxPerDay`, and the meeting
// with its buffers around it overlaps no busy block and no booking with ITS buffers around it
// (each meeting keeps its own: after a 14:00–14:30 meeting with 10 minutes after, 14:30 is not
// free; a booking whose meeting type is unknown takes the buffers of the meeting being booked).
import { TZDate } from "@date-fns/tz";
import type { TMeetingTypeSettings } from "./meeting-type";

const MINUTE = 60_000;

export interface TSpan {
  startsAt: Date;
  endsAt: Date;
}

/** A confirmed booking: its meeting time and the buffers of the meeting type it was booked with (absent: unknown). */
export interface TBookedSpan extends TSpan {
  bufferBeforeMinutes?: number | undefined;
  bufferAfterMinutes?: number | undefined;
}

export interface TSlot {
  start: Date;
  end: Date;
}

export interface TFreeSlotsInput {
  /** The rep's IANA zone. */
  timeZone: string;
  /** [{ day 0..6 (0 = Sunday), start "HH:MM", end "HH:MM" (24:00 allowed) }] in the rep's zone. */
  workingHours: readonly { day: number; start: string; end: string }[];
  /** Calendar busy blocks and time off. */
  busy: readonly TSpan[];
  /** The rep's confirmed bookings (meeting times, with their own buffers when known). */
  bookings: readonly TBookedSpan[];
  rules: Pick<TMeetingTypeSettings, "durationMinutes" | "bufferBeforeMinutes" | "bufferAfterMinutes" | "minNoticeMinutes" | "horizonDays" | "slotStepMinutes" | "maxPerDay">;
  now: Date;
  /** Only slots starting at or after this instant (default: now). */
  from?: Date;
  /** Only slots starting before this instant (default: the horizon). */
  to?: Date;
  /** Stop after this many slots (default: all). */
  limit?: number;
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Busy spans merged into disjoint spans sorted by start (ms). */
export function mergeSpans(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The instant of a wall-clock time (minutes after midnight, 1440 = next midnight) on a local date. */
function instantOf(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  return new TZDate(year, month, day, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
}

/** The local date (year, month 0–11, day) of an instant in a zone. */
function localDate(instant: number, timeZone: string): { year: number; month: number; day: number; key: string } {
  const d = new TZDate(instant, timeZone);
  const year = d.getFullYear();
  const month = d.getMonth();
  const day = d.getDate();
  return { year, month, day, key: `${year}-${month}-${day}` };
}

export function freeSlots(input: TFreeSlotsInput): TSlot[] {
  const { rules, timeZone } = input;
  const now = input.now.getTime();
  const earliest = Math.max(now + rules.minNoticeMinutes * MINUTE, input.from?.getTime() ?? -Infinity);
  const latest = Math.min(now + rules.horizonDays * 24 * 60 * MINUTE, input.to?.getTime() ?? Infinity);
  if (!(earliest < latest)) return [];
  const duration = rules.durationMinutes * MINUTE;
  const before = rules.bufferBeforeMinutes * MINUTE;
  const after = rules.bufferAfterMinutes * MINUTE;
  const step = rules.slotStepMinutes * MINUTE;

  const blocked = mergeSpans([
    ...input.busy.map((s) => ({ start: s.startsAt.getTime(), end: s.endsAt.getTime() })),
    ...input.bookings.map((b) => ({
      start: b.startsAt.getTime() - (b.bufferBeforeMinutes ?? rules.bufferBeforeMinutes) * MINUTE,
      end: b.endsAt.getTime() + (b.bufferAfterMinutes ?? rules.bufferAfterMinutes) * MINUTE,
    })),
  ]);
  const perDay = new Map<string, number>();
  if (rules.maxPerDay !== null) {
    for (const b of input.bookings) {
      const key = localDate(b.startsAt.getTime(), timeZone).key;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
  }
  const byDay = new Map<number, { start: number; end: number }[]>();
  for (const interval of input.workingHours) {
    const list = byDay.get(interval.day) ?? [];
    list.push({ start: minutesOf(interval.start), end: minutesOf(interval.end) });
    byDay.set(interval.day, list.sort((a, b) => a.start - b.start));
  }

  const slots: TSlot[] = [];
  let cursor = 0; // index into `blocked`: slots are produced in increasing order
  const first = localDate(earliest - 24 * 60 * MINUTE, timeZone); // the day before: an interval may end after midnight UTC-wise
  const last = localDate(latest, timeZone); // no later local day can hold a slot
  const lastDay = Date.UTC(last.year, last.month, last.day);
  for (let offset = 0; ; offset++) {
    // The rep's local dates are walked as plain calendar dates (Date.UTC only does the calendar:
    // month lengths, leap years, the weekday); instants come from @date-fns/tz per working interval.
    const calendarDay = new Date(Date.UTC(first.year, first.month, first.day + offset));
    if (calendarDay.getTime() > lastDay) break;
    const [y, m, d] = [calendarDay.getUTCFullYear(), calendarDay.getUTCMonth(), calendarDay.getUTCDate()];
    if (rules.maxPerDay !== null && (perDay.get(`${y}-${m}-${d}`) ?? 0) >= rules.maxPerDay) continue;
    for (const interval of byDay.get(calendarDay.getUTCDay()) ?? []) {
      const intervalStart = instantOf(y, m, d, interval.start, timeZone);
      const intervalEnd = instantOf(y, m, d, interval.end, timeZone);
      for (let start = intervalStart; start + duration <= intervalEnd && start < latest; start += step) {
        if (start < earliest) continue;
        const blockStart = start - before;
        const blockEnd = start + duration + after;
        while (cursor < blocked.length && blocked[cursor]!.end <= blockStart) cursor++;
        const next = blocked[cursor];
        if (next && next.start < blockEnd) continue;
        slots.push({ start: new Date(start), end: new Date(start + duration) });
        if (input.limit !== undefined && slots.length >= input.limit) return slots;
      }
    }
  }
  return slots;
}

/**
 * The end of the rep's `workingDays`-th working day from now (in the rep's zone; today counts
 * when it still has working hours ahead): the owner's booking window before the next best rep is
 * offered. Null when the rep has no working hours.
 */
export function workingDaysWindowEnd(input: { timeZone: string; workingHours: TFreeSlotsInput["workingHours"]; now: Date; workingDays: number }): Date | null {
  const days = new Map<number, number>();
  for (const i of input.workingHours) days.set(i.day, Math.max(days.get(i.day) ?? 0, minutesOf(i.end)));
  if (days.size === 0) return null;
  const today = localDate(input.now.getTime(), input.timeZone);
  let counted = 0;
  for (let offset = 0; offset < 366; offset++) {
    const date = new Date(Date.UTC(today.year, today.month, today.day + offset)); // a calendar date, as in freeSlots
    const endMinutes = days.get(date.getUTCDay());
    if (endMinutes === undefined) continue;
    const end = instantOf(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), endMinutes, input.timeZone);
    if (end <= input.now.getTime()) continue;
    counted++;
    if (counted >= input.workingDays) return new Date(end);
  }
  return null;
}
