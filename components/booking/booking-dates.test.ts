import { describe, expect, it } from "vitest";
import { dayKeyLabel, meetingWhen } from "./booking-dates";

describe("dayKeyLabel: a slot day's heading on the booking pages", () => {
  it.each<[string, string]>([
    ["2026-12-07", "Monday 7 December"],
    ["2026-12-31", "Thursday 31 December"],
    ["2027-01-01", "Friday 1 January"],
    ["2028-02-29", "Tuesday 29 February"],
    ["not-a-day", "not-a-day"],
  ])("%s → %s", (key, expected) => expect(dayKeyLabel(key)).toBe(expected));

});

describe("meetingWhen: the booked meeting's time on the end screen, made now or found again (a reload)", () => {
  it.each<[string, string, string]>([
    // The zone named as the "Times in" menu names it, with its offset on the meeting's day.
    ["2026-12-07T15:00:00.000Z", "Europe/Berlin", "Monday 7 December at 16:00, Berlin (GMT+1)"],
    ["2026-07-06T14:00:00.000Z", "Europe/Berlin", "Monday 6 July at 16:00, Berlin (GMT+2)"],
    // The prospect's day, not UTC's: 21:30 in New York is already Tuesday in UTC.
    ["2026-12-08T02:30:00.000Z", "America/New_York", "Monday 7 December at 21:30, New York (GMT−5)"],
    ["2026-12-07T09:00:00.000Z", "Asia/Kolkata", "Monday 7 December at 14:30, Kolkata (GMT+5:30)"],
    ["not-a-time", "Europe/Berlin", "not-a-time"],
  ])("%s in %s → %s", (start, zone, expected) => expect(meetingWhen(start, zone)).toBe(expected));
});
