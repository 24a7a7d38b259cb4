// Booking asked for a lead that already has a confirmed booking: is it the request that made that
// booking, sent again (a retry after a lost response, the prospect's "try again", a double click)?
// Then it is answered with that booking and nothing is saved or sent twice; any other request —
// another time, another meeting type, another rep — is a conflict that names the booking
// (reschedule or cancel it instead). The prospect's time zone is not compared: it only labels times.
// A booking with the next best rep replaced the lead's route (a BOOKING_FALLBACK assignment names no
// path or team), so the meeting type that applies now is not the one it was booked under: the
// request must name that rep instead. Pure.

export interface TExistingBooking {
  startsAt: Date;
  repId: string;
  /** Null when its meeting type was deleted since, or the built-in default applied. */
  meetingTypeId: string | null;
  /** Booked with the next best rep (the lead moved to them). */
  isFallback: boolean;
}

export interface TBookingRequest {
  start: Date;
  /** The meeting type that applies to the lead now (null: the built-in default). */
  meetingTypeId: string | null;
  /** The next best rep asked for, if any (absent: the lead's owner, whoever it is now). */
  repId?: string;
}

export function isSameBookingRequest(existing: TExistingBooking, request: TBookingRequest): boolean {
  if (existing.startsAt.getTime() !== request.start.getTime()) return false;
  if (existing.isFallback) return request.repId === existing.repId;
  if (existing.meetingTypeId !== request.meetingTypeId) return false;
  return request.repId === undefined || request.repId === existing.repId;
}
