import { describe, expect, it } from "vitest";
import { buildInviteIcs } from "./invite-ics";

const base = {
  bookingId: "bk1",
  uidDomain: "leads.example.com",
  sequence: 0,
  isCancelled: false,
  start: new Date("2026-03-09T14:00:00Z"),
  end: new Date("2026-03-09T14:30:00Z"),
  title: "Intro call with Sarah Chen",
  description: "Booked with Switchboard",
  location: "https://meet.example.com/x",
  organizer: { name: "Sarah Chen", email: "sarah@demo.switchboard.dev" },
  attendee: { name: "Victoria Park", email: "vp@firstbank.com" },
};
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("buildInviteIcs", () => {
  it.each([
    ["a new booking", base, ["METHOD:REQUEST", "SEQUENCE:0", "STATUS:CONFIRMED", "DTSTART:20260309T140000Z", "DTEND:20260309T143000Z"]],
    ["a reschedule bumps SEQUENCE", { ...base, sequence: 1 }, ["METHOD:REQUEST", "SEQUENCE:1"]],
    ["a cancellation", { ...base, sequence: 2, isCancelled: true }, ["METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED"]],
  ])("%s", (_, input, lines) => {
    const result = buildInviteIcs(input);
    if (!result.ok) throw new Error(result.error);
    const ics = unfold(result.ics);
    for (const line of [...lines, "UID:booking-bk1@leads.example.com"]) expect(ics).toContain(line);
    expect(ics).toMatch(/ORGANIZER;CN="Sarah Chen":mailto:sarah@demo.switchboard.dev/i);
    expect(ics).toContain("mailto:vp@firstbank.com");
  });
});
