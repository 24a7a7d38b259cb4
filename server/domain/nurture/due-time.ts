// When a nurture step is due, from the previous step's time, in the lead's zone (IANA; the
// workspace falls back to UTC). Waits in hours are elapsed time; waits in days keep the local time
// of day across a DST change (or move to `sendAtHour` local); business days skip Saturdays and
// Sundays. Quiet hours (local, e.g. 20 → 8) then move a send that would land inside them to their
// end. Pure: `from` is an argument, nothing reads a clock.
import { TZDate } from "@date-fns/tz";
import type { TWaitStep } from "./sequence-definition";

export interface TQuietHours {
  /** Local hour (0–23) quiet hours start; equal to endHour = no quiet hours. */
  startHour: number;
  endHour: number;
}

const HOUR_MS = 3_600_000;

export function safeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

function localAt(zone: string, y: number, m: number, d: number, h: number, min: number, s = 0): Date {
  return new Date(new TZDate(y, m, d, h, min, s, zone).getTime());
}

/** The instant after a wait step, before quiet hours. */
export function afterWait(from: Date, wait: Pick<TWaitStep, "amount" | "unit" | "sendAtHour">, timeZone: string | null): Date {
  if (wait.unit === "hours") return new Date(from.getTime() + wait.amount * HOUR_MS);
  const zone = safeZone(timeZone);
  const local = new TZDate(from.getTime(), zone);
  let y = local.getFullYear();
  let m = local.getMonth();
  let d = local.getDate();
  if (wait.unit === "days") d += wait.amount;
  else {
    let left = wait.amount;
    while (left > 0) {
      d += 1;
      const weekday = new TZDate(y, m, d, 12, 0, zone).getDay();
      if (weekday !== 0 && weekday !== 6) left -= 1;
    }
    // normalise the calendar date (d may have run past the month's end)
    const normal = new TZDate(y, m, d, 12, 0, zone);
    y = normal.getFullYear();
    m = normal.getMonth();
    d = normal.getDate();
  }
  return wait.sendAtHour === null ? localAt(zone, y, m, d, local.getHours(), local.getMinutes(), local.getSeconds()) : localAt(zone, y, m, d, wait.sendAtHour, 0);
}

function isQuiet(hour: number, quiet: TQuietHours): boolean {
  if (quiet.startHour === quiet.endHour) return false;
  return quiet.startHour < quiet.endHour ? hour >= quiet.startHour && hour < quiet.endHour : hour >= quiet.startHour || hour < quiet.endHour;
}

/** `at`, or the end of the quiet hours it falls in (local to the lead). */
export function outsideQuietHours(at: Date, timeZone: string | null, quiet: TQuietHours): Date {
  const zone = safeZone(timeZone);
  const local = new TZDate(at.getTime(), zone);
  if (!isQuiet(local.getHours(), quiet)) return at;
  // Quiet hours that wrap midnight and started this evening end tomorrow morning.
  const endsTomorrow = quiet.startHour > quiet.endHour && local.getHours() >= quiet.startHour;
  return localAt(zone, local.getFullYear(), local.getMonth(), local.getDate() + (endsTomorrow ? 1 : 0), quiet.endHour, 0);
}

/** When the next email is due: the waits before it added to `from`, then moved out of quiet hours. */
export function nextDueAt(input: { from: Date; waitsBefore: readonly Pick<TWaitStep, "amount" | "unit" | "sendAtHour">[]; timeZone: string | null; quiet: TQuietHours }): Date {
  let at = input.from;
  for (const wait of input.waitsBefore) at = afterWait(at, wait, input.timeZone);
  return outsideQuietHours(at, input.timeZone, input.quiet);
}
