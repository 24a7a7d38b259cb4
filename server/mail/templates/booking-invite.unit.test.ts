// The booking email's words by audience and kind of change: a cancelled meeting never offers to
// "reschedule or cancel", says who cancelled and offers the prospect "Book another time" when the
// lead still offers booking; a rep whose meeting is on a lead now owned by someone else is told so,
// and the owner is told about the meeting with that rep.
import { describe, expect, it } from "vitest";
import { meetingTimeText } from "../../domain/booking/meeting-time-text";
import { bookingInviteTemplate, bookingInviteText, type TBookingInviteProps } from "./booking-invite";

const base: TBookingInviteProps = { audience: "prospect", change: "created", title: "Intro call", when: "Tue 1 Dec, 10:00", location: "", repName: "Maya Rodriguez", leadLabel: "Jane Doe (Acme)", url: "https://x/u" };
const at = (p: Partial<TBookingInviteProps>) => bookingInviteText({ ...base, ...p });
const RESCHEDULE = /reschedule or cancel/i;

describe("bookingInviteText", () => {
  it.each<[string, Partial<TBookingInviteProps>, { lines: string[]; button: string | null; footer: string }]>([
    ["prospect, booked", {}, { lines: ["Your meeting with Maya Rodriguez is booked."], button: "Reschedule or cancel", footer: "The calendar invite is attached. Use the link above to reschedule or cancel." }],
    ["prospect, moved", { change: "rescheduled" }, { lines: ["Your meeting with Maya Rodriguez has moved."], button: "Reschedule or cancel", footer: "The calendar invite is attached. Use the link above to reschedule or cancel." }],
    [
      "prospect, cancelled by themselves, can book again",
      { change: "cancelled", cancelledBy: { kind: "prospect" }, rebookUrl: "https://x/book/t" },
      { lines: ["Your meeting with Maya Rodriguez is cancelled.", "You cancelled it.", "Would another time suit you?"], button: "Book another time", footer: "The cancellation is attached: open it to take the meeting off your calendar." },
    ],
    [
      "prospect, cancelled by the rep, the lead offers no booking",
      { change: "cancelled", cancelledBy: { kind: "member", name: "Maya Rodriguez" }, rebookUrl: null },
      { lines: ["Your meeting with Maya Rodriguez is cancelled.", "Maya Rodriguez cancelled it."], button: null, footer: "The cancellation is attached: open it to take the meeting off your calendar." },
    ],
    ["prospect, cancelled through the API", { change: "cancelled", cancelledBy: { kind: "api" } }, { lines: ["Your meeting with Maya Rodriguez is cancelled.", "It was cancelled by our team."], button: null, footer: "The cancellation is attached: open it to take the meeting off your calendar." }],
    ["rep, own lead, booked", { audience: "rep" }, { lines: ["A meeting with Jane Doe (Acme) is booked."], button: "Open the lead", footer: "The calendar invite is attached. Reschedule or cancel from the lead page." }],
    [
      "rep, own lead, cancelled by the prospect",
      { audience: "rep", change: "cancelled", cancelledBy: { kind: "prospect" } },
      { lines: ["A meeting with Jane Doe (Acme) is cancelled.", "Jane Doe (Acme) cancelled it."], button: "Open the lead", footer: "The cancellation is attached: open it to take the meeting off your calendar." },
    ],
    [
      "rep, cancelled by themselves",
      { audience: "rep", change: "cancelled", cancelledBy: { kind: "member", name: "Maya Rodriguez", isRecipient: true } },
      { lines: ["A meeting with Jane Doe (Acme) is cancelled.", "You cancelled it."], button: "Open the lead", footer: "The cancellation is attached: open it to take the meeting off your calendar." },
    ],
    [
      "rep, the lead is Tom's now, moved",
      { audience: "rep", change: "rescheduled", ownerName: "Tom Baker" },
      { lines: ["A meeting with Jane Doe (Acme) has moved.", "The lead is Tom Baker's now; the meeting stays with you."], button: "Open the lead", footer: "The calendar invite is attached. Move or cancel this meeting from the lead page's Meetings card." },
    ],
    [
      "rep, the lead is Tom's now, cancelled by a manager (no lead page to open)",
      { audience: "rep", change: "cancelled", ownerName: "Tom Baker", url: null, cancelledBy: { kind: "member", name: "Olivia Park" } },
      { lines: ["A meeting with Jane Doe (Acme) is cancelled.", "Olivia Park cancelled it.", "The lead is Tom Baker's now."], button: null, footer: "The cancellation is attached: open it to take the meeting off your calendar." },
    ],
    ["rep who left (no lead page)", { audience: "rep", url: null }, { lines: ["A meeting with Jane Doe (Acme) is booked."], button: null, footer: "The calendar invite is attached." }],
    [
      "owner, booked with Maya",
      { audience: "owner" },
      { lines: ["The meeting of your lead Jane Doe (Acme) with Maya Rodriguez is booked."], button: "Open the lead", footer: "The calendar invite is attached. The meeting is Maya Rodriguez's: join it in their place if you like; a manager can move or cancel it from the lead page." },
    ],
    [
      "owner, cancelled by the prospect",
      { audience: "owner", change: "cancelled", cancelledBy: { kind: "prospect" } },
      { lines: ["The meeting of your lead Jane Doe (Acme) with Maya Rodriguez is cancelled.", "Jane Doe (Acme) cancelled it."], button: "Open the lead", footer: "The cancellation is attached: open it to take the meeting off your calendar." },
    ],
  ])("%s", (_, props, expected) => {
    const text = at(props);
    expect({ lines: text.lines, button: text.button?.label ?? null, footer: text.footer }).toEqual(expected);
  });

  it("a cancelled meeting's email never offers to reschedule or cancel, to anyone", () => {
    for (const audience of ["prospect", "rep", "owner"] as const) {
      const text = at({ audience, change: "cancelled", rebookUrl: "https://x/book/t" });
      expect([...text.lines, text.footer, text.button?.label ?? ""].join(" ")).not.toMatch(RESCHEDULE);
    }
  });

  it("the prospect's Book another time carries the booking link", () => {
    expect(at({ change: "cancelled", rebookUrl: "https://x/book/t" }).button).toEqual({ label: "Book another time", url: "https://x/book/t" });
  });
});

// The subject names the meeting's zone as the booking panel and its end screen do ("New York (GMT−5)",
// meetingTimeText), never an IANA id ("(America/New York)"); the zone is the recipient's.
describe("booking email subject", () => {
  const start = new Date("2026-12-04T19:00:00Z");
  const end = new Date("2026-12-04T19:30:00Z");
  const subject = (p: Partial<TBookingInviteProps>, timeZone: string) => bookingInviteTemplate.subject({ ...base, title: "Intro call with Sarah Chen", ...p, when: meetingTimeText(start, end, timeZone) });
  it.each<[string, Partial<TBookingInviteProps>, string, string]>([
    ["prospect in New York", {}, "America/New_York", "Confirmed: Intro call with Sarah Chen, Friday 4 December 2026, 14:00–14:30, New York (GMT−5)"],
    ["rep in Los Angeles, moved", { audience: "rep", change: "rescheduled" }, "America/Los_Angeles", "Updated: Jane Doe (Acme) · Intro call with Sarah Chen, Friday 4 December 2026, 11:00–11:30, Los Angeles (GMT−8)"],
    ["a stored old zone name", {}, "Asia/Saigon", "Confirmed: Intro call with Sarah Chen, Saturday 5 December 2026, 02:00–02:30, Ho Chi Minh (GMT+7)"],
    ["UTC", {}, "UTC", "Confirmed: Intro call with Sarah Chen, Friday 4 December 2026, 19:00–19:30, UTC (GMT+0)"],
  ])("%s", (_, props, timeZone, expected) => {
    expect(subject(props, timeZone)).toBe(expected);
    expect(subject(props, timeZone)).not.toContain("_");
  });
});
