// Whether a just-submitted lead is offered booking, and its token: the end screen is a booking
// one, the path/team's meeting type offers booking, and the lead has a rep (a provisional owner
// under high-value review included) or its routing was deferred to the job (the end screen then
// asks for slots until the decision is there). A lead in the backup queue, nurtured or
// disqualified gets none. The token is signed, bound to the lead and expires (BOOK_TOKEN_DAYS).
import type { Db } from "../../db/client";
import { loadLeadBookingContext } from "./booking-context";
import { BOOK_TOKEN_DAYS, createBookingToken } from "./booking-token";

export interface TBookingOffer {
  token: string;
  expiresAt: string;
}

export async function bookingOfferFor(db: Db, args: { workspaceId: string; leadId: string; secret: string; now: Date }): Promise<TBookingOffer | null> {
  const ctx = await loadLeadBookingContext(db, args.workspaceId, args.leadId);
  if (!ctx.meetingType.offersBooking) return null;
  if (!ctx.ownerRepId) {
    const lead = await db.lead.findFirst({ where: { id: args.leadId, workspaceId: args.workspaceId }, select: { status: true, isSpam: true } });
    const isRoutingPending = lead?.status === "NEW" && !lead.isSpam && !ctx.assignmentId;
    if (!isRoutingPending) return null;
  }
  const expiresAt = new Date(args.now.getTime() + BOOK_TOKEN_DAYS * 24 * 3600_000);
  return { token: createBookingToken("book", args.leadId, expiresAt, args.secret), expiresAt: expiresAt.toISOString() };
}
