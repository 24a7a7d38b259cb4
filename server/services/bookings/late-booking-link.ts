// The booking link by email when routing finished late: the lead was submitted on a booking end
// screen, its routing was deferred to the job, and the decision came after the end screen stopped
// waiting (END_SCREEN_WAIT_MS), so the prospect was told "we'll email you a link to book". The
// routing job writes the "booking.send-link" row in its transaction (enqueueLateBookingLink);
// after commit the job stores the email in the outbox, once per lead (sendLateBookingLink), with
// a signed, lead-bound, expiring link to the hosted booking page /book/<token>.
import type { Db, DbTx } from "../../db/client";
import { hasEndScreenGivenUp } from "../../domain/booking/end-screen-wait";
import type { TMailConfig } from "../../mail/mail-config";
import { sendEmail } from "../../mail/send-email";
import { loadBookingReps, loadLeadBookingContext } from "./booking-context";
import type { TBookingJobQueue, TBookingJobs } from "./booking-jobs";
import { BOOK_TOKEN_DAYS, createBookingToken } from "./booking-token";

export interface TLateBookingLinkDeps {
  queue: TBookingJobQueue;
  appUrl: string;
  authSecret: string;
  mail?: TMailConfig;
}

/** Whether the lead now offers booking with a rep: a booking end screen, a rep, a meeting type that books, no booking yet. */
async function offersLateBooking(db: Db | DbTx, job: TBookingJobs["booking.send-link"]) {
  const lead = await db.lead.findFirst({ where: { id: job.leadId, workspaceId: job.workspaceId }, select: { submittedAt: true, outcome: true, isSpam: true } });
  if (!lead || lead.isSpam || (lead.outcome as { type?: unknown } | null)?.type !== "booking") return null;
  const ctx = await loadLeadBookingContext(db, job.workspaceId, job.leadId);
  if (!ctx.meetingType.offersBooking || !ctx.ownerRepId || ctx.booking || !ctx.contact.email) return null;
  return { lead, ctx };
}

/** In the routing job's transaction, after the decision: the row of "booking.send-link" when the end screen had given up. */
export async function enqueueLateBookingLink(tx: DbTx, queue: TBookingJobQueue, job: TBookingJobs["booking.send-link"], routedAt: Date): Promise<boolean> {
  const offer = await offersLateBooking(tx, job);
  if (!offer || !hasEndScreenGivenUp(offer.lead.submittedAt, routedAt)) return false;
  await queue.send("booking.send-link", job, { tx });
  return true;
}

export function bookingPageUrl(deps: Pick<TLateBookingLinkDeps, "appUrl" | "authSecret">, leadId: string, expiresAt: Date): string {
  return `${deps.appUrl}/book/${createBookingToken("book", leadId, expiresAt, deps.authSecret)}`;
}

/** The job: the prospect's email with the link, unless they booked meanwhile (once per lead). */
export async function sendLateBookingLink(db: Db, deps: TLateBookingLinkDeps, job: TBookingJobs["booking.send-link"], now: Date): Promise<{ sent: boolean }> {
  const offer = await offersLateBooking(db, job);
  if (!offer) return { sent: false };
  const { ctx } = offer;
  const [rep] = await loadBookingReps(db, job.workspaceId, [ctx.ownerRepId!]);
  if (!rep) return { sent: false };
  const expiresAt = new Date(now.getTime() + BOOK_TOKEN_DAYS * 24 * 3600_000);
  const expires = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: ctx.leadTimeZone ?? "UTC" }).format(expiresAt);
  await sendEmail(
    db,
    {
      to: ctx.contact.email!,
      workspaceId: job.workspaceId,
      dedupeKey: `booking-link:${job.leadId}`,
      template: { name: "booking-link", props: { name: ctx.contact.name, repName: rep.name, title: ctx.meetingType.title, url: bookingPageUrl(deps, job.leadId, expiresAt), expires } },
    },
    { queue: deps.queue, config: deps.mail },
  );
  return { sent: true };
}
