// Keeps cached busy time fresh: every minute, each worker process claims the calendar
// connections not tried for SYNC_EVERY_MS (a row-locked claim, so two processes never take the
// same one) and enqueues a `calendar.sync` job for each. Routing and booking only ever read the
// cache.
import type { Db } from "../db/client";
import { claimDueCalendarSyncs } from "../services/calendars/sync-calendar";
import { now as clockNow } from "../time/clock";

interface TSyncSender {
  send(name: "calendar.sync", data: { connectionId: string }): Promise<string>;
}

export const CALENDAR_SWEEP_EVERY_MS = 60_000;

export async function sweepCalendars(db: Db, queue: TSyncSender, now: Date): Promise<number> {
  const due = await claimDueCalendarSyncs(db, now);
  for (const connection of due) await queue.send("calendar.sync", { connectionId: connection.id });
  return due.length;
}

/** Starts the periodic sweep; returns a stop function. The timer never keeps the process alive. */
export function startCalendarSweep(db: Db, queue: TSyncSender): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sweepCalendars(db, queue, clockNow());
    } catch (error) {
      console.error(`[calendars] sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), CALENDAR_SWEEP_EVERY_MS);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
