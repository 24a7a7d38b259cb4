// The "booking.notify" job, after the booking's commit: the prospect and the rep each get an email
// with the .ics invite (REQUEST for a new or moved meeting, CANCEL when cancelled; SEQUENCE is the
// booking's). Stored in the outbox once per change (dedupe keys), delivered by "mail.send" with
// retries: nothing is lost when mail is down. The prospect's email carries the signed
// reschedule/cancel link; the rep's links to the lead page.
import type { Db } from "../../db/client";
import { buildInviteIcs } from "../../domain/booking/invite-ics";
import { describeMeetingTime } from "../../domain/booking/slot-days";
import type { TMailConfig } from "../../mail/mail-config";
import { sendEmail } from "../../mail/send-email";
import type { TBookingJobQueue, TBookingJobs } from "./booking-jobs";
import { createBookingToken, MANAGE_TOKEN_DAYS_AFTER_MEETING } from "./booking-token";

export interface TBookingNotifyDeps {
  queue: TBookingJobQueue;
  appUrl: string;
  authSecret: string;
  mail?: TMailConfig;
}

export function manageUrl(deps: Pick<TBookingNotifyDeps, "appUrl" | "authSecret">, bookingId: string, endsAt: Date): string {
  const expires = new Date(endsAt.getTime() + MANAGE_TOKEN_DAYS_AFTER_MEETING * 24 * 3600_000);
  return `${deps.appUrl}/b/${createBookingToken("manage", bookingId, expires, deps.authSecret)}`;
}

export async function notifyBooking(db: Db, deps: TBookingNotifyDeps, job: TBookingJobs["booking.notify"]): Promise<{ sent: number }> {
  const booking = await db.booking.findFirst({
    where: { id: job.bookingId, workspaceId: job.workspaceId },
    include: {
      rep: { select: { timeZone: true, user: { select: { name: true, email: true } } } },
      lead: { select: { id: true, contactName: true, contactCompany: true, person: { select: { email: true, name: true } } } },
    },
  });
  // Superseded by a later change (moved again, cancelled): that change's own notice tells both sides.
  if (!booking || booking.sequence !== job.sequence) return { sent: 0 };
  const repName = booking.rep.user.name ?? booking.rep.user.email;
  const prospectEmail = booking.lead.person?.email ?? null;
  const prospectName = booking.lead.contactName ?? booking.lead.person?.name ?? prospectEmail ?? "Prospect";
  const leadLabel = booking.lead.contactCompany ? `${prospectName} (${booking.lead.contactCompany})` : prospectName;
  const isCancelled = booking.status === "CANCELLED";
  const invite = buildInviteIcs({
    bookingId: booking.id,
    uidDomain: new URL(deps.appUrl).hostname,
    sequence: booking.sequence,
    isCancelled,
    start: booking.startsAt,
    end: booking.endsAt,
    title: booking.title,
    description: `${booking.title}. Booked with Switchboard.`,
    location: booking.location,
    organizer: { name: repName, email: booking.rep.user.email },
    attendee: { name: prospectName, email: prospectEmail ?? booking.rep.user.email },
  });
  if (!invite.ok) throw new Error(`booking ${booking.id}: the invite could not be built (${invite.error})`);
  const attachments = [{ filename: isCancelled ? "cancel.ics" : "invite.ics", contentType: `text/calendar; charset=utf-8; method=${invite.method}`, content: invite.ics }];
  const base = { change: job.change, title: booking.title, location: booking.location, repName, leadLabel };
  const key = `booking:${booking.id}:${booking.sequence}:${job.change}`;
  let sent = 0;
  if (prospectEmail) {
    await sendEmail(
      db,
      {
        to: prospectEmail,
        workspaceId: booking.workspaceId,
        dedupeKey: `${key}:prospect`,
        attachments,
        template: { name: "booking-invite", props: { ...base, audience: "prospect", when: describeMeetingTime(booking.startsAt, booking.endsAt, booking.timeZone), url: manageUrl(deps, booking.id, booking.endsAt) } },
      },
      { queue: deps.queue, config: deps.mail },
    );
    sent++;
  }
  await sendEmail(
    db,
    {
      to: booking.rep.user.email,
      workspaceId: booking.workspaceId,
      dedupeKey: `${key}:rep`,
      attachments,
      template: { name: "booking-invite-rep", props: { ...base, audience: "rep", when: describeMeetingTime(booking.startsAt, booking.endsAt, booking.rep.timeZone), url: `${deps.appUrl}/leads/${booking.lead.id}` } },
    },
    { queue: deps.queue, config: deps.mail },
  );
  return { sent: sent + 1 };
}
