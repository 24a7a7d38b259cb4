// Books a slot for a lead (the prospect by token, an integrator by API key, a rep from the lead
// page). Race-free:
//   load:   the lead, its meeting type, the rep's hours, time off and calendar busy (outside the
//           transaction: PGlite is one connection, keep it short);
//   decide: in one short transaction, under a per-rep advisory lock, the rep's confirmed bookings
//           are read again and the start must be one of the free slots (buffers, notice, horizon,
//           daily cap included);
//   save:   the booking, the lead's first contact, a "booked" event and the confirmation job
//           rows. The exclusion constraint Booking_rep_no_overlap is the last word: should two
//           processes pass the check at once, the second insert fails (23P01) and is a 409.
// A taken slot is answered with the rep's fresh slots, never an error without a way forward.
// A lead has one confirmed booking at most (checked again under a per-lead lock): the request that
// made it, sent again, is answered with it (isReplay; nothing saved or sent twice —
// domain/booking/same-booking-request.ts); another time answers the booking it already has.
import type { Db, DbTx } from "../../db/client";
import { meetingLocation } from "../../domain/booking/meeting-type";
import { isSameBookingRequest } from "../../domain/booking/same-booking-request";
import { AppError } from "../../errors";
import { exitEnrollments } from "../nurture/enrollment";
import { BOOKED_SPAN_SELECT, bookedSpanOf, loadAvailability, loadBookingReps, loadLeadBookingContext, cachedCalendarBusy, type TBookingRep, type TLeadBookingContext, type TLoadBusy } from "./booking-context";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { lockForFallback, reassignForBooking } from "./booking-fallback";
import { enqueueBookingNotice } from "./booking-jobs";
import { listSlots, type TSlotsResult } from "./list-slots";
import { horizonOf, slotsOf } from "./rep-slots";
import { recordLeadOutcome } from "../outcomes/record-lead-outcome";
import { acceptLeadInTx } from "../outcomes/accept-lead";
import { findLeadBooking, type TBookingView } from "./get-booking";

export interface TBookSlotInput {
  workspaceId: string;
  leadId: string;
  start: Date;
  /** The prospect's IANA zone (checked by the transport). */
  timeZone: string;
  /** "prospect", "api" or "rep:<userId>". */
  bookedBy: string;
  now: Date;
  loadBusy?: TLoadBusy;
  /** The next best rep the slots offered (fallback); absent = the lead's owner. */
  repId?: string;
}

export type { TBookingView };

export type TBookSlotResult =
  | { ok: true; booking: TBookingView; /** The lead's booking made by this same request before (a retry): nothing saved or sent again. */ isReplay: boolean }
  | { ok: false; slots: TSlotsResult; /** The lead's confirmed booking when that is why (another time was asked): reschedule or cancel it instead; null: the slot was taken. */ alreadyBooked: TBookingView | null };

export type TBookingDeps = Pick<TFollowUpDeps, "queue">;

export async function bookSlot(db: Db, deps: TBookingDeps, input: TBookSlotInput): Promise<TBookSlotResult> {
  const loadBusy = input.loadBusy ?? cachedCalendarBusy;
  // ── load ────────────────────────────────────────────────────────────────
  const ctx = await loadLeadBookingContext(db, input.workspaceId, input.leadId);
  const booked = ctx.booking ? await answerBooked(db, input, ctx, loadBusy) : null;
  if (booked) return booked;
  if (!ctx.meetingType.offersBooking) throw new AppError("CONFLICT", "Booking is not offered for this lead", [{ path: "leadId", message: "Not offered" }]);
  if (!ctx.ownerRepId) throw new AppError("CONFLICT", "The lead is not assigned to a rep yet: try again in a moment", [{ path: "leadId", message: "Not assigned yet" }]);
  const ownerRepId = ctx.ownerRepId;
  const isFallback = !!input.repId && input.repId !== ownerRepId;
  if (isFallback) {
    const offered = await listSlots(db, { workspaceId: input.workspaceId, leadId: input.leadId, timeZone: input.timeZone, now: input.now, loadBusy });
    if (offered.fallback?.rep.id !== input.repId) throw new AppError("CONFLICT", "That rep is not offered for this lead", [{ path: "repId", message: "Not offered" }]);
  }
  const [rep] = await loadBookingReps(db, input.workspaceId, [isFallback ? input.repId! : ownerRepId]);
  if (!rep?.isActive) throw new AppError("CONFLICT", "The lead's rep cannot take meetings", [{ path: "leadId", message: "Rep unavailable" }]);
  const window = horizonOf(ctx, input.now);
  const [outside] = await loadAvailability(db, input.workspaceId, [rep], window.from, window.to, loadBusy);
  await deps.queue.start();

  // ── decide + save ───────────────────────────────────────────────────────
  const end = new Date(input.start.getTime() + ctx.meetingType.durationMinutes * 60_000);
  let booking: TBookingView | null = null;
  try {
    booking = await db.$transaction(async (tx) => {
      if (isFallback) await lockForFallback(tx, { workspaceId: input.workspaceId, leadId: input.leadId, ownerRepId });
      // One booking per lead: the same request twice at once (or with two reps) books once.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`booking-lead:${input.leadId}`}))`;
      if ((await tx.booking.count({ where: { workspaceId: input.workspaceId, leadId: input.leadId, status: "CONFIRMED" } })) > 0) return null;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`booking:${rep.id}`}))`;
      const bookings = await tx.booking.findMany({ where: { workspaceId: input.workspaceId, repId: rep.id, status: "CONFIRMED", startsAt: { lt: window.to }, endsAt: { gt: window.from } }, select: BOOKED_SPAN_SELECT });
      const free = slotsOf(ctx, { rep, busy: outside?.busy ?? [], bookings: bookings.map(bookedSpanOf) }, input.now, input.start, new Date(input.start.getTime() + 1));
      if (free[0]?.start.getTime() !== input.start.getTime()) return null;
      const fallbackAssignmentId = isFallback ? await reassignForBooking(tx, deps, { workspaceId: input.workspaceId, leadId: input.leadId, fromRepId: ownerRepId, toRepId: rep.id, windowDays: ctx.meetingType.ownerWindowDays, now: input.now }) : null;
      return saveBooking(tx, deps, { ctx, rep, input, end, isFallback, fallbackAssignmentId });
    });
  } catch (error) {
    if (!isOverlapViolation(error)) throw error;
  }
  if (booking) return { ok: true, booking, isReplay: false };
  return (await answerBooked(db, input, ctx, loadBusy)) ?? { ok: false, slots: await listSlots(db, { workspaceId: input.workspaceId, leadId: input.leadId, timeZone: input.timeZone, now: input.now, loadBusy }), alreadyBooked: null };
}

/** The lead's confirmed booking, when it has one: the same request again is answered with it, another is refused naming it. Null: none (any more). */
async function answerBooked(db: Db, input: TBookSlotInput, ctx: TLeadBookingContext, loadBusy: TLoadBusy): Promise<TBookSlotResult | null> {
  const existing = await findLeadBooking(db, input.workspaceId, input.leadId);
  if (!existing) return null;
  if (isSameBookingRequest(existing, { start: input.start, meetingTypeId: ctx.meetingType.id, repId: input.repId })) return { ok: true, booking: existing.view, isReplay: true };
  return { ok: false, slots: await listSlots(db, { workspaceId: input.workspaceId, leadId: input.leadId, timeZone: input.timeZone, now: input.now, loadBusy }), alreadyBooked: existing.view };
}

async function saveBooking(tx: DbTx, deps: TBookingDeps, args: { ctx: TLeadBookingContext; rep: TBookingRep; input: TBookSlotInput; end: Date; isFallback: boolean; fallbackAssignmentId: string | null }): Promise<TBookingView> {
  const { ctx, rep, input, end, isFallback } = args;
  const { workspaceId, leadId, now } = input;
  await exitEnrollments(tx, { workspaceId, leadIds: [leadId], reason: "booked", now });
  const created = await tx.booking.create({
    data: {
      workspaceId,
      leadId,
      repId: rep.id,
      meetingTypeId: ctx.meetingType.id,
      startsAt: input.start,
      endsAt: end,
      timeZone: input.timeZone,
      title: `${ctx.meetingType.title} with ${rep.name}`.slice(0, 200),
      bookedBy: input.bookedBy,
      isFallback,
      createdAt: now,
    },
    select: { id: true },
  });
  const location = meetingLocation(ctx.meetingType, { rep: rep.name, booking: created.id });
  await tx.booking.update({ where: { id: created.id }, data: { location } });
  // A meeting booked is first contact (speed-to-lead), and the owner's acceptance of the lead.
  await tx.lead.updateMany({ where: { id: leadId, workspaceId, firstContactAt: null }, data: { firstContactAt: now } });
  const byUserId = bookedByUserId(input.bookedBy);
  // The booked rep's waiting assignment (the owner's, or the next best rep's made just now) is accepted; an accepted one is not again.
  const assignmentId = args.fallbackAssignmentId ?? ctx.assignmentId;
  if (assignmentId) {
    const how = { via: "booking" as const, bookingId: created.id, bookedBy: input.bookedBy, byUserId };
    await acceptLeadInTx(tx, { workspaceId, leadId, assignmentId, how, now }, { webhooks: deps.queue });
  }
  // The lifecycle's MEETING_BOOKED (the "booked" event below is its timeline entry).
  const actor = { kind: "system" as const, userId: byUserId };
  await recordLeadOutcome(tx, { workspaceId, leadId, stage: "MEETING_BOOKED", source: "BOOKING", occurredAt: now, now, actor, timeline: false }, { webhooks: deps.queue });
  await tx.leadEvent.create({
    data: { leadId, workspaceId, type: "booked", data: { bookingId: created.id, repId: rep.id, startsAt: input.start.toISOString(), endsAt: end.toISOString(), bookedBy: input.bookedBy, isFallback }, createdAt: now },
  });
  await enqueueBookingNotice(tx, deps, { bookingId: created.id, workspaceId, change: "created", sequence: 0 }, { at: now });
  return { id: created.id, leadId, repId: rep.id, repName: rep.name, status: "CONFIRMED", start: input.start.toISOString(), end: end.toISOString(), timeZone: input.timeZone, title: `${ctx.meetingType.title} with ${rep.name}`, location, isFallback };
}

/** "rep:<userId>" → the user; the prospect and the API are nobody. */
function bookedByUserId(bookedBy: string): string | null {
  return bookedBy.startsWith("rep:") ? bookedBy.slice(4) : null;
}

/** The exclusion constraint refused an overlapping confirmed booking (SQLSTATE 23P01). */
export function isOverlapViolation(error: unknown): boolean {
  const text = (e: unknown): string => {
    if (!e || typeof e !== "object") return "";
    const o = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    return `${String(o.code ?? "")} ${String(o.message ?? "")} ${JSON.stringify(o.meta ?? "")} ${o.cause && o.cause !== e ? text(o.cause) : ""}`;
  };
  const all = text(error);
  return all.includes("23P01") || all.includes("Booking_rep_no_overlap");
}
