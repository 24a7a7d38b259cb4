// Job definitions of booking: the invites to both sides after a booking changes; the booking link
// emailed when routing finished after the end screen stopped waiting.
import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import { notifyBooking } from "../services/bookings/notify-booking";
import { sendLateBookingLink } from "../services/bookings/late-booking-link";
import { now } from "../time/clock";
import type { TFollowUpDeps } from "../services/routing/after-assignment";

const ZLeadJob = z.object({ leadId: z.string().min(1), workspaceId: z.string().min(1) });
const ZNotifyJob = z.object({ bookingId: z.string().min(1), workspaceId: z.string().min(1), change: z.enum(["created", "rescheduled", "cancelled"]), sequence: z.number().int().min(0) });

export function bookingJobs(deps: () => Promise<TFollowUpDeps>) {
  return {
    /** Stores the prospect's and the rep's invite emails (.ics) in the outbox, once per change. */
    "booking.notify": defineJob({
      schema: ZNotifyJob,
      retry: { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
      pollingIntervalSeconds: 0.5,
      handler: async (job, ctx) => void (await notifyBooking(ctx.db, await deps(), job)),
    }),
    /** Stores the prospect's booking link email in the outbox: routing finished after the end screen stopped waiting. */
    "booking.send-link": defineJob({
      schema: ZLeadJob,
      retry: { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
      pollingIntervalSeconds: 0.5,
      handler: async (job, ctx) => void (await sendLateBookingLink(ctx.db, await deps(), job, now())),
    }),
  };
}
