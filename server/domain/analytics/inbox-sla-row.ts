// One inbox row's SLA in plain words, in the rep's own zone (the viewer's: the rep reads their
// inbox), so it never seems to contradict the line above the leads ("SLA: accept within 15 min"):
// the row names when the rep's clock starts and when the lead is due, not a bare countdown — a lead
// routed at night read "SLA in 18 h 14 min" under "accept within 15 min".
//   - clock not started yet (the lead reached the rep off duty; it starts at their next working
//     time, sla-clock.ts): "SLA starts tomorrow 08:00 (your next working hours) · accept by 08:15";
//   - running: "Accept by 14:32 · 12 min left";
//   - past it: "Was due 14:32" (the row's "Past SLA" badge says the rest).
// What is due: acceptance while the rep has not accepted (then the lead goes to the next best rep);
// once accepted, first contact ("Past SLA" is about first contact, inboxSlaText). The clock start is
// the due time less the window the inbox counted it with (inboxUrgency: the published reassign
// minutes, else DEFAULT_SLA_MINUTES). Pure: `now` and the zone are arguments.
import { localClock, localDateKey } from "../booking/slot-days";
import { DEFAULT_SLA_MINUTES } from "../outcomes/inbox-order";

export interface TInboxRowSlaInput {
  /** When the SLA runs out (inboxUrgency's dueAt). */
  dueAt: Date;
  /** The published reassign window the due time was counted with (null: DEFAULT_SLA_MINUTES). */
  windowMinutes: number | null;
  isAccepted: boolean;
}

const DAY = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The calendar days from `now`'s local day to `at`'s local day, in `zone`. */
function daysBetween(now: Date, at: Date, zone: string): number {
  return Math.round((Date.parse(localDateKey(at, zone)) - Date.parse(localDateKey(now, zone))) / DAY);
}

/** "14:32" today, "tomorrow 08:00", "Mon 08:00" within the week, else "Dec 14, 08:00" — in `zone`. */
export function relativeClock(at: Date, now: Date, zone: string): string {
  const clock = localClock(at, zone);
  const days = daysBetween(now, at, zone);
  if (days === 0) return clock;
  if (days === 1) return `tomorrow ${clock}`;
  const [y, m, d] = localDateKey(at, zone).split("-").map(Number);
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  if (days > 1 && days < 7) return `${WEEKDAYS[day.getUTCDay()]} ${clock}`;
  return `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${clock}`;
}

function left(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `${minutes} min left`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

/**
 * The row's SLA sentence, times in `timeZone` (the viewer's; without one, UTC, named).
 */
export function inboxRowSla(input: TInboxRowSlaInput, now: Date, timeZone?: string | null): string {
  const zone = timeZone || "UTC";
  const suffix = timeZone ? "" : " UTC";
  const { dueAt, isAccepted } = input;
  const window = input.windowMinutes !== null && input.windowMinutes > 0 ? input.windowMinutes : DEFAULT_SLA_MINUTES;
  const startsAt = new Date(dueAt.getTime() - window * 60_000);
  const what = isAccepted ? "first contact" : "accept";
  if (dueAt.getTime() <= now.getTime()) return `Was due ${relativeClock(dueAt, now, zone)}${suffix}`;
  if (startsAt.getTime() > now.getTime()) {
    // The due time reads as a clock alone when it falls on the clock start's day.
    const due = daysBetween(startsAt, dueAt, zone) === 0 ? localClock(dueAt, zone) : relativeClock(dueAt, now, zone);
    return `SLA starts ${relativeClock(startsAt, now, zone)}${suffix} (your next working hours) · ${what} by ${due}${suffix}`;
  }
  return `${isAccepted ? "First contact" : "Accept"} by ${relativeClock(dueAt, now, zone)}${suffix} · ${left(dueAt.getTime() - now.getTime())}`;
}
