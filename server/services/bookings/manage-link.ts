// The prospect's changes from the signed link in their confirmation email (/b/<token>, the page's
// server actions): the token is verified again (a "manage" token, not expired), then the meeting is
// cancelled or moved as change-booking.ts does for everyone, by "prospect".
// A move names the zone the prospect read the times in on that page ("Times in", when not the
// booking's): it becomes the meeting's zone, so the updated invite's email, the page from its link
// and later emails say the time in the zone the prospect chose it in. Cancelling keeps the zone.
// The rate limit and the zone's check against the offered zones stay in the transport.
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { verifyBookingToken } from "./booking-token";
import { cancelBooking, rescheduleBooking, type TChangeBookingDeps } from "./change-booking";

export type TManageLinkChange = { kind: "cancel" } | { kind: "move"; start: Date; /** An offered zone the prospect read the times in, or null for the booking's own. */ timeZone: string | null };

/** "invalid": a bad or expired link, no such meeting, an unreadable time, or a meeting already cancelled. */
export type TManageLinkResult = "cancelled" | "moved" | "taken" | "invalid";

export async function changeFromManageLink(db: Db, deps: () => Promise<TChangeBookingDeps>, input: { token: string; authSecret: string | undefined; now: Date; change: TManageLinkChange }): Promise<TManageLinkResult> {
  const check = input.authSecret ? verifyBookingToken(input.token, input.authSecret, input.now) : null;
  if (!check?.ok || check.kind !== "manage") return "invalid";
  const booking = await db.booking.findUnique({ where: { id: check.id }, select: { id: true, workspaceId: true } });
  if (!booking) return "invalid";
  const ref = { workspaceId: booking.workspaceId, bookingId: booking.id, by: "prospect", now: input.now };
  const { change } = input;
  if (change.kind === "move" && !Number.isFinite(change.start.getTime())) return "invalid";
  try {
    if (change.kind === "cancel") {
      await cancelBooking(db, await deps(), ref);
      return "cancelled";
    }
    const result = await rescheduleBooking(db, await deps(), { ...ref, start: change.start, ...(change.timeZone ? { timeZone: change.timeZone } : {}) });
    return result.ok ? "moved" : "taken";
  } catch (error) {
    if (error instanceof AppError) return "invalid";
    throw error;
  }
}
