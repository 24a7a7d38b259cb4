import ICAL from "ical.js";
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

  it.each([
    ['a double quote', 'Eve "Q" Adams', "Eve 'Q' Adams"],
    ["markup-like text, kept as typed", "<img src=x onerror=alert(1)>Eve & <b>bold</b>", "<img src=x onerror=alert(1)>Eve & <b>bold</b>"],
    ["a line break", "Eve\nAdams", "Eve Adams"],
    ["accents and a comma", "José Ñúñez, PhD", "José Ñúñez, PhD"],
  ])("the attendee's name with %s reads back whole in a calendar parser", (_, name, expected) => {
    const result = buildInviteIcs({ ...base, attendee: { name, email: "eve@example.com" }, organizer: { name: 'Sarah "S" Chen', email: "sarah@demo.switchboard.dev" } });
    if (!result.ok) throw new Error(result.error);
    const event = new ICAL.Component(ICAL.parse(result.ics)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstProperty("attendee")!.getParameter("cn")).toBe(expected);
    expect(event.getFirstProperty("attendee")!.getFirstValue()).toBe("mailto:eve@example.com");
    expect(event.getFirstProperty("organizer")!.getParameter("cn")).toBe("Sarah 'S' Chen");
  });
});
