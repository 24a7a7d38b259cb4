// One rep's free slots for a lead's meeting type, and the window bookings are read over: shared by
// listing, booking, moving and the next best rep.
import { freeSlots } from "../../domain/booking/free-slots";
import type { TLeadBookingContext, TRepAvailability } from "./booking-context";

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
