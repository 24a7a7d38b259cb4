// A slot day's heading, from its "YYYY-MM-DD" key (a calendar day in the prospect's zone, as
// slotsByDay makes it): "Monday 7 December". The key is already the prospect's day, so it is
// formatted as that calendar date (in UTC, where the key's midnight is that very day), never moved
// through the server's or the browser's own zone. Pure; the same text on the server and in every browser.
import { localClock, localDateKey } from "@/server/domain/booking/slot-days";
import { timeZoneChoice } from "@/server/domain/time/time-zone-choices";

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const longDay = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

export function dayKeyLabel(key: string): string {
  const match = DAY_KEY.exec(key);
  if (!match) return key;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? key : longDay.format(date);
}

/**
 * A booked meeting's time as the end screen confirms it: "Monday 7 December at 16:00, Berlin
 * (GMT+1)" — its day and clock in `timeZone`, the zone named as the "Times in" menu names it, with
 * its offset on the meeting's day. The same text for a booking just made and for one found again
 * (a reload, a return visit, a 409 naming the lead's booking). Pure.
 */
export function meetingWhen(start: string, timeZone: string): string {
  const instant = new Date(start);
  if (Number.isNaN(instant.getTime())) return start;
  return `${dayKeyLabel(localDateKey(instant, timeZone))} at ${localClock(instant, timeZone)}, ${timeZoneChoice(timeZone, instant).label}`;
}
