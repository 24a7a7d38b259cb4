// Calendar jobs: refresh a rep's cached busy time (calendar.sync), write a booked meeting to the
// rep's CalDAV calendar (calendar.write-event). The sweep (calendar-sweep.ts) enqueues syncs.
import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import { syncCalendar, type TCalendarDeps } from "../services/calendars/sync-calendar";
import { writeRepEvent } from "../services/calendars/write-rep-event";

export const ZRepEventJob = z.object({
  workspaceId: z.string().min(1),
  repId: z.string().min(1),
  event: z.object({
    uid: z.string().min(1).max(500),
    start: z.iso.datetime(),
    end: z.iso.datetime(),
    title: z.string().max(500),
    description: z.string().max(10_000).default(""),
    location: z.string().max(1000).optional(),
    sequence: z.number().int().min(0),
    cancelled: z.boolean().optional(),
  }),
});

export function calendarJobs(deps: () => TCalendarDeps) {
  return {
    /** Reads a connected calendar and replaces the rep's cached busy blocks; failures are recorded, the sweep tries again. */
    "calendar.sync": defineJob({
      schema: z.object({ connectionId: z.string().min(1) }),
      retry: { retryLimit: 0, expireInSeconds: 120 },
      handler: async ({ connectionId }, ctx) => void (await syncCalendar(ctx.db, deps(), connectionId, new Date())),
    }),
    /** Writes (or, cancelled, deletes) a booked meeting in the rep's CalDAV calendar; nothing when none is connected. */
    "calendar.write-event": defineJob({
      schema: ZRepEventJob,
      retry: { retryLimit: 6, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 120 },
      handler: async ({ workspaceId, repId, event }, ctx) =>
        void (await writeRepEvent(ctx.db, deps(), { workspaceId, repId, event: { ...event, start: new Date(event.start), end: new Date(event.end) } }, new Date())),
    }),
  };
}
