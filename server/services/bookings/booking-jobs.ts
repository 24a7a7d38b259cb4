// The jobs booking writes as rows in its transaction, and their payloads. The handlers are bound
// at the edge (server/workers/booking-jobs.ts).
import type { DbTx } from "../../db/client";
import type { TJobSender } from "../../db/job-rows";
import type { TMailJobs } from "../../mail/send-email";
import type { TCalendarJobs } from "../calendars/write-booking-event";
import { emitWebhookEvent, type TWebhookJobs } from "../webhooks/webhook-jobs";

export type TBookingChange = "created" | "rescheduled" | "cancelled";

export interface TBookingJobs {
  /** Emails the prospect and the rep an invite (.ics) for a booking's change, after commit. */
  "booking.notify": { bookingId: string; workspaceId: string; change: TBookingChange; /** The booking's SEQUENCE after the change: a notice superseded by a later change is not sent. */ sequence: number };
  /** Emails the prospect a booking link: the lead was routed after the end screen stopped waiting (late-booking-link.ts). */
  "booking.send-link": { leadId: string; workspaceId: string };
}

export type TBookingJobQueue = TJobSender<TBookingJobs & TMailJobs & TCalendarJobs & TWebhookJobs>;

/**
 * Writes the "booking.notify" job row in the booking's transaction, "calendar.write-event"
 * (the meeting in the rep's CalDAV calendar, when connected; it reads the booking's state) and the
 * booking.created / .rescheduled / .cancelled webhook event (one row, only when an endpoint
 * subscribes). `change.previous` is the time a reschedule moved the meeting from.
 */
export async function enqueueBookingNotice(tx: DbTx, deps: { queue: TBookingJobQueue }, job: TBookingJobs["booking.notify"], change: { at: Date; previous?: { startsAt: Date; endsAt: Date } }): Promise<void> {
  await deps.queue.send("booking.notify", job, { tx });
  await deps.queue.send("calendar.write-event", { bookingId: job.bookingId, workspaceId: job.workspaceId }, { tx });
  await emitBookingWebhook(tx, deps.queue, job, change);
}

async function emitBookingWebhook(tx: DbTx, queue: TBookingJobQueue, job: TBookingJobs["booking.notify"], change: { at: Date; previous?: { startsAt: Date; endsAt: Date } }): Promise<void> {
  const b = await tx.booking.findUniqueOrThrow({ where: { id: job.bookingId } });
  const booking = {
    id: b.id,
    status: b.status,
    repId: b.repId,
    meetingTypeId: b.meetingTypeId,
    startsAt: b.startsAt.toISOString(),
    endsAt: b.endsAt.toISOString(),
    timeZone: b.timeZone,
    title: b.title,
    location: b.location,
    sequence: b.sequence,
    isFallback: b.isFallback,
    bookedBy: b.bookedBy,
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    cancelReason: b.cancelReason,
  };
  const base = { workspaceId: job.workspaceId, at: change.at };
  const lead = { id: b.leadId };
  if (job.change === "rescheduled") {
    const previous = change.previous ?? { startsAt: b.startsAt, endsAt: b.endsAt };
    await emitWebhookEvent(tx, queue, { ...base, type: "booking.rescheduled", data: { lead, booking, previous: { startsAt: previous.startsAt.toISOString(), endsAt: previous.endsAt.toISOString() } } });
  } else await emitWebhookEvent(tx, queue, { ...base, type: job.change === "created" ? "booking.created" : "booking.cancelled", data: { lead, booking } });
}
