// How long a booking end screen waits for a deferred routing decision before it tells the
// prospect "we'll email you a link to book" (components/booking/booking-panel.tsx asks for slots
// once a second for this long). A lead routed later than this after it was submitted gets the
// booking link by email (services/bookings/late-booking-link.ts). Pure.
export const END_SCREEN_WAIT_MS = 10_000;

/** Whether the end screen had given up waiting when the lead was routed. */
export function hasEndScreenGivenUp(submittedAt: Date, routedAt: Date): boolean {
  return routedAt.getTime() - submittedAt.getTime() >= END_SCREEN_WAIT_MS;
}
