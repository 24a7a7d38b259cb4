// The slots a lead may book: its owner's free slots under the meeting type of the path/team that
// routed it, grouped by day in the prospect's zone. Load (lead, meeting type, the rep's hours,
// time off, calendar busy, bookings) → decide (domain/booking/free-slots.ts) → nothing saved.
import type { Db, DbTx } from "../../db/client";
import { freeSlots } from "../../domain/booking/free-slots";
import { slotsByDay, type TSlotDay } from "../../domain/booking/slot-days";
import type { TMeetingLocationKind } from "../../domain/booking/meeting-type";
import { initialsOf, loadAvailability, loadBookingReps, loadLeadBookingContext, cachedCalendarBusy, type TLeadBookingContext, type TLoadBusy, type TRepAvailability } from "./booking-context";

export interface TOfferedRep {
  id: string;
  name: string;
  initials: string;
  title: string;
  timeZone: string;
}

export interface TSlotsResult {
  /**
   * ready: `days` holds the rep's slots (possibly none). pending: the lead is not routed to a rep
   * yet (ask again shortly). unavailable: this lead is not offered booking. booked: it has a
   * confirmed booking (`booking`).
   */
  status: "ready" | "pending" | "unavailable" | "booked";
  leadId: string;
  /** The zone the days and labels are in (the prospect's). */
  timeZone: string;
  meetingType: { title: string; durationMinutes: number; locationKind: TMeetingLocationKind } | null;
  rep: TOfferedRep | null;
  days: TSlotDay[];
  booking: { id: string; repId: string; start: string; end: string } | null;
}

export interface TListSlotsInput {
  workspaceId: string;
  leadId: string;
  /** The prospect's IANA zone (checked by the transport). */
  timeZone: string;
  /** Slots from this instant (default now). */
  from?: Date;
  now: Date;
  loadBusy?: TLoadBusy;
}

export function offeredRep(rep: TRepAvailability["rep"]): TOfferedRep {
  return { id: rep.id, name: rep.name, initials: initialsOf(rep.name), title: rep.title, timeZone: rep.timeZone };
}

/** The free slots of one rep for a lead's meeting type (horizon from now). */
export function slotsOf(ctx: TLeadBookingContext, availability: TRepAvailability, now: Date, from?: Date, to?: Date) {
  return freeSlots({
    timeZone: availability.rep.timeZone,
    workingHours: availability.rep.workingHours,
    busy: availability.busy,
    bookings: availability.bookings,
    rules: ctx.meetingType,
    now,
    from,
    to,
  });
}

export function horizonOf(ctx: TLeadBookingContext, now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - 24 * 3600_000), to: new Date(now.getTime() + (ctx.meetingType.horizonDays + 1) * 24 * 3600_000) };
}

export async function listSlots(db: Db | DbTx, input: TListSlotsInput): Promise<TSlotsResult> {
  const ctx = await loadLeadBookingContext(db, input.workspaceId, input.leadId);
  const { meetingType } = ctx;
  const base: TSlotsResult = {
    status: "ready",
    leadId: ctx.leadId,
    timeZone: input.timeZone,
    meetingType: { title: meetingType.title, durationMinutes: meetingType.durationMinutes, locationKind: meetingType.locationKind },
    rep: null,
    days: [],
    booking: null,
  };
  if (ctx.booking) {
    const b = ctx.booking;
    const [rep] = await loadBookingReps(db, input.workspaceId, [b.repId]);
    return { ...base, status: "booked", rep: rep ? offeredRep(rep) : null, booking: { id: b.id, repId: b.repId, start: b.startsAt.toISOString(), end: b.endsAt.toISOString() } };
  }
  if (!meetingType.offersBooking) return { ...base, status: "unavailable", meetingType: null };
  if (!ctx.ownerRepId) return { ...base, status: "pending" };
  const [owner] = await loadBookingReps(db, input.workspaceId, [ctx.ownerRepId]);
  if (!owner) return { ...base, status: "unavailable" };
  const window = horizonOf(ctx, input.now);
  const [availability] = await loadAvailability(db, input.workspaceId, [owner], window.from, window.to, input.loadBusy ?? cachedCalendarBusy);
  const slots = owner.isActive && availability ? slotsOf(ctx, availability, input.now, input.from) : [];
  return { ...base, rep: offeredRep(owner), days: slotsByDay(slots, input.timeZone) };
}
