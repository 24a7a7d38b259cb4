// Rescheduling and cancelling a booking: the prospect (signed manage link), a rep or manager (lead
// page), an integrator. Load → decide → save in one short transaction, like bookSlot: a new time
// must be one of the rep's free slots (this booking's own time left out), checked under the
// per-rep lock, and the exclusion constraint is the last word (409 with fresh slots). Each change
// bumps the invite's SEQUENCE, writes a lead event and the "booking.notify" job row (invites with
// METHOD:REQUEST or METHOD:CANCEL to both sides, and the rep's CalDAV calendar). Cancelling the
// lead's last meeting while it is at "meeting booked" moves it back (outcomes/meeting-cancelled.ts);
// rescheduling keeps the stage. A meeting that has started is neither moved nor cancelled (a 409 at
// bookingId; no slots are offered for it): domain/booking/meeting-started.ts.
import type { Db, DbTx } from "../../db/client";
import { slotsByDay, type TSlotDay } from "../../domain/booking/slot-days";
import { hasMeetingStarted, MEETING_STARTED_MESSAGE } from "../../domain/booking/meeting-started";
import { AppError } from "../../errors";
import { BOOKED_SPAN_SELECT, bookedSpanOf, cachedCalendarBusy, loadAvailability, loadBookingReps, loadLeadBookingContext, type TLoadBusy } from "./booking-context";
import { enqueueBookingNotice, type TBookingJobQueue } from "./booking-jobs";
import { recordMeetingCancelled } from "../outcomes/meeting-cancelled";
import { isOverlapViolation } from "./book-slot";
import { bookingView } from "./get-booking";
import { horizonOf, slotsOf } from "./rep-slots";

export interface TChangeBookingDeps {
  queue: TBookingJobQueue;
}

interface TBookingRef {
  workspaceId: string;
  bookingId: string;
  /** "prospect", "api" or "rep:<userId>". */
  by: string;
  now: Date;
}

async function confirmedBooking(db: Db | DbTx, ref: TBookingRef) {
  const booking = await db.booking.findFirst({ where: { id: ref.bookingId, workspaceId: ref.workspaceId }, include: { rep: { select: { user: { select: { name: true, email: true } } } } } });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found");
  if (booking.status !== "CONFIRMED") throw new AppError("CONFLICT", "This meeting was cancelled", [{ path: "bookingId", message: "Cancelled" }]);
  return booking;
}

/** Only a meeting that has not started yet may be moved or cancelled: a 409 at bookingId otherwise. */
function refuseStarted(booking: { startsAt: Date }, now: Date): void {
  if (hasMeetingStarted(booking.startsAt, now)) throw new AppError("CONFLICT", MEETING_STARTED_MESSAGE, [{ path: "bookingId", message: "Already started" }]);
}

export async function cancelBooking(db: Db, deps: TChangeBookingDeps, ref: TBookingRef & { reason?: string }) {
  await deps.queue.start();
  return db.$transaction(async (tx) => {
    const booking = await confirmedBooking(tx, ref);
    refuseStarted(booking, ref.now);
    const updated = await tx.booking.update({
      where: { id: booking.id },
      data: { status: "CANCELLED", cancelledAt: ref.now, cancelReason: ref.reason?.slice(0, 500) ?? null, sequence: { increment: 1 } },
      include: { rep: { select: { user: { select: { name: true, email: true } } } } },
    });
    await tx.leadEvent.create({ data: { leadId: booking.leadId, workspaceId: ref.workspaceId, type: "booking_cancelled", data: { bookingId: booking.id, repId: booking.repId, by: ref.by }, createdAt: ref.now } });
    await enqueueBookingNotice(tx, deps, { bookingId: booking.id, workspaceId: ref.workspaceId, change: "cancelled", sequence: updated.sequence }, { at: ref.now });
    // The lead's last meeting gone while it is at "meeting booked": back to its stage before the booking (and lead.outcome).
    await recordMeetingCancelled(tx, { workspaceId: ref.workspaceId, leadId: booking.leadId, by: ref.by, now: ref.now }, { webhooks: deps.queue });
    return bookingView(updated);
  });
}

/**
 * The booking's rep's free slots for moving it: its own time counts as free (a move by a quarter
 * of an hour overlaps it), but the time it already has is not offered.
 */
export async function rescheduleSlots(db: Db, ref: Omit<TBookingRef, "by"> & { timeZone: string; loadBusy?: TLoadBusy }): Promise<TSlotDay[]> {
  const { booking, free } = await freeSlotsFor(db, ref);
  return hasMeetingStarted(booking.startsAt, ref.now) ? [] : slotsByDay(free, ref.timeZone); // started: nowhere to move it
}

async function freeSlotsFor(db: Db, ref: Omit<TBookingRef, "by"> & { loadBusy?: TLoadBusy }, window?: { from: Date; to: Date }) {
  const booking = await confirmedBooking(db, { ...ref, by: "" });
  const ctx = await loadLeadBookingContext(db, ref.workspaceId, booking.leadId);
  const [rep] = await loadBookingReps(db, ref.workspaceId, [booking.repId]);
  if (!rep) throw new AppError("CONFLICT", "The rep of this meeting is no longer in the workspace");
  const horizon = horizonOf(ctx, ref.now);
  const [availability] = await loadAvailability(db, ref.workspaceId, [rep], horizon.from, horizon.to, ref.loadBusy ?? cachedCalendarBusy);
  const own = (s: { startsAt: Date; endsAt: Date }) => s.startsAt.getTime() === booking.startsAt.getTime() && s.endsAt.getTime() === booking.endsAt.getTime();
  const others = { rep, busy: availability?.busy ?? [], bookings: (availability?.bookings ?? []).filter((b) => !own(b)) };
  const free = slotsOf(ctx, others, ref.now, window?.from, window?.to).filter((slot) => slot.start.getTime() !== booking.startsAt.getTime());
  return { booking, ctx, rep, horizon, others, free };
}

export type TRescheduleResult = { ok: true; booking: ReturnType<typeof bookingView> } | { ok: false; days: TSlotDay[] };

export async function rescheduleBooking(db: Db, deps: TChangeBookingDeps, ref: TBookingRef & { start: Date; timeZone?: string; loadBusy?: TLoadBusy }): Promise<TRescheduleResult> {
  const { booking, ctx, rep, horizon, others } = await freeSlotsFor(db, ref);
  refuseStarted(booking, ref.now);
  // Moving to the time it has already is done: nothing changes, no invite is sent again.
  if (ref.start.getTime() === booking.startsAt.getTime() && (!ref.timeZone || ref.timeZone === booking.timeZone)) return { ok: true, booking: bookingView(booking) };
  const end = new Date(ref.start.getTime() + ctx.meetingType.durationMinutes * 60_000);
  await deps.queue.start();
  let updated: ReturnType<typeof bookingView> | null = null;
  try {
    updated = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`booking:${rep.id}`}))`;
      const bookings = await tx.booking.findMany({ where: { workspaceId: ref.workspaceId, repId: rep.id, status: "CONFIRMED", id: { not: booking.id }, startsAt: { lt: horizon.to }, endsAt: { gt: horizon.from } }, select: BOOKED_SPAN_SELECT });
      const free = slotsOf(ctx, { ...others, bookings: bookings.map(bookedSpanOf) }, ref.now, ref.start, new Date(ref.start.getTime() + 1));
      if (free[0]?.start.getTime() !== ref.start.getTime()) return null;
      const row = await tx.booking.update({
        where: { id: booking.id, status: "CONFIRMED" },
        data: { startsAt: ref.start, endsAt: end, sequence: { increment: 1 }, ...(ref.timeZone ? { timeZone: ref.timeZone } : {}) },
        include: { rep: { select: { user: { select: { name: true, email: true } } } } },
      });
      await tx.leadEvent.create({
        data: { leadId: booking.leadId, workspaceId: ref.workspaceId, type: "booking_rescheduled", data: { bookingId: booking.id, repId: rep.id, from: booking.startsAt.toISOString(), startsAt: ref.start.toISOString(), endsAt: end.toISOString(), by: ref.by }, createdAt: ref.now },
      });
      await enqueueBookingNotice(tx, deps, { bookingId: booking.id, workspaceId: ref.workspaceId, change: "rescheduled", sequence: row.sequence }, { at: ref.now, previous: { startsAt: booking.startsAt, endsAt: booking.endsAt } });
      return bookingView(row);
    });
  } catch (error) {
    if (!isOverlapViolation(error)) throw error;
  }
  if (updated) return { ok: true, booking: updated };
  return { ok: false, days: await rescheduleSlots(db, { ...ref, timeZone: ref.timeZone ?? booking.timeZone }) };
}
