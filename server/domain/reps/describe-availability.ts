// "Is this rep working right now?" for the reps list: pure, `now` is an argument. A calendar
// meeting during working hours shows as "In a meeting until 15:30 …" (what routing skips). The
// rep's zone is named as the booking texts name it, with its offset at the time said ("Working now
// until 17:00 Los Angeles (GMT−8)", zoneName). The sentence is built from its parts
// (availabilityParts: what the rep is doing, until when, in which zone), which the availability pill
// shows apart (the head in the pill, the zone beside or under it) without taking the sentence apart.
import { currentTimeOff } from "./time-off";
import { zoneName } from "../time/zone-name";
import { isValidTimeZone } from "./time-zone";
import { DAY_SHORT_NAMES, formatClockTime, parseClockTime } from "./working-hours";
import { formatShortDate, zonedParts } from "./zoned-time";

export type TAvailabilityStatus = "INACTIVE" | "OUT_OF_OFFICE" | "WORKING" | "IN_MEETING" | "OFF_HOURS" | "NO_HOURS";

/** Where a rep is now, in parts: "Off hours" · "09:00 Mon" · "Los Angeles (GMT−8)". */
export interface TAvailabilityParts {
  status: TAvailabilityStatus;
  /** "Working now", "Off hours", "In a meeting", "Out of office", "Inactive", "Working now, around the clock"… */
  state: string;
  /** "17:00", "09:00 Mon", "2 Dec"; null when the state has no end. */
  until: string | null;
  /** The zone the time is in, as the booking texts name it ("Los Angeles (GMT−8)"); null when none is said. */
  zone: string | null;
}

/** The parts and the sentence they make ("Off hours until 09:00 Mon Los Angeles (GMT−8)"). */
export interface TAvailability extends TAvailabilityParts {
  label: string;
}

export interface TAvailabilityProfile {
  isActive: boolean;
  timeZone: string;
  workingHours: readonly { day: number; start: string; end: string }[];
  timeOff: readonly { startsAt: Date; endsAt: Date }[];
  /** Cached calendar busy blocks (RepBusyBlock) around now; a meeting during working hours shows. */
  busy?: readonly { startsAt: Date; endsAt: Date }[];
}

const DAY = 1440;

interface TSlot {
  day: number;
  start: number;
  end: number;
}

function toSlots(hours: TAvailabilityProfile["workingHours"]): TSlot[] {
  return hours
    .map((h) => ({ day: h.day, start: parseClockTime(h.start), end: parseClockTime(h.end) }))
    .filter((s): s is TSlot => s.start !== null && s.end !== null && s.start < s.end && s.day >= 0 && s.day <= 6)
    .sort((a, b) => a.day - b.day || a.start - b.start);
}

/** Minutes from the start of the week (Sunday 00:00) at which the current working stretch ends. */
function workingUntil(slots: TSlot[], weekMinute: number): number | null {
  const containing = slots.find((s) => s.day * DAY + s.start <= weekMinute && weekMinute < s.day * DAY + s.end);
  if (!containing) return null;
  let end = containing.day * DAY + containing.end;
  for (let guard = 0; guard < slots.length * 2; guard++) {
    const next = slots.find((s) => s.day * DAY + s.start === end % (7 * DAY));
    if (!next) break;
    end += next.end - next.start;
    if (end - weekMinute >= 7 * DAY) return Infinity;
  }
  return end;
}

/** Minutes from the start of the week of the next working start after `weekMinute` (may wrap). */
function nextStart(slots: TSlot[], weekMinute: number): number | null {
  const starts = slots.map((s) => s.day * DAY + s.start);
  const later = starts.filter((m) => m > weekMinute);
  if (later.length > 0) return Math.min(...later);
  return starts.length > 0 ? Math.min(...starts) + 7 * DAY : null;
}

/**
 * "17:00" or "09:00 Mon" and the zone ("Los Angeles (GMT−8)"): a week minute `target` after now's
 * (`weekMinute`), the zone named with its offset at about that instant (now plus the wall-clock
 * minutes between: off by at most the DST hour, which only matters for a time within an hour of the change).
 */
function describeWeekMinute(target: number, weekMinute: number, tz: string, now: Date): { until: string; zone: string } {
  const day = Math.floor(target / DAY) % 7;
  const sameDay = Math.floor(target / DAY) === Math.floor(weekMinute / DAY);
  const at = new Date(now.getTime() + (target - weekMinute) * 60_000);
  return { until: `${formatClockTime(target % DAY)}${sameDay ? "" : ` ${DAY_SHORT_NAMES[day]}`}`, zone: zoneName(tz, at) };
}

/** End of the out-of-office (or meeting) stretch covering `now`, following back-to-back periods. */
function outOfOfficeUntil(periods: TAvailabilityProfile["timeOff"], now: Date): Date | null {
  let current = currentTimeOff(periods, now);
  if (!current) return null;
  let end = current.endsAt;
  for (let guard = 0; guard < periods.length; guard++) {
    current = currentTimeOff(periods, end);
    if (!current) break;
    end = current.endsAt;
  }
  return end;
}

/** What the pill says: "Off hours until 09:00 Mon", "Working now, around the clock", "Inactive". */
export function availabilityHead(parts: TAvailabilityParts): string {
  return parts.until === null ? parts.state : `${parts.state} until ${parts.until}`;
}

/** The zone as the sentence says it after the head: "Los Angeles (GMT−8)", "in Los Angeles (GMT−8)" when no time comes before it; null without one. */
export function availabilityZoneNote(parts: TAvailabilityParts): string | null {
  if (parts.zone === null) return null;
  return parts.until === null ? `in ${parts.zone}` : parts.zone;
}

/** Where the rep is now, in parts (the sentence is describeAvailability's label). */
export function availabilityParts(profile: TAvailabilityProfile, now: Date): TAvailabilityParts {
  const plain = (status: TAvailabilityStatus, state: string): TAvailabilityParts => ({ status, state, until: null, zone: null });
  if (!profile.isActive) return plain("INACTIVE", "Inactive");
  if (!isValidTimeZone(profile.timeZone)) return plain("NO_HOURS", "Unknown time zone");
  const tz = profile.timeZone;
  const oooEnd = outOfOfficeUntil(profile.timeOff, now);
  if (oooEnd) return { status: "OUT_OF_OFFICE", state: "Out of office", until: formatShortDate(oooEnd, tz, now), zone: null };
  const slots = toSlots(profile.workingHours);
  if (slots.length === 0) return plain("NO_HOURS", "No working hours set");
  const local = zonedParts(now, tz);
  const weekMinute = local.weekday * DAY + local.hour * 60 + local.minute;
  const until = workingUntil(slots, weekMinute);
  if (until === Infinity) return { status: "WORKING", state: "Working now, around the clock", until: null, zone: zoneName(tz, now) };
  if (until !== null) {
    const meetingEnd = outOfOfficeUntil(profile.busy ?? [], now);
    if (meetingEnd) {
      const end = zonedParts(meetingEnd, tz);
      const sameDay = end.year === local.year && end.month === local.month && end.day === local.day;
      const clock = `${formatClockTime(end.hour * 60 + end.minute)}${sameDay ? "" : ` ${DAY_SHORT_NAMES[end.weekday]}`}`;
      return { status: "IN_MEETING", state: "In a meeting", until: clock, zone: zoneName(tz, meetingEnd) };
    }
    return { status: "WORKING", state: "Working now", ...describeWeekMinute(until, weekMinute, tz, now) };
  }
  const back = nextStart(slots, weekMinute);
  return back === null ? plain("OFF_HOURS", "Off hours") : { status: "OFF_HOURS", state: "Off hours", ...describeWeekMinute(back, weekMinute, tz, now) };
}

/** The parts and their sentence: "Working now until 17:00 Los Angeles (GMT−8)". */
export function describeAvailability(profile: TAvailabilityProfile, now: Date): TAvailability {
  const parts = availabilityParts(profile, now);
  const zone = availabilityZoneNote(parts);
  return { ...parts, label: zone === null ? availabilityHead(parts) : `${availabilityHead(parts)} ${zone}` };
}
