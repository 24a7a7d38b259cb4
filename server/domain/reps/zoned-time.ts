// Wall-clock time in an IANA time zone, from Intl only (no library, DST handled by the runtime).
export interface TZonedParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number; // 0–23
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

export function zonedParts(instant: Date, timeZone: string): TZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? "Sun"] ?? 0,
  };
}

/** Offset of the zone from UTC at that instant, in milliseconds (New York in winter: -5 h). */
function offsetAt(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a wall-clock time "YYYY-MM-DDTHH:MM" (a datetime-local value) in `timeZone`.
 * A time skipped by a DST jump resolves to the instant one offset later, like most calendars.
 */
export function zonedWallTimeToInstant(wall: string, timeZone: string): Date | null {
  const match = WALL.exec(wall);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  const first = asUtc - offsetAt(new Date(asUtc), timeZone);
  const second = asUtc - offsetAt(new Date(first), timeZone);
  if (instantToZonedWallTime(new Date(second), timeZone) === wall) return new Date(second);
  return new Date(Math.max(first, second));
}

/** The datetime-local value ("YYYY-MM-DDTHH:MM") of an instant in `timeZone`. */
export function instantToZonedWallTime(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2 Dec" or "2 Dec 2027" (when not in `reference`'s year), in `timeZone`. */
export function formatShortDate(instant: Date, timeZone: string, reference: Date): string {
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = zonedParts(instant, timeZone);
  const sameYear = zonedParts(reference, timeZone).year === p.year;
  return `${p.day} ${months[p.month - 1] ?? ""}${sameYear ? "" : ` ${p.year}`}`;
}
