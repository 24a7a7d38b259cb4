import { describe, expect, it } from "vitest";
import type { TSubmissionOutcome } from "@/server/domain/forms/submission-contract";
import { endScreenBooking, showsOutcomeText, type TEndScreenBooking } from "./end-screen-booking";

const booking: TSubmissionOutcome = { type: "booking", title: "Let's talk", body: "Pick a time with your specialist" };
const message: TSubmissionOutcome = { type: "message", title: "Thanks", body: "" };

describe("endScreenBooking", () => {
  it.each<[string, TSubmissionOutcome, string | null, boolean, TEndScreenBooking]>([
    ["a booking screen with a token: the calendar", booking, "t.s", false, "calendar"],
    ["a booking screen without a token (backup queue, nurture, no booking): says so", booking, null, false, "unavailable"],
    ["the editor's preview: the placeholder, token or not", booking, null, true, "preview"],
    ["a message screen: nothing", message, null, false, null],
    ["a message screen never shows a calendar, token or not", message, "t.s", false, null],
  ])("%s", (_, outcome, token, isPreview, expected) => {
    expect(endScreenBooking(outcome, token, isPreview)).toBe(expected);
  });
});

describe("showsOutcomeText: the 'pick a time' prompt goes once the booking is shown", () => {
  it.each<[TEndScreenBooking, boolean, boolean]>([
    ["calendar", false, true],
    ["calendar", true, false],
    ["unavailable", false, true],
    ["preview", false, true],
    [null, false, true],
  ])("%s, booked %s → %s", (booking, isBooked, expected) => expect(showsOutcomeText(booking, isBooked)).toBe(expected));
});
