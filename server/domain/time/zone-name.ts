// The one way a person reads a time zone: "Los Angeles (GMT−8)" — the place as the booking
// panel's "Times in" menu names it (timeZoneChoice: the current IANA name, the city without
// underscores, a sub-region when IANA names one: "Knox, Indiana") with the zone's UTC offset at
// the instant being described, so DST is right: a July time reads "Los Angeles (GMT−7)", a
// December one "Los Angeles (GMT−8)". Booking texts, rep alerts, routing reasons, the accept link,
// the reps pages, calendar settings and <LocalTime>'s title all name zones through it. Stored and
// API values, and a zone <select>'s option values, stay IANA ids. Pure: the instant is an argument.
import { timeZoneChoice } from "./time-zone-choices";

/**
 * "Los Angeles (GMT−8)": `timeZone` with its offset at `at`. Without an instant (null, undefined,
 * an invalid date), or for a zone the runtime does not know, the place alone ("Los Angeles").
 */
export function zoneName(timeZone: string, at?: Date | null): string {
  return timeZoneChoice(timeZone, at ?? new Date(Number.NaN)).label;
}

/** The instant of an ISO string, or null for a missing or malformed one. */
export function instantOf(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

/**
 * A zone over a period (an out-of-office stretch): "Los Angeles (GMT−8)", or both offsets when the
 * clocks change within it: "Los Angeles (GMT−7 → GMT−8)".
 */
export function zoneNameBetween(timeZone: string, from: Date, to: Date): string {
  const [start, end] = [timeZoneChoice(timeZone, from), timeZoneChoice(timeZone, to)];
  if (start.offset === end.offset || !start.offset || !end.offset || start.place !== end.place) return start.label;
  return `${start.place} (${start.offset} → ${end.offset})`;
}
