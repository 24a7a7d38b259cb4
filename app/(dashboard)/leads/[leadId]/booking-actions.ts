"use server";
// The lead page's meeting actions: the meeting's rep, managers, admins and owners cancel it or
// move it to another free slot of the rep (the services check the slot; invites follow as jobs).
import { redirect } from "next/navigation";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { cancelBooking, rescheduleBooking } from "@/server/services/bookings/change-booking";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now } from "@/server/time/clock";

async function permitted(bookingId: string) {
  const { user, workspace } = await requireMember();
  const db = await getDb();
  const booking = await db.booking.findFirst({ where: { id: bookingId, workspaceId: workspace.id }, select: { id: true, leadId: true, rep: { select: { userId: true } } } });
  if (!booking) return null;
  const isManager = ["OWNER", "ADMIN", "MANAGER"].includes(workspace.role);
  if (!isManager && booking.rep.userId !== user.id) return null;
  return { db, booking, workspaceId: workspace.id, by: `rep:${user.id}` };
}

export async function cancelFromLeadPage(form: FormData): Promise<void> {
  const found = await permitted(String(form.get("bookingId") ?? ""));
  if (!found) redirect("/leads");
  try {
    await cancelBooking(found.db, await getAppFollowUpDeps(), { workspaceId: found.workspaceId, bookingId: found.booking.id, by: found.by, now: now() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  redirect(`/leads/${found.booking.leadId}`);
}

export async function rescheduleFromLeadPage(form: FormData): Promise<void> {
  const found = await permitted(String(form.get("bookingId") ?? ""));
  if (!found) redirect("/leads");
  const start = new Date(String(form.get("start") ?? ""));
  let note = "";
  if (Number.isFinite(start.getTime())) {
    try {
      const result = await rescheduleBooking(found.db, await getAppFollowUpDeps(), { workspaceId: found.workspaceId, bookingId: found.booking.id, start, by: found.by, now: now() });
      if (!result.ok) note = "?meeting=taken";
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  redirect(`/leads/${found.booking.leadId}${note}`);
}
