// Calendar jobs: refresh a rep's cached busy time (calendar.sync), write a booked meeting to the
// rep's CalDAV calendar (calendar.write-event, enqueued with every booking change by
// enqueueBookingNotice). The sweep (calendar-sweep.ts) enqueues syncs.
import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import { syncCalendar, type TCalendarDeps } from "../services/calendars/sync-calendar";
import { writeBookingEvent } from "../services/calendars/write-booking-event";
import { now } from "../time/clock";

const ZWriteEventJob = z.object({ bookingId: z.string().min(1), workspaceId: z.string().min(1) });

export function calendarJobs(deps: () => TCalendarDeps, appUrl: () => Promise<string>) {
  return {
    /** Reads a connected calendar and replaces the rep's cached busy blocks; failures are recorded, the sweep tries again. */
    "calendar.sync": defineJob({
      schema: z.object({ connectionId: z.string().min(1) }),
      retry: { retryLimit: 0, expireInSeconds: 120 },
      handler: async ({ connectionId }, ctx) => void (await syncCalendar(ctx.db, deps(), connectionId, now())),
    }),
    /** Writes a booking's meeting to its rep's CalDAV calendar (deleted when cancelled), from the booking's current state; nothing when no CalDAV is connected. */
    "calendar.write-event": defineJob({
      schema: ZWriteEventJob,
      retry: { retryLimit: 6, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 120 },
      handler: async (job, ctx) => void (await writeBookingEvent(ctx.db, async () => ({ ...deps(), appUrl: await appUrl() }), job, now())),
    }),
  };
}
