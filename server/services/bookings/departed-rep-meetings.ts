// Meetings with a rep who can no longer work leads: removed from the workspace, or given a role
// that cannot work leads (a Marketer). The prospect's meeting is never cancelled silently — they
// booked a time and still expect a call. Instead everyone who must act sees it:
//   - the hand-on job (assignments/owner-removed.ts) writes a "booking_rep_left" timeline entry
//     for each upcoming meeting with that rep (time, who left and why, the lead's new owner);
//   - the new owner's alert names the meeting's time and who it was with (assignment-alert.ts;
//     nextMeetingWithOtherRep also finds a meeting with a rep still at work, which stays theirs);
//   - the lead page marks the meeting and offers no times of the departed rep to move it to
//     (lead-meetings.ts); a manager cancels it there (the prospect is emailed) or the new owner
//     joins it in their place.
import type { Db, DbTx } from "../../db/client";
import { LEAD_WORKER_ROLES } from "../../domain/auth/roles";
import type { TOwnerRemovedCause } from "../routing/follow-up-jobs";

/** Whether a rep's user has left lead work in the workspace, from their memberships there: none, or a role that cannot work leads. */
export function hasRepLeft(memberships: readonly { role: string }[]): boolean {
  return !memberships.some((m) => (LEAD_WORKER_ROLES as readonly string[]).includes(m.role));
}

/** The rep's user's memberships in the workspace (for hasRepLeft), as a Prisma select. */
export const repMembershipsOf = (workspaceId: string) => ({ user: { select: { name: true, email: true, memberships: { where: { workspaceId }, select: { role: true } } } } }) as const;

/**
 * In the hand-on job's transaction: one "booking_rep_left" event per upcoming confirmed meeting
 * of the lead with the departed rep (soonest first). The meetings stay as booked. Returns how many.
 */
export async function noteMeetingsWithDepartedRep(
  tx: DbTx,
  args: { workspaceId: string; leadId: string; repId: string; toRepId: string | null; cause: TOwnerRemovedCause; byUserId: string | null; now: Date },
): Promise<number> {
  const meetings = await tx.booking.findMany({
    where: { workspaceId: args.workspaceId, leadId: args.leadId, repId: args.repId, status: "CONFIRMED", startsAt: { gt: args.now } },
    select: { id: true, startsAt: true },
    orderBy: { startsAt: "asc" },
  });
  const cause = args.cause.kind === "role_changed" ? { cause: "role_changed", role: args.cause.role } : { cause: "removed" };
  if (meetings.length === 0) return 0;
  await tx.leadEvent.createMany({
    data: meetings.map((meeting) => ({
      leadId: args.leadId,
      workspaceId: args.workspaceId,
      type: "booking_rep_left",
      data: { bookingId: meeting.id, repId: args.repId, startsAt: meeting.startsAt.toISOString(), to: args.toRepId, byUserId: args.byUserId, ...cause },
      createdAt: args.now,
    })),
  });
  return meetings.length;
}

export interface TMeetingForAlert {
  startsAt: Date;
  repName: string;
  /** The rep no longer works leads here (removed, now a Marketer): the meeting is the new owner's to take; else it stays with them. */
  hasRepLeft: boolean;
}

/**
 * For the new owner's alert: the lead's next upcoming confirmed meeting with a rep other than
 * `ownerRepId` (the new owner) — one who left, or one still at work who keeps it — or null.
 */
export async function nextMeetingWithOtherRep(db: Db | DbTx, args: { workspaceId: string; leadId: string; ownerRepId: string | null; now: Date }): Promise<TMeetingForAlert | null> {
  const meeting = await db.booking.findFirst({
    where: { workspaceId: args.workspaceId, leadId: args.leadId, status: "CONFIRMED", startsAt: { gt: args.now }, ...(args.ownerRepId ? { repId: { not: args.ownerRepId } } : {}) },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true, rep: { select: repMembershipsOf(args.workspaceId) } },
  });
  if (!meeting) return null;
  const { user } = meeting.rep;
  return { startsAt: meeting.startsAt, repName: user.name ?? user.email, hasRepLeft: hasRepLeft(user.memberships) };
}
