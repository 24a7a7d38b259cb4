// The lead page's meetings: every booking of the lead (newest first), whether the viewer may
// change it (the meeting's rep, or a manager, admin or owner, before it starts), and the rep's next free slots.
// A meeting whose rep has left (removed, or now a Marketer: departed-rep-meetings.ts) is marked
// and offers no times to move to (the rep's calendar is not theirs to book any more); a manager
// can still cancel it.
import type { Db } from "../../db/client";
import { rescheduleSlots } from "./change-booking";
import { hasRepLeft, repMembershipsOf } from "./departed-rep-meetings";
import { hasMeetingStarted } from "../../domain/booking/meeting-started";

const MOVE_DAYS = 5;

export async function loadLeadMeetings(db: Db, workspaceId: string, leadId: string, viewer: { userId: string; role: string }, now: Date) {
  const bookings = await db.booking.findMany({
    where: { workspaceId, leadId },
    orderBy: { startsAt: "desc" },
    include: { rep: { select: { userId: true, timeZone: true, ...repMembershipsOf(workspaceId) } } },
  });
  const isManager = ["OWNER", "ADMIN", "MANAGER"].includes(viewer.role);
  return Promise.all(
    bookings.map(async (b) => {
      // A meeting that has started is what happened: no Move, no Cancel (change-booking.ts refuses them too).
      const canChange = (isManager || b.rep.userId === viewer.userId) && !hasMeetingStarted(b.startsAt, now);
      const repLeft = hasRepLeft(b.rep.user.memberships);
      const moveTo = canChange && !repLeft && b.status === "CONFIRMED" ? (await rescheduleSlots(db, { workspaceId, bookingId: b.id, timeZone: b.rep.timeZone, now })).slice(0, MOVE_DAYS) : [];
      return { id: b.id, title: b.title, repName: b.rep.user.name ?? b.rep.user.email, repTimeZone: b.rep.timeZone, startsAt: b.startsAt, endsAt: b.endsAt, location: b.location, status: b.status, isFallback: b.isFallback, hasRepLeft: repLeft && b.status === "CONFIRMED" && b.startsAt > now, canChange, moveTo };
    }),
  );
}
