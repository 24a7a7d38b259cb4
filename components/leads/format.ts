// Formatting shared by the leads pages. Dates read as the rest of the dashboard writes them: the
// day as formatDay does ("Dec 4, 2026", components/forms/form-dates.ts) and the clock as the
// booking pages do (localClock, "09:40"), in a time zone — the viewer's, through <LocalTime>
// (local-time.tsx, the browser's zone); without one, UTC, named. The CSV export and the API keep
// ISO 8601 (leads/export.csv/route.ts, the REST resources): this module is for people.
import { formatDay } from "@/components/forms/form-dates";
import { localClock, localDateKey } from "@/server/domain/booking/slot-days";
import { isValidTimeZone } from "@/server/domain/reps/time-zone";

const zoneOrUtc = (timeZone: string | undefined) => (timeZone && isValidTimeZone(timeZone) ? timeZone : "UTC");

/** "Dec 4, 2026": the calendar day of `date` in `timeZone` (UTC when none or unknown). */
export function formatDate(date: Date, timeZone?: string): string {
  // The zone's calendar day as a key, written as formatDay writes a UTC day.
  return formatDay(new Date(`${localDateKey(date, zoneOrUtc(timeZone))}T00:00:00Z`));
}

/**
 * "Dec 4, 2026, 09:40" in the given zone (the viewer's: <LocalTime> says which in its title);
 * "Dec 4, 2026, 14:40 UTC" without one, so a time is never read in the wrong zone.
 */
export function formatDateTime(date: Date, timeZone?: string): string {
  const zone = zoneOrUtc(timeZone);
  const text = `${formatDate(date, zone)}, ${localClock(date, zone)}`;
  return timeZone && zone === timeZone ? text : `${text} UTC`;
}

export function formatMoney(amount: string, currency: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}
