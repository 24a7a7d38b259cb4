"use server";
// The prospect's manage link's POSTs: cancel, or move to another free slot. The signed token is
// verified again; the page then shows the booking's state from the database.
import { redirect } from "next/navigation";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { verifyBookingToken } from "@/server/services/bookings/booking-token";
import { cancelBooking, rescheduleBooking } from "@/server/services/bookings/change-booking";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now as clockNow } from "@/server/time/clock";

async function bookingOf(token: string, now: Date) {
  const secret = env().AUTH_SECRET;
  const check = secret ? verifyBookingToken(token, secret, now) : null;
  if (!check?.ok || check.kind !== "manage") return null;
  const db = await getDb();
  const booking = await db.booking.findUnique({ where: { id: check.id }, select: { id: true, workspaceId: true } });
  return booking ? { db, booking } : null;
}

export async function cancelFromLink(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const now = clockNow();
  const found = await bookingOf(token, now);
  if (found) {
    try {
      await cancelBooking(found.db, await getAppFollowUpDeps(), { workspaceId: found.booking.workspaceId, bookingId: found.booking.id, by: "prospect", now });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  redirect(`/b/${encodeURIComponent(token)}`);
}

export async function rescheduleFromLink(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const start = new Date(String(form.get("start") ?? ""));
  const now = clockNow();
  const found = await bookingOf(token, now);
  let note = "";
  if (found && Number.isFinite(start.getTime())) {
    try {
      const result = await rescheduleBooking(found.db, await getAppFollowUpDeps(), { workspaceId: found.booking.workspaceId, bookingId: found.booking.id, start, by: "prospect", now });
      note = result.ok ? "?moved=1" : "?taken=1";
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  redirect(`/b/${encodeURIComponent(token)}${note}`);
}
