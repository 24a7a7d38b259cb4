// One booking as the API and the lead page show it (scoped to the workspace).
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";

/** A booking as booking answers it (POST /bookings: 201, and 200 for the same request again). */
export interface TBookingView {
  id: string;
  leadId: string;
  repId: string;
  repName: string;
  status: "CONFIRMED" | "CANCELLED";
  start: string;
  end: string;
  timeZone: string;
  title: string;
  location: string;
  isFallback: boolean;
}

const REP_NAME_INCLUDE = { rep: { select: { user: { select: { name: true, email: true } } } } } as const;

/** The lead's confirmed booking (a lead has one at most), as booking answers it, with what a replay is compared on. */
export async function findLeadBooking(db: Db | DbTx, workspaceId: string, leadId: string): Promise<{ view: TBookingView; startsAt: Date; repId: string; meetingTypeId: string | null; isFallback: boolean } | null> {
  const b = await db.booking.findFirst({ where: { workspaceId, leadId, status: "CONFIRMED" }, include: REP_NAME_INCLUDE, orderBy: { startsAt: "desc" } });
  if (!b) return null;
  return { view: bookingSummary(b), startsAt: b.startsAt, repId: b.repId, meetingTypeId: b.meetingTypeId, isFallback: b.isFallback };
}

export async function getBooking(db: Db | DbTx, workspaceId: string, id: string): Promise<TBookingView & { sequence: number; createdAt: string; cancelledAt: string | null }> {
  const b = await db.booking.findFirst({ where: { id, workspaceId }, include: REP_NAME_INCLUDE });
  if (!b) throw new AppError("NOT_FOUND", "Booking not found");
  return bookingView(b);
}

type TBookingRow = {
  id: string;
  leadId: string;
  repId: string;
  status: "CONFIRMED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  title: string;
  location: string;
  isFallback: boolean;
  sequence: number;
  createdAt: Date;
  cancelledAt: Date | null;
  rep: { user: { name: string | null; email: string } };
};

/** The booking answered by POST /bookings. */
export function bookingSummary(b: Omit<TBookingRow, "sequence" | "createdAt" | "cancelledAt">): TBookingView {
  return {
    id: b.id,
    leadId: b.leadId,
    repId: b.repId,
    repName: b.rep.user.name ?? b.rep.user.email,
    status: b.status,
    start: b.startsAt.toISOString(),
    end: b.endsAt.toISOString(),
    timeZone: b.timeZone,
    title: b.title,
    location: b.location,
    isFallback: b.isFallback,
  };
}

/** The booking with its invite sequence and history (GET /bookings/{id}, the lead page, changes). */
export function bookingView(b: TBookingRow): TBookingView & { sequence: number; createdAt: string; cancelledAt: string | null } {
  return { ...bookingSummary(b), sequence: b.sequence, createdAt: b.createdAt.toISOString(), cancelledAt: b.cancelledAt?.toISOString() ?? null };
}
