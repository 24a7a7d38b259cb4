// What a booking end screen shows below its title: the assigned rep's calendar (the submission's
// answer carried a booking token), the editor's placeholder (preview), or — when there is no one to
// book with (the lead waits in the backup queue, is nurtured or disqualified, or the meeting type
// offers no booking) — a line saying how the conversation goes on, so the prospect is never left
// with "pick a time" and nothing to pick. Other end screens show nothing here. Once the calendar
// shows the prospect's booking, the screen's own title and text (the "pick a time" prompt) go:
// the booking is what the screen says.
import type { TSubmissionOutcome } from "@/server/domain/forms/submission-contract";

export type TEndScreenBooking = "calendar" | "preview" | "unavailable" | null;

export const NO_BOOKING_MESSAGE = "There are no times to pick here right now. We'll follow up by email.";

export function endScreenBooking(outcome: TSubmissionOutcome, bookingToken: string | null, isPreview: boolean): TEndScreenBooking {
  if (outcome.type !== "booking") return null;
  if (isPreview) return "preview";
  return bookingToken ? "calendar" : "unavailable";
}

/** Whether the end screen shows its outcome's title and text: not over a booking already made. */
export function showsOutcomeText(booking: TEndScreenBooking, isBooked: boolean): boolean {
  return !(booking === "calendar" && isBooked);
}
