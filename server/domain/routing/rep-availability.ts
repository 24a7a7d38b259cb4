// Is a rep available at an instant, and when next? Working hours are wall-clock intervals in the
// rep's IANA zone, so DST is the runtime's business (Intl via reps/zoned-time): a 09:00–17:00 day
// is 09:00–17:00 local on the switch days too; "24:00" ends a day. Out-of-office periods and
// calendar busy blocks are instants, start inclusive, end exclusive.
import { currentTimeOff } from "../reps/time-off";
import { isValidTimeZone } from "../reps/time-zone";
import { parseClockTime } from "../reps/working-hours";
import { zonedParts, zonedWallTimeToInstant } from "../reps/zoned-time";
import type { TReasonCode } from "./reason-codes";
import type { TRoutingRepProfile, TTimeSpan } from "./routing-types";
import { internedReasons, sharedReason } from "./shared-reasons";

const MAX_SEARCH_MS = 60 * 24 * 3600_000;

type THours = TRoutingRepProfile["workingHours"];

interface TSlot {
  day: number;
  start: number;
  end: number;
  startText: string;
}

function toSlots(hours: THours): TSlot[] {
  return hours
    .map((h) => ({ day: h.day, start: parseClockTime(h.start), end: parseClockTime(h.end), startText: h.start }))
    .filter((s): s is TSlot => s.start !== null && s.end !== null && s.start < s.end && s.day >= 0 && s.day <= 6);
}

export function isWithinWorkingHours(hours: THours, timeZone: string, at: Date): boolean {
  if (!isValidTimeZone(timeZone)) return false;
  const p = zonedParts(at, timeZone);
  const minute = p.hour * 60 + p.minute;
  return toSlots(hours).some((s) => s.day === p.weekday && s.start <= minute && minute < s.end);
}

/** The first start of a working window strictly after `after` (searching 8 local days), or null. */
export function nextWorkingStart(hours: THours, timeZone: string, after: Date): Date | null {
  if (!isValidTimeZone(timeZone)) return null;
  const slots = toSlots(hours);
  const p = zonedParts(after, timeZone);
  let best: Date | null = null;
  for (let k = 0; k <= 8; k++) {
    const date = new Date(Date.UTC(p.year, p.month - 1, p.day + k));
    const ymd = date.toISOString().slice(0, 10);
    for (const slot of slots) {
      if (slot.day !== date.getUTCDay()) continue;
      const instant = zonedWallTimeToInstant(`${ymd}T${slot.startText}`, timeZone);
      if (instant && instant.getTime() > after.getTime() && (best === null || instant < best)) best = instant;
    }
    if (best !== null) return best;
  }
  return best;
}

/** End of the span covering `at`, following back-to-back spans; null when none covers it. */
export function coveredUntil(spans: readonly TTimeSpan[], at: Date): Date | null {
  let current = currentTimeOff(spans, at);
  if (!current) return null;
  let end = current.endsAt;
  for (let guard = 0; guard < spans.length; guard++) {
    current = currentTimeOff(spans, end);
    if (!current) break;
    end = current.endsAt;
  }
  return end;
}

type TAvailabilityProfile = Pick<TRoutingRepProfile, "timeZone" | "workingHours" | "timeOff" | "busy">;

/** The first instant ≥ now when the rep is in working hours, not out of office and not busy. */
export function nextAvailableAt(profile: TAvailabilityProfile, now: Date): Date | null {
  let t = now;
  for (let guard = 0; guard < 200 && t.getTime() - now.getTime() <= MAX_SEARCH_MS; guard++) {
    const blocked = coveredUntil(profile.timeOff, t) ?? coveredUntil(profile.busy ?? [], t);
    if (blocked) {
      t = blocked;
      continue;
    }
    if (isWithinWorkingHours(profile.workingHours, profile.timeZone, t)) return t;
    const next = nextWorkingStart(profile.workingHours, profile.timeZone, t);
    if (next === null) return null;
    t = next;
  }
  return null;
}

// Leaves and meetings end at a few distinct instants across a roster: one shared reason per
// (end, zone), not one per rep per decision (shared-reasons.ts).
const outOfOffice = internedReasons((until: number, timeZone: string): TReasonCode => ({ code: "OUT_OF_OFFICE", untilIso: new Date(until).toISOString(), timeZone }));
const inMeeting = internedReasons((until: number, timeZone: string): TReasonCode => ({ code: "IN_MEETING", untilIso: new Date(until).toISOString(), timeZone }));

/** OUT_OF_OFFICE until `until` (shared). */
export function outOfOfficeReason(until: Date, timeZone: string): TReasonCode {
  return outOfOffice(until.getTime(), timeZone);
}

/** null when available now; otherwise the (first) reason why not. */
export function unavailabilityReason(profile: TAvailabilityProfile, now: Date): TReasonCode | null {
  const timeZone = profile.timeZone;
  const oooUntil = profile.timeOff.length === 0 ? null : coveredUntil(profile.timeOff, now);
  if (oooUntil) return outOfOffice(oooUntil.getTime(), timeZone);
  const hoursReason = workingHoursReason(profile.workingHours, timeZone, now);
  if (hoursReason) return hoursReason;
  const busyUntil = profile.busy === undefined || profile.busy.length === 0 ? null : coveredUntil(profile.busy, now);
  if (busyUntil) return inMeeting(busyUntil.getTime(), timeZone);
  return null;
}

// Busy blocks and leaves end at a few distinct instants across a roster (the hour, the half
// hour): each instant's ISO text is made once (memoised, bounded), not per rep per decision.
const MAX_CACHED_ISO = 10_000;
const isoByInstant = new Map<number, string>();

/** `at.toISOString()`, memoised. */
export function instantIso(at: Date): string {
  const t = at.getTime();
  let iso = isoByInstant.get(t);
  if (iso === undefined) {
    if (isoByInstant.size >= MAX_CACHED_ISO) isoByInstant.clear();
    iso = at.toISOString();
    isoByInstant.set(t, iso);
  }
  return iso;
}

// ── Working-hours verdicts, shared across reps and decisions ─────────────────
// Whether a weekly schedule in a zone is "at work" at an instant depends only on (zone, schedule,
// instant), and it stays the same for a while: until the current slot ends, or until the next
// start (and local midnight, which changes how the next start is described). A pool of 1,000
// reps has a few dozen distinct (zone, schedule) pairs, so each verdict is computed once with the
// time-zone arithmetic and reused while it holds — the decision stays linear and cheap. This is
// memoisation of a pure function (same inputs, same answer), not state.

interface TVerdictWindow {
  from: number;
  until: number;
  reason: TReasonCode | null;
}

const MAX_CACHED_VERDICTS = 10_000;
/** zone → schedule key → verdict window (nested: no key strings built per rep). */
const verdicts = new Map<string, Map<string, TVerdictWindow>>();
let cachedVerdicts = 0;
const slotsBySchedule = new Map<string, TSlot[]>();
/** A schedule's key, once per hours array (a pool's reps are evaluated many times per decision). */
const scheduleKeys = new WeakMap<THours, string>();

function scheduleKey(hours: THours): string {
  let key = scheduleKeys.get(hours);
  if (key === undefined) {
    key = "";
    for (const h of hours) key += `${h.day}${h.start}-${h.end};`;
    scheduleKeys.set(hours, key);
  }
  return key;
}

function slotsOf(key: string, hours: THours): TSlot[] {
  let slots = slotsBySchedule.get(key);
  if (!slots) {
    if (slotsBySchedule.size >= MAX_CACHED_VERDICTS) slotsBySchedule.clear();
    slots = toSlots(hours);
    slotsBySchedule.set(key, slots);
  }
  return slots;
}

/** Why a schedule is not at work at `now` (NO_WORKING_HOURS / OUTSIDE_WORKING_HOURS), or null. */
export function workingHoursReason(hours: THours, timeZone: string, now: Date): TReasonCode | null {
  const schedule = scheduleKey(hours);
  const t = now.getTime();
  let inZone = verdicts.get(timeZone);
  const cached = inZone?.get(schedule);
  if (cached && cached.from <= t && t < cached.until) return cached.reason;
  const window = computeVerdict(slotsOf(schedule, hours), timeZone, now);
  if (cachedVerdicts >= MAX_CACHED_VERDICTS) {
    verdicts.clear();
    cachedVerdicts = 0;
    inZone = undefined;
  }
  if (!inZone) verdicts.set(timeZone, (inZone = new Map()));
  if (!inZone.has(schedule)) cachedVerdicts++;
  inZone.set(schedule, window);
  return window.reason;
}

function computeVerdict(slots: readonly TSlot[], timeZone: string, now: Date): TVerdictWindow {
  const t = now.getTime();
  if (slots.length === 0 || !isValidTimeZone(timeZone)) return { from: -Infinity, until: Infinity, reason: sharedReason({ code: "NO_WORKING_HOURS" }) };
  const today = zonedParts(now, timeZone);
  const minute = today.hour * 60 + today.minute;
  const current = slots.find((s) => s.day === today.weekday && s.start <= minute && minute < s.end);
  // A verdict never outlives local midnight: the next start is described relative to "today".
  const midnight = localMidnightAfter(today, timeZone) ?? t + 60_000;
  if (current) {
    const slotEnd = wallInstant(today, current.end, timeZone) ?? t + 60_000;
    return { from: t, until: Math.max(t + 1, Math.min(slotEnd, midnight)), reason: null };
  }
  const next = nextWorkingStart(slots.map(toHour), timeZone, now);
  if (next === null) {
    return { from: t, until: midnight, reason: sharedReason({ code: "OUTSIDE_WORKING_HOURS", timeZone, nextStartIso: null, nextLocalTime: null, nextLocalWeekday: null }) };
  }
  const local = zonedParts(next, timeZone);
  const sameDay = local.year === today.year && local.month === today.month && local.day === today.day;
  const hhmm = `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
  return {
    from: t,
    until: Math.max(t + 1, Math.min(next.getTime(), midnight)),
    reason: sharedReason({ code: "OUTSIDE_WORKING_HOURS", timeZone, nextStartIso: next.toISOString(), nextLocalTime: hhmm, nextLocalWeekday: sameDay ? null : local.weekday }),
  };
}

function toHour(slot: TSlot): THours[number] {
  return { day: slot.day, start: slot.startText, end: formatMinutes(slot.end) };
}

function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

type TParts = ReturnType<typeof zonedParts>;

/** The instant of minute-of-day `minutes` (0–1440) on the local date of `day` in `timeZone`. */
function wallInstant(day: TParts, minutes: number, timeZone: string): number | null {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + Math.floor(minutes / 1440)));
  const ymd = date.toISOString().slice(0, 10);
  const instant = zonedWallTimeToInstant(`${ymd}T${formatMinutes(minutes % 1440)}`, timeZone);
  return instant ? instant.getTime() : null;
}

function localMidnightAfter(day: TParts, timeZone: string): number | null {
  return wallInstant(day, 1440, timeZone);
}

/** Local midnight of `now`'s day in `timeZone`: the service counts newLeadsToday from here. */
export function startOfRepDay(timeZone: string, now: Date): Date {
  if (!isValidTimeZone(timeZone)) return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const p = zonedParts(now, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return zonedWallTimeToInstant(`${p.year}-${pad(p.month)}-${pad(p.day)}T00:00`, timeZone) ?? now;
}


/** `now`'s local date in `timeZone` ("YYYY-MM-DD"; UTC for an unknown zone): the day newLeadsToday counts. */
export function repLocalDay(timeZone: string, now: Date): string {
  if (!isValidTimeZone(timeZone)) return now.toISOString().slice(0, 10);
  const p = zonedParts(now, timeZone);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
