// A meeting's time as every booking text says it — confirmation and update emails (subject, HTML
// and plain text), the prospect's manage page (/b/<token>) and the lead page's Meetings card — with
// the zone named as the booking panel's "Times in" menu and end screen name it (timeZoneChoice:
// "Berlin (GMT+1)", its offset on the meeting's day; zoneName), never as an IANA id ("Europe/Berlin").
// Pure: the same text on the server and in every browser.
import { zoneName } from "../time/zone-name";
import { localClock, localDateKey } from "./slot-days";

const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const shortDay = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** The calendar day of `instant` in `timeZone`, as a UTC midnight (formatted in UTC, it is that very day). */
function zonedDay(instant: Date, timeZone: string): Date {
  return new Date(`${localDateKey(instant, timeZone)}T00:00:00Z`);
}

/** "Monday 7 December 2026, 16:00–16:30, Berlin (GMT+1)": the day, clock and zone of a meeting in `timeZone`. */
export function meetingTimeText(start: Date, end: Date, timeZone: string): string {
  const day = longDay.format(zonedDay(start, timeZone)).replace(/^(\w+),/, "$1");
  return `${day}, ${localClock(start, timeZone)}–${localClock(end, timeZone)}, ${zoneName(timeZone, start)}`;
}

/** "Mon 7 Dec, 07:00": a time to move a meeting to, in `timeZone` (named once, above the list). */
export function slotChoiceLabel(start: Date, timeZone: string): string {
  return `${shortDay.format(zonedDay(start, timeZone)).replace(/^(\w+),/, "$1")}, ${localClock(start, timeZone)}`;
}
