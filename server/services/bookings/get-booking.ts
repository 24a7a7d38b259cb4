// One booking as the API and the lead page show it (scoped to the workspace).
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";
import type { TBookingView } from "./book-slot";

export async function getBooking(db: Db | DbTx, workspaceId: string, id: string): Promise<TBookingView & { sequence: number; createdAt: string; cancelledAt: string | null }> {
  const b = await db.booking.findFirst({ where: { id, workspaceId }, include: { rep: { select: { user: { select: { name: true, email: true } } } } } });
  if (!b) throw new AppError("NOT_FOUND", "Booking not found");
  return bookingView(b);
}

export function bookingView(b: {
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
}) {
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
    sequence: b.sequence,
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
  };
}
