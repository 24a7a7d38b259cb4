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

/**
 * An amount of money as the dashboard writes it everywhere (Summary, Lifecycle, History, the leads
 * list): "$100,000" for a whole amount, "$90,000.50" with cents, in the lead's currency ("€5,000",
 * "¥12,000"). Amounts arrive as decimal strings (numeric(14,2): "90000.00") or numbers. An amount or
 * currency it cannot read is shown as given ("12abc XYZ"), never dropped.
 */
export function formatMoney(amount: string | number, currency: string): string {
  const value = typeof amount === "number" ? amount : amount.trim() === "" ? Number.NaN : Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  const digits = Number.isInteger(value) ? 0 : 2;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}
