// Busy time from iCalendar text (an ICS feed, or the calendar-data of CalDAV objects), through
// the kept parser ical.js: the spans that block a rep's time in a window.
//   - recurring events are expanded (RRULE, RDATE, EXDATE), and exceptions (RECURRENCE-ID)
//     replace their occurrence: moved, shortened, or cancelled;
//   - cancelled events (STATUS:CANCELLED) and free time (TRANSP:TRANSPARENT) do not block;
//   - all-day events do not block (holidays, reminders, "working from home"): days off are
//     out-of-office periods on the rep profile;
//   - times in a zone defined in the file (VTIMEZONE) use that definition; a TZID without one
//     (common in CalDAV answers) is read as an IANA zone, and floating times as `fallbackZone`
//     (the rep's zone).
// Pure: text in, spans out. Bounded: at most MAX_OCCURRENCES_PER_EVENT steps per recurring
// event and MAX_SPANS spans in all, so a hostile feed cannot make it run away.
import ICAL from "ical.js";
import { isValidTimeZone } from "../reps/time-zone";
import { zonedWallTimeToInstant } from "../reps/zoned-time";

export interface TBusySpan {
  startsAt: Date;
  endsAt: Date;
  /** UID, or UID@<occurrence start ISO> for an occurrence of a recurring event. */
  externalId: string;
}

export interface TBusyWindow {
  from: Date;
  to: Date;
  /** The rep's IANA zone, for floating times and unknown TZIDs. */
  fallbackZone: string;
}

const MAX_OCCURRENCES_PER_EVENT = 20_000;
const MAX_SPANS = 5_000;

type TIcalTime = InstanceType<typeof ICAL.Time>;
type TIcalEvent = InstanceType<typeof ICAL.Event>;

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant of an ical.js time; null for a date (all-day). */
function toInstant(time: TIcalTime, tzid: string | null, fallbackZone: string): Date | null {
  if (time.isDate) return null;
  const zone = time.zone;
  if (zone && zone.tzid !== "floating") return time.toJSDate();
  // Floating, or a TZID the file does not define: read the wall time in a known IANA zone.
  const timeZone = tzid && isValidTimeZone(tzid) ? tzid : isValidTimeZone(fallbackZone) ? fallbackZone : "UTC";
  const wall = `${String(time.year).padStart(4, "0")}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`;
  const instant = zonedWallTimeToInstant(wall, timeZone);
  return instant ? new Date(instant.getTime() + time.second * 1000) : null;
}

function tzidOf(event: TIcalEvent, property: "dtstart" | "dtend" | "recurrence-id"): string | null {
  const value = event.component.getFirstProperty(property)?.getParameter("tzid");
  return typeof value === "string" ? value : null;
}

function blocksTime(event: TIcalEvent): boolean {
  const status = String(event.component.getFirstPropertyValue("status") ?? "").toUpperCase();
  const transp = String(event.component.getFirstPropertyValue("transp") ?? "").toUpperCase();
  return status !== "CANCELLED" && transp !== "TRANSPARENT";
}

const DAY_MS = 24 * 3600_000;

/**
 * Where to start expanding a long-running DAILY or WEEKLY series (one RRULE, no COUNT): its
 * start moved forward by whole periods (INTERVAL days or weeks, in local wall time so DST keeps
 * the hour) to about a week before the window. Every later occurrence stays the same; an extra
 * "first occurrence" at the new start may appear, but it lies before the window. Anything else
 * is expanded from its real start.
 */
function fastForwardedStart(event: TIcalEvent, from: Date): TIcalTime | undefined {
  const rules = event.component.getAllProperties("rrule");
  if (rules.length !== 1) return undefined;
  const rule = rules[0]!.getFirstValue() as InstanceType<typeof ICAL.Recur>;
  if (rule.count || (rule.freq !== "DAILY" && rule.freq !== "WEEKLY")) return undefined;
  const periodDays = (rule.freq === "WEEKLY" ? 7 : 1) * Math.max(1, rule.interval || 1);
  const start = event.startDate;
  const startMs = start.toJSDate().getTime();
  const periods = Math.floor((from.getTime() - 8 * DAY_MS - startMs) / (periodDays * DAY_MS));
  if (periods <= 0) return undefined;
  const moved = start.clone();
  moved.adjust(periods * periodDays, 0, 0, 0);
  return moved;
}

/** Parses iCalendar text; throws a short message when it is not iCalendar. */
export function parseCalendar(text: string): InstanceType<typeof ICAL.Component> {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text.trim());
  } catch {
    throw new Error("Not an iCalendar (.ics) file");
  }
  const root = new ICAL.Component(Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : (parsed as unknown[]));
  if (root.name !== "vcalendar") throw new Error("Not an iCalendar (.ics) file");
  return root;
}

/** Busy spans overlapping [from, to) of every VEVENT in one or more iCalendar texts, sorted. */
export function busyFromIcs(texts: string | string[], window: TBusyWindow): TBusySpan[] {
  const { from, to, fallbackZone } = window;
  const spans: TBusySpan[] = [];
  const add = (event: TIcalEvent, start: TIcalTime, end: TIcalTime, externalId: string) => {
    if (spans.length >= MAX_SPANS || !blocksTime(event)) return;
    const startsAt = toInstant(start, tzidOf(event, "dtstart"), fallbackZone);
    const endsAt = toInstant(end, tzidOf(event, "dtend") ?? tzidOf(event, "dtstart"), fallbackZone);
    if (!startsAt || !endsAt || endsAt <= startsAt) return;
    if (startsAt < to && endsAt > from) spans.push({ startsAt, endsAt, externalId });
  };

  for (const text of Array.isArray(texts) ? texts : [texts]) {
    const root = parseCalendar(text);
    const masters = new Map<string, TIcalEvent>();
    const exceptions: TIcalEvent[] = [];
    for (const component of root.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(component);
      if (!event.startDate) continue;
      if (event.isRecurrenceException()) exceptions.push(event);
      else masters.set(event.uid ?? `#${masters.size}`, event);
    }
    const orphans: TIcalEvent[] = [];
    for (const exception of exceptions) {
      const master = masters.get(exception.uid);
      if (master && master.isRecurring()) master.relateException(exception);
      else orphans.push(exception); // its series lives elsewhere (another CalDAV object): on its own
    }
    for (const event of masters.values()) {
      if (!event.isRecurring()) {
        add(event, event.startDate, event.endDate, event.uid);
        continue;
      }
      const iterator = event.iterator(fastForwardedStart(event, from));
      const seen = new Set<number>();
      for (let step = 0, next = iterator.next(); next && step < MAX_OCCURRENCES_PER_EVENT; step++, next = iterator.next()) {
        const recurrenceAt = toInstant(next, tzidOf(event, "dtstart"), fallbackZone);
        if (recurrenceAt && recurrenceAt >= to) break;
        const details = event.getOccurrenceDetails(next);
        if (recurrenceAt) seen.add(recurrenceAt.getTime());
        add(details.item, details.startDate, details.endDate, `${event.uid}@${recurrenceAt?.toISOString() ?? next.toString()}`);
      }
      // Exceptions of occurrences after the window may have been moved into it.
      for (const exception of Object.values(event.exceptions ?? {}) as TIcalEvent[]) {
        const recurrenceAt = toInstant(exception.recurrenceId, tzidOf(exception, "recurrence-id"), fallbackZone);
        if (recurrenceAt && !seen.has(recurrenceAt.getTime())) add(exception, exception.startDate, exception.endDate, `${event.uid}@${recurrenceAt.toISOString()}`);
      }
    }
    for (const exception of orphans) add(exception, exception.startDate, exception.endDate, `${exception.uid}@${exception.recurrenceId.toString()}`);
  }
  return spans.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.endsAt.getTime() - b.endsAt.getTime());
}
