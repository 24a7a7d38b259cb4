// How long a booking end screen waits for a deferred routing decision before it tells the
// prospect "we'll email you a link to book" (components/booking/booking-panel.tsx asks for slots
// once a second for this long). A lead routed later than this after it was submitted gets the
// booking link by email (services/bookings/late-booking-link.ts). Pure.
export const END_SCREEN_WAIT_MS = 10_000;

/** Whether the end screen had given up waiting when the lead was routed. */
export function hasEndScreenGivenUp(submittedAt: Date, routedAt: Date): boolean {
  return routedAt.getTime() - submittedAt.getTime() >= END_SCREEN_WAIT_MS;
}

export interface TAssignmentStep {
  kind: string;
  repId: string | null;
  assignedAt: Date;
}

/**
 * Whether the prospect on a booking end screen was left without a rep to book with, so was told
 * "we'll email you a link to book": the lead waited in the backup queue (a FALLBACK assignment —
 * at submit, after a late routing, or when an SLA reassignment found nobody), or its first owner
 * came after the end screen stopped waiting. `assignments` are the lead's, up to the one now given.
 */
export function wasPromisedBookingLink(submittedAt: Date, assignments: readonly TAssignmentStep[]): boolean {
  if (assignments.some((a) => a.kind === "FALLBACK")) return true;
  const withRep = assignments.filter((a) => a.repId !== null).sort((a, b) => a.assignedAt.getTime() - b.assignedAt.getTime());
  const first = withRep[0];
  return first !== undefined && hasEndScreenGivenUp(submittedAt, first.assignedAt);
}
