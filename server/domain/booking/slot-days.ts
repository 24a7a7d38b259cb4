// Slots grouped by the prospect's calendar day (the day picker's days), in the prospect's zone.
import { TZDate } from "@date-fns/tz";
import type { TSlot } from "./free-slots";

export interface TSlotDay {
  /** "YYYY-MM-DD" in the prospect's zone. */
  date: string;
  slots: { start: string; end: string; /** "HH:MM" in the prospect's zone */ label: string }[];
}

const pad = (n: number) => String(n).padStart(2, "0");

export function localDateKey(instant: Date, timeZone: string): string {
  const d = new TZDate(instant.getTime(), timeZone);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localClock(instant: Date, timeZone: string): string {
  const d = new TZDate(instant.getTime(), timeZone);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function slotsByDay(slots: readonly TSlot[], timeZone: string): TSlotDay[] {
  const days: TSlotDay[] = [];
  for (const slot of slots) {
    const date = localDateKey(slot.start, timeZone);
    let day = days[days.length - 1];
    if (!day || day.date !== date) {
      day = { date, slots: [] };
      days.push(day);
    }
    day.slots.push({ start: slot.start.toISOString(), end: slot.end.toISOString(), label: localClock(slot.start, timeZone) });
  }
  return days;
}

/** The instant of "YYYY-MM-DD" 00:00 in `timeZone`, or of an ISO instant as given. */
export function instantOfFrom(from: string, timeZone: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  if (!day) return new Date(from);
  return new Date(new TZDate(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 0, 0, timeZone).getTime());
}
