// The jobs booking writes as rows in its transaction, and their payloads. The handlers are bound
// at the edge (server/workers/booking-jobs.ts).
import type { DbTx } from "../../db/client";
import type { TJobSender } from "../../db/job-rows";
import type { TMailJobs } from "../../mail/send-email";
import type { TCalendarJobs } from "../calendars/write-booking-event";

export type TBookingChange = "created" | "rescheduled" | "cancelled";

export interface TBookingJobs {
  /** Emails the prospect and the rep an invite (.ics) for a booking's change, after commit. */
  "booking.notify": { bookingId: string; workspaceId: string; change: TBookingChange; /** The booking's SEQUENCE after the change: a notice superseded by a later change is not sent. */ sequence: number };
}

export type TBookingJobQueue = TJobSender<TBookingJobs & TMailJobs & TCalendarJobs>;

/**
 * Writes the "booking.notify" job row in the booking's transaction, and "calendar.write-event"
 * (the meeting in the rep's CalDAV calendar, when connected; it reads the booking's state).
 */
export async function enqueueBookingNotice(tx: DbTx, deps: { queue: TBookingJobQueue }, job: TBookingJobs["booking.notify"]): Promise<void> {
  await deps.queue.send("booking.notify", job, { tx });
  await deps.queue.send("calendar.write-event", { bookingId: job.bookingId, workspaceId: job.workspaceId }, { tx });
}
