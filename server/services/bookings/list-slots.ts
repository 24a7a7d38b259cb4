// The slots a lead may book: its owner's free slots under the meeting type of the path/team that
// routed it, grouped by day in the prospect's zone. Load (lead, meeting type, the rep's hours,
// time off, calendar busy, bookings) → decide (domain/booking/free-slots.ts) → nothing saved.
import type { Db, DbTx } from "../../db/client";
import { slotsByDay, type TSlotDay } from "../../domain/booking/slot-days";
import type { TMeetingLocationKind } from "../../domain/booking/meeting-type";
import { findFallbackOffer, ownerHasTimeSoon } from "./next-best-rep";
import { horizonOf, slotsOf } from "./rep-slots";
import { initialsOf, loadAvailability, loadBookingReps, loadLeadBookingContext, cachedCalendarBusy, type TLoadBusy, type TRepAvailability } from "./booking-context";

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
   * yet (ask again shortly). queued: the lead waits in the backup queue for a person to take it —
   * nothing to book now; the prospect is emailed a link to book once a rep has it
   * (late-booking-link.ts). unavailable: this lead is not offered booking. booked: it has a
   * confirmed booking (`booking`).
   */
  status: "ready" | "pending" | "queued" | "unavailable" | "booked";
  leadId: string;
  /** The zone the days and labels are in (the prospect's). */
  timeZone: string;
  meetingType: { title: string; durationMinutes: number; locationKind: TMeetingLocationKind } | null;
  rep: TOfferedRep | null;
  days: TSlotDay[];
  booking: { id: string; repId: string; start: string; end: string } | null;
  /**
   * ★ The owner has no slot within the meeting type's window: the next best rep (the routing
   * decided again without the owner) and their slots; booking with them (`repId`) moves the lead.
   */
  fallback: { rep: TOfferedRep; days: TSlotDay[]; message: string } | null;
  /** The owner has no time soon and nobody else qualifies: the prospect may leave a preferred time. */
  canRequestTime: boolean;
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
    fallback: null,
    canRequestTime: false,
  };
  if (ctx.booking) {
    const b = ctx.booking;
    const [rep] = await loadBookingReps(db, input.workspaceId, [b.repId]);
    return { ...base, status: "booked", rep: rep ? offeredRep(rep) : null, booking: { id: b.id, repId: b.repId, start: b.startsAt.toISOString(), end: b.endsAt.toISOString() } };
  }
  if (!meetingType.offersBooking) return { ...base, status: "unavailable", meetingType: null };
  // A current assignment without a rep: the backup queue (no routing is running to wait for).
  if (!ctx.ownerRepId) return { ...base, status: ctx.assignmentId ? "queued" : "pending" };
  const [owner] = await loadBookingReps(db, input.workspaceId, [ctx.ownerRepId]);
  if (!owner) return { ...base, status: "unavailable" };
  const window = horizonOf(ctx, input.now);
  const [availability] = await loadAvailability(db, input.workspaceId, [owner], window.from, window.to, input.loadBusy ?? cachedCalendarBusy);
  const loadBusy = input.loadBusy ?? cachedCalendarBusy;
  const all = owner.isActive && availability ? slotsOf(ctx, availability, input.now) : [];
  const from = input.from?.getTime() ?? -Infinity;
  const days = (slots: typeof all) => slotsByDay(slots.filter((s) => s.start.getTime() >= from), input.timeZone);
  const result = { ...base, rep: offeredRep(owner), days: days(all) };
  if (availability && owner.isActive && ownerHasTimeSoon(ctx, availability, all, input.now)) return result;
  const offer = await findFallbackOffer(db, ctx, input.now, loadBusy);
  if (!offer) return { ...result, canRequestTime: true };
  const first = (name: string) => name.split(/\s+/)[0] ?? name;
  const message = `${first(owner.name)} is fully booked for the next ${ctx.meetingType.ownerWindowDays} working days — meet ${first(offer.rep.name)}${offer.pathName ? `, who also covers ${offer.pathName}` : ""}.`;
  return { ...result, fallback: { rep: offeredRep(offer.rep), days: days(offer.slots), message } };
}
