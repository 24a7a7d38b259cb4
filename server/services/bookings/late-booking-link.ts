// The booking link by email when the prospect was told "we'll email you a link to book": the lead
// was submitted on a booking end screen and had no rep to book with — its routing was deferred to
// the job and decided after the end screen stopped waiting (END_SCREEN_WAIT_MS), or it waited in
// the backup queue (routed there at submit or late, or an SLA reassignment found nobody). When a
// rep who takes meetings gets it:
//   - the routing job writes the "booking.send-link" row in its transaction (enqueueLateBookingLink);
//   - every other assignment (manual, reassigned, SLA-reassigned, handed on, reviewed) writes it
//     from its after-commit job ("routing.assigned" / "routing.alert": enqueueBookingLinkAfterAssignment).
// The job then stores the email in the outbox, once per lead (dedupe key; sendLateBookingLink),
// with a signed, lead-bound, expiring link to the hosted booking page /book/<token> — not when the
// lead has a booking meanwhile, is closed or spam, or its rep cannot take meetings.
import type { Db, DbTx } from "../../db/client";
import { hasEndScreenGivenUp, wasPromisedBookingLink } from "../../domain/booking/end-screen-wait";
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

/** Whether the lead now offers booking with a rep: a booking end screen, open (not closed, not spam), a rep who takes meetings, a meeting type that books, no booking yet. */
async function offersLateBooking(db: Db | DbTx, job: TBookingJobs["booking.send-link"]) {
  return offersBooking(db, job, { needsBookingEndScreen: true });
}

/** Open (not closed, not spam), a rep who takes meetings, a meeting type that books, no confirmed booking; with `needsBookingEndScreen`, submitted on a booking end screen. */
async function offersBooking(db: Db | DbTx, job: TBookingJobs["booking.send-link"], opts: { needsBookingEndScreen: boolean }) {
  const lead = await db.lead.findFirst({ where: { id: job.leadId, workspaceId: job.workspaceId }, select: { submittedAt: true, outcome: true, isSpam: true, status: true, closedAt: true } });
  if (!lead || lead.isSpam || lead.status === "CLOSED" || lead.status === "SPAM" || lead.closedAt) return null;
  if (opts.needsBookingEndScreen && (lead.outcome as { type?: unknown } | null)?.type !== "booking") return null;
  const ctx = await loadLeadBookingContext(db, job.workspaceId, job.leadId);
  if (!ctx.meetingType.offersBooking || !ctx.ownerRepId || ctx.booking || !ctx.contact.email) return null;
  const [rep] = await loadBookingReps(db, job.workspaceId, [ctx.ownerRepId]);
  if (!rep?.isActive) return null;
  return { lead, ctx, rep };
}

/** In the routing job's transaction, after the decision: the row of "booking.send-link" when the end screen had given up. */
export async function enqueueLateBookingLink(tx: DbTx, queue: TBookingJobQueue, job: TBookingJobs["booking.send-link"], routedAt: Date): Promise<boolean> {
  const offer = await offersLateBooking(tx, job);
  if (!offer || !hasEndScreenGivenUp(offer.lead.submittedAt, routedAt)) return false;
  await queue.send("booking.send-link", job, { tx });
  return true;
}

/**
 * After an assignment's commit (its "routing.assigned" or "routing.alert" job): when the
 * assignment is still the lead's current one, gives it a rep, and the prospect was told "we'll
 * email you a link" (wasPromisedBookingLink), writes the "booking.send-link" row. Idempotent: the
 * email is stored once per lead whatever the number of rows.
 */
export async function enqueueBookingLinkAfterAssignment(db: Db, queue: TBookingJobQueue, ref: { assignmentId: string; workspaceId: string }): Promise<boolean> {
  // ONE statement decides for nearly every assignment (a lead routed to a rep at submit): the
  // assignment, its lead's end screen and the lead's assignments up to it.
  const assignment = await db.leadAssignment.findFirst({
    where: { id: ref.assignmentId, workspaceId: ref.workspaceId },
    select: { leadId: true, repId: true, isCurrent: true, assignedAt: true, lead: { select: { submittedAt: true, outcome: true, assignments: { select: { kind: true, repId: true, assignedAt: true } } } } },
  });
  if (!assignment?.isCurrent || !assignment.repId || (assignment.lead.outcome as { type?: unknown } | null)?.type !== "booking") return false;
  const steps = assignment.lead.assignments.filter((a) => a.assignedAt.getTime() <= assignment.assignedAt.getTime());
  if (!wasPromisedBookingLink(assignment.lead.submittedAt, steps)) return false;
  const job = { leadId: assignment.leadId, workspaceId: ref.workspaceId };
  if (!(await offersLateBooking(db, job))) return false;
  await queue.start();
  await queue.send("booking.send-link", job);
  return true;
}

export function bookingPageUrl(deps: Pick<TLateBookingLinkDeps, "appUrl" | "authSecret">, leadId: string, expiresAt: Date): string {
  return `${deps.appUrl}/book/${createBookingToken("book", leadId, expiresAt, deps.authSecret)}`;
}

/**
 * After a cancellation (the prospect's email, the cancel page): the lead's booking page, signed and
 * valid BOOK_TOKEN_DAYS from `now`, when the lead still offers booking (open, its owner takes
 * meetings, its meeting type books, no other confirmed meeting); otherwise null. It books with the
 * lead's current owner, whoever held the cancelled meeting.
 */
export async function rebookingUrl(db: Db | DbTx, deps: Pick<TLateBookingLinkDeps, "appUrl" | "authSecret">, lead: { leadId: string; workspaceId: string }, now: Date): Promise<string | null> {
  if (!(await offersBooking(db, lead, { needsBookingEndScreen: false }))) return null;
  return bookingPageUrl(deps, lead.leadId, new Date(now.getTime() + BOOK_TOKEN_DAYS * 24 * 3600_000));
}

/** The job: the prospect's email with the link, unless they booked meanwhile (once per lead). */
export async function sendLateBookingLink(db: Db, deps: TLateBookingLinkDeps, job: TBookingJobs["booking.send-link"], now: Date): Promise<{ sent: boolean }> {
  const offer = await offersLateBooking(db, job);
  if (!offer) return { sent: false };
  const { ctx, rep } = offer;
  const expiresAt = new Date(now.getTime() + BOOK_TOKEN_DAYS * 24 * 3600_000);
  const expires = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: ctx.leadTimeZone ?? "UTC" }).format(expiresAt);
  const workspace = await db.workspace.findUnique({ where: { id: job.workspaceId }, select: { name: true } });
  await sendEmail(
    db,
    {
      to: ctx.contact.email!,
      workspaceId: job.workspaceId,
      dedupeKey: `booking-link:${job.leadId}`,
      template: { name: "booking-link", props: { name: ctx.contact.name, repName: rep.name, title: ctx.meetingType.title, url: bookingPageUrl(deps, job.leadId, expiresAt), expires, workspaceName: workspace?.name ?? null } },
    },
    { queue: deps.queue, config: deps.mail },
  );
  return { sent: true };
}
