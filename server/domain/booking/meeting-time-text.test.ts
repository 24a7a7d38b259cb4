import { describe, expect, it } from "vitest";
import { meetingTimeText, slotChoiceLabel } from "./meeting-time-text";

// One wording for a meeting's zone everywhere: "Berlin (GMT+1)" as the booking panel and its end
// screen say it (meetingWhen), never "(Europe/Berlin)" or "(America/Los Angeles)".
describe("meetingTimeText: emails, the manage page and the lead page", () => {
  it.each<[string, string, string, string]>([
    ["2026-12-07T15:00:00.000Z", "2026-12-07T15:30:00.000Z", "Europe/Berlin", "Monday 7 December 2026, 16:00–16:30, Berlin (GMT+1)"],
    ["2026-07-06T14:00:00.000Z", "2026-07-06T14:30:00.000Z", "Europe/Berlin", "Monday 6 July 2026, 16:00–16:30, Berlin (GMT+2)"],
    // The zone's day, not UTC's: 21:30 in New York is already Tuesday in UTC.
    ["2026-12-08T02:30:00.000Z", "2026-12-08T03:00:00.000Z", "America/New_York", "Monday 7 December 2026, 21:30–22:00, New York (GMT−5)"],
    ["2026-12-07T15:30:00.000Z", "2026-12-07T16:00:00.000Z", "America/Los_Angeles", "Monday 7 December 2026, 07:30–08:00, Los Angeles (GMT−8)"],
    ["2026-12-07T09:00:00.000Z", "2026-12-07T09:30:00.000Z", "Asia/Kolkata", "Monday 7 December 2026, 14:30–15:00, Kolkata (GMT+5:30)"],
    // A stored old name reads under its current one.
    ["2026-12-07T09:00:00.000Z", "2026-12-07T09:30:00.000Z", "Asia/Calcutta", "Monday 7 December 2026, 14:30–15:00, Kolkata (GMT+5:30)"],
    ["2026-12-04T19:00:00.000Z", "2026-12-04T19:30:00.000Z", "UTC", "Friday 4 December 2026, 19:00–19:30, UTC (GMT+0)"],
  ])("%s–%s in %s", (start, end, zone, expected) => expect(meetingTimeText(new Date(start), new Date(end), zone)).toBe(expected));
});

describe("slotChoiceLabel: a time to move a meeting to", () => {
  it.each<[string, string, string]>([
    ["2026-12-07T15:00:00.000Z", "America/Los_Angeles", "Mon 7 Dec, 07:00"],
    ["2026-12-08T02:30:00.000Z", "America/New_York", "Mon 7 Dec, 21:30"],
    ["2027-01-01T08:00:00.000Z", "Europe/Berlin", "Fri 1 Jan, 09:00"],
  ])("%s in %s → %s", (start, zone, expected) => expect(slotChoiceLabel(new Date(start), zone)).toBe(expected));
});
