// A meeting that has started (or is over) is what happened: it is no longer moved or cancelled —
// by the prospect's manage link (valid until a day after the meeting), the lead page or any other
// way. Cancelling it would email both sides a cancellation of a meeting that took place and move
// the lead's stage back; a new meeting is booked instead. Pure.

export const MEETING_STARTED_MESSAGE = "This meeting has already started, so it can no longer be moved or cancelled";

/** Whether the meeting starting at `startsAt` has started by `now` (its start counts as started). */
export function hasMeetingStarted(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() <= now.getTime();
}
