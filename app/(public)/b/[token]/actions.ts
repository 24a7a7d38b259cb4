"use server";
// The prospect's manage link's POSTs: cancel, or move to another free slot. The signed token is
// verified again; the page then shows the booking's state from the database, in the zone the
// prospect picked there (a `tz` the "Times in" menu offers is kept in the address; any other is dropped).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/server/api/rest/client-ip";
import { appRateLimits } from "@/server/services/rate-limit/rate-limits";
import { RateLimitError } from "@/server/services/rate-limit/rate-limit-error";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { verifyBookingToken } from "@/server/services/bookings/booking-token";
import { cancelBooking, rescheduleBooking } from "@/server/services/bookings/change-booking";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now as clockNow } from "@/server/time/clock";
import { listTimeZones } from "@/server/domain/reps/time-zone";
import { askedTimeZone } from "@/server/domain/time/asked-time-zone";
import { offeredTimeZones } from "@/server/domain/time/time-zone-choices";

/** The manage page again, with `note` (moved=1, taken=1) and the zone the prospect picked there. */
function backTo(token: string, form: FormData, note: Record<string, string> = {}): string {
  const tz = askedTimeZone(form.get("tz"), offeredTimeZones(listTimeZones()));
  const search = new URLSearchParams({ ...note, ...(tz ? { tz } : {}) }).toString();
  return `/b/${encodeURIComponent(token)}${search ? `?${search}` : ""}`;
}

/** Public POSTs: each counts against the caller's address (the booking API's write limit); over it, nothing changes. */
async function isWithinLimit(): Promise<boolean> {
  try {
    await appRateLimits().bookingWrite.consume(clientIp(await headers()));
    return true;
  } catch (error) {
    if (error instanceof RateLimitError) return false;
    throw error;
  }
}

async function bookingOf(token: string, now: Date) {
  if (!(await isWithinLimit())) return null;
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
  redirect(backTo(token, form));
}

export async function rescheduleFromLink(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const start = new Date(String(form.get("start") ?? ""));
  const now = clockNow();
  const found = await bookingOf(token, now);
  let note: Record<string, string> = {};
  if (found && Number.isFinite(start.getTime())) {
    try {
      const result = await rescheduleBooking(found.db, await getAppFollowUpDeps(), { workspaceId: found.booking.workspaceId, bookingId: found.booking.id, start, by: "prospect", now });
      note = result.ok ? { moved: "1" } : { taken: "1" };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  redirect(backTo(token, form, note));
}
