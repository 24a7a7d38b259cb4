// The prospect's changes from the manage link on a real database: a move made while reading the
// times in another zone makes that zone the meeting's (stored, the updated email's time, the next
// manage page's "Booked in"); a move in the booked zone, and a cancel, keep it; the rep's email
// stays in the rep's zone; a link that is not a manage link, or has expired, changes nothing.
import { describe, expect, it } from "vitest";
import { meetingTimeText } from "../../domain/booking/meeting-time-text";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { bookSlot } from "./book-slot";
import { createBookingToken } from "./booking-token";
import { rescheduleSlots } from "./change-booking";
import { listSlots } from "./list-slots";
import { changeFromManageLink } from "./manage-link";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const KOLKATA = "Asia/Kolkata";
const TOKYO = "Asia/Tokyo";
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;
const deps = async () => env.kit.deps;

/** A bank VP's meeting with Sarah, booked in Kolkata, and its manage link's token. */
async function bookedInKolkata(email = BANK_VP.email) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: KOLKATA, now: NOW });
  const booked = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start: new Date(slots.days[0]!.slots[0]!.start), timeZone: KOLKATA, bookedBy: "prospect", now: NOW });
  if (!booked.ok) throw new Error("not booked");
  await env.kit.queue.runDue("booking.notify");
  const token = createBookingToken("manage", booked.booking.id, new Date(NOW.getTime() + 30 * 86400_000), TEST_SECRET);
  const moves = (await rescheduleSlots(db(), { workspaceId: env.kit.workspaceId, bookingId: booked.booking.id, timeZone: KOLKATA, now: NOW })).flatMap((d) => d.slots);
  return { bookingId: booked.booking.id, token, to: new Date(moves[0]!.start) };
}

const stored = (bookingId: string) => db().booking.findUniqueOrThrow({ where: { id: bookingId } });
const emailsTo = async (to: string, subject: string) => (await db().emailMessage.findMany({ where: { to: { has: to }, subject: { startsWith: subject } }, orderBy: { createdAt: "asc" } }));

describe(`the prospect's manage link: move and cancel (${lane})`, () => {
  it("a move made while reading the times in Tokyo makes Tokyo the meeting's zone: stored, and the updated email in it; Sarah's stays in New York", async () => {
    const { bookingId, token, to } = await bookedInKolkata();
    expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: NOW, change: { kind: "move", start: to, timeZone: TOKYO } })).toBe("moved");
    const booking = await stored(bookingId);
    expect(booking).toMatchObject({ startsAt: to, timeZone: TOKYO, sequence: 1 });

    await env.kit.queue.runDue("booking.notify");
    const [prospect] = await emailsTo(BANK_VP.email, "Updated:");
    const tokyo = meetingTimeText(booking.startsAt, booking.endsAt, TOKYO);
    expect(tokyo).toMatch(/, Tokyo \(GMT\+9\)$/);
    expect(prospect!.subject).toBe(`Updated: Intro call with Sarah Chen, ${tokyo}`);
    expect(prospect!.text).toContain(tokyo);
    expect(prospect!.text).not.toContain("Kolkata");
    const [sarah] = await emailsTo("sarah@demo.switchboard.dev", "Updated:");
    expect(sarah!.subject).toContain(meetingTimeText(booking.startsAt, booking.endsAt, "America/New_York"));
  });

  it("a move in the booked zone keeps it; cancelling keeps it too", async () => {
    const { bookingId, token, to } = await bookedInKolkata();
    expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: NOW, change: { kind: "move", start: to, timeZone: null } })).toBe("moved");
    expect(await stored(bookingId)).toMatchObject({ startsAt: to, timeZone: KOLKATA });
    expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: NOW, change: { kind: "cancel" } })).toBe("cancelled");
    expect(await stored(bookingId)).toMatchObject({ status: "CANCELLED", timeZone: KOLKATA });
    // Cancelled: moving or cancelling again changes nothing.
    expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: NOW, change: { kind: "move", start: to, timeZone: TOKYO } })).toBe("invalid");
    expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: NOW, change: { kind: "cancel" } })).toBe("invalid");
    expect(await stored(bookingId)).toMatchObject({ status: "CANCELLED", timeZone: KOLKATA, sequence: 2 });
  });

  it("a booking link, an expired or forged manage link, or an unreadable time changes nothing", async () => {
    const { bookingId, to } = await bookedInKolkata();
    const move = { kind: "move" as const, start: to, timeZone: TOKYO };
    const links = [
      createBookingToken("book", bookingId, new Date(NOW.getTime() + 86400_000), TEST_SECRET),
      createBookingToken("manage", bookingId, new Date(NOW.getTime() - 1), TEST_SECRET),
      createBookingToken("manage", bookingId, new Date(NOW.getTime() + 86400_000), "x".repeat(40)),
    ];
    for (const token of links) expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: NOW, change: move })).toBe("invalid");
    const token = createBookingToken("manage", bookingId, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
    expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: NOW, change: { ...move, start: new Date("nonsense") } })).toBe("invalid");
    expect(await changeFromManageLink(db(), deps, { token, authSecret: undefined, now: NOW, change: move })).toBe("invalid");
    expect(await stored(bookingId)).toMatchObject({ status: "CONFIRMED", timeZone: KOLKATA, sequence: 0 });
  });
});
