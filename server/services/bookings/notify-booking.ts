// The "booking.notify" job, after the booking's commit: the prospect and the rep each get an email
// with the .ics invite (REQUEST for a new or moved meeting, CANCEL when cancelled; SEQUENCE is the
// booking's). When the lead's current owner is not the meeting's rep (a lead reassigned while its
// meeting stayed with its rep), the owner gets the same change too, worded for them. Stored in the
// outbox once per change (dedupe keys), delivered by "mail.send" with retries: nothing is lost when
// mail is down. The prospect's email carries the signed reschedule/cancel link (a cancellation:
// who cancelled, and "Book another time" when the lead still offers booking, opening the booking
// page in the meeting's zone: domain/booking/manage-address.ts); the rep's and the
// owner's link to the lead page (not for a rep who left, nor to a lead not theirs once their
// meeting on it is cancelled: they could not open it).
import type { Db } from "../../db/client";
import { buildInviteIcs } from "../../domain/booking/invite-ics";
import { rebookAddress } from "../../domain/booking/manage-address";
import { meetingTimeText } from "../../domain/booking/meeting-time-text";
import { canonicalTimeZone } from "../../domain/reps/time-zone";
import type { TMailConfig } from "../../mail/mail-config";
import { sendEmail } from "../../mail/send-email";
import type { TBookingJobQueue, TBookingJobs } from "./booking-jobs";
import { createBookingToken, MANAGE_TOKEN_DAYS_AFTER_MEETING } from "./booking-token";
import { cancelledByFor, cancelledByOf } from "./cancelled-by";
import { hasRepLeft, repMembershipsOf } from "./departed-rep-meetings";
import { rebookingUrl } from "./late-booking-link";

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
      workspace: { select: { name: true } },
      rep: { select: { id: true, userId: true, timeZone: true, ...repMembershipsOf(job.workspaceId) } },
      lead: {
        select: {
          id: true,
          contactName: true,
          contactCompany: true,
          person: { select: { email: true, name: true } },
          ownerRep: { select: { id: true, userId: true, timeZone: true, user: { select: { name: true, email: true } } } },
        },
      },
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
    description: `${booking.title} with ${booking.workspace.name}.`,
    location: booking.location,
    organizer: { name: repName, email: booking.rep.user.email },
    attendee: { name: prospectName, email: prospectEmail ?? booking.rep.user.email },
  });
  if (!invite.ok) throw new Error(`booking ${booking.id}: the invite could not be built (${invite.error})`);
  const attachments = [{ filename: isCancelled ? "cancel.ics" : "invite.ics", contentType: `text/calendar; charset=utf-8; method=${invite.method}`, content: invite.ics }];
  const cancelledBy = isCancelled ? await cancelledByOf(db, { id: booking.id, leadId: booking.lead.id }) : null;
  const owner = booking.lead.ownerRep && booking.lead.ownerRep.id !== booking.rep.id ? booking.lead.ownerRep : null;
  const ownerName = owner ? (owner.user.name ?? owner.user.email) : null;
  const leadPage = `${deps.appUrl}/leads/${booking.lead.id}`;
  // Times in each recipient's zone, named as the booking panel names it ("Kolkata (GMT+5:30)", also for a stored "Asia/Calcutta").
  // The prospect's email is the workspace's (brand, From name); a member's names the workspace.
  const base = { change: job.change, title: booking.title, location: booking.location, repName, leadLabel, workspaceName: booking.workspace.name };
  const key = `booking:${booking.id}:${booking.sequence}:${job.change}`;
  const send = (to: string, suffix: string, template: Parameters<typeof sendEmail>[1]["template"]) =>
    sendEmail(db, { to, workspaceId: booking.workspaceId, dedupeKey: `${key}:${suffix}`, attachments, template }, { queue: deps.queue, config: deps.mail });
  let sent = 0;
  if (prospectEmail) {
    // "Book another time" opens the booking page in the meeting's zone, the one this email says the time in (as the cancel page's link does).
    const zone = canonicalTimeZone(booking.timeZone);
    const rebook = isCancelled ? await rebookingUrl(db, deps, { leadId: booking.lead.id, workspaceId: booking.workspaceId }, booking.cancelledAt ?? booking.updatedAt) : null;
    await send(prospectEmail, "prospect", {
      name: "booking-invite",
      props: { ...base, audience: "prospect", when: meetingTimeText(booking.startsAt, booking.endsAt, zone), url: manageUrl(deps, booking.id, booking.endsAt), cancelledBy: cancelledByFor(cancelledBy, null), rebookUrl: rebook && rebookAddress(rebook, zone) },
    });
    sent++;
  }
  // The rep opens the lead page while it is theirs or they hold a confirmed meeting on it (get-lead.ts); a rep who left opens nothing.
  const repOpensLead = !hasRepLeft(booking.rep.user.memberships) && (!owner || !isCancelled);
  await send(booking.rep.user.email, "rep", {
    name: "booking-invite-rep",
    props: { ...base, audience: "rep", when: meetingTimeText(booking.startsAt, booking.endsAt, canonicalTimeZone(booking.rep.timeZone)), url: repOpensLead ? leadPage : null, ownerName, cancelledBy: cancelledByFor(cancelledBy, booking.rep.userId) },
  });
  sent++;
  if (owner && owner.user.email !== booking.rep.user.email) {
    await send(owner.user.email, "owner", {
      name: "booking-invite-rep",
      props: { ...base, audience: "owner", when: meetingTimeText(booking.startsAt, booking.endsAt, canonicalTimeZone(owner.timeZone)), url: leadPage, cancelledBy: cancelledByFor(cancelledBy, owner.userId) },
    });
    sent++;
  }
  return { sent };
}
