// The demo a newcomer explores: every history lead whose journey reached a meeting has the booking
// the live product records for one (bookings/book-slot.ts) — exactly one, CONFIRMED, with the rep
// who owned the lead then, inside that rep's working hours, after the submission, ended before the
// moment of seeding (the history is finished), with the "booked" timeline entry and the lifecycle's
// MEETING_BOOKED at the booking's moment — so the lead page, the Reps and Analytics booking figures
// and the Sequences page's Booked (graduates who booked) agree with the funnel. The demo's 90 days, as
// seeded: a shorter history has few graduates, and may have none who booked.
import { afterAll, beforeAll, expect, it } from "vitest";
import { isWithinWorkingHours } from "../domain/routing/rep-availability";
import { listSequences } from "../services/nurture/sequences";
import { seededDemoWithHistory } from "../testing/seeded-demo";
import type { TestDb } from "../testing/test-db";

const NOW = new Date("2026-12-03T15:40:00Z");
let testDb: TestDb;
let workspaceId: string;

beforeAll(async () => {
  ({ testDb, workspaceId } = await seededDemoWithHistory(NOW, 90));
}, 300_000);

afterAll(async () => {
  await testDb?.close();
});

it("every history lead that reached a meeting has exactly one booking with its owner, in the owner's hours, as book-slot.ts writes it", async () => {
  const db = testDb.db;
  const met = await db.lead.findMany({
    where: { workspaceId, id: { startsWith: "hist" }, outcomes: { some: { stage: "MEETING_BOOKED" } } },
    select: { id: true, submittedAt: true, ownerRepId: true, firstContactAt: true, acceptedAt: true, bookings: true, events: { where: { type: "booked" } }, outcomes: { where: { stage: "MEETING_BOOKED" } } },
  });
  expect(met.length).toBeGreaterThan(20);
  const reps = new Map((await db.repProfile.findMany({ where: { workspaceId }, select: { id: true, timeZone: true, workingHours: true, userId: true } })).map((r) => [r.id, r]));
  const wrong: string[] = [];
  for (const lead of met) {
    const [booking, ...more] = lead.bookings;
    if (!booking || more.length > 0) {
      wrong.push(`${lead.id}: ${lead.bookings.length} bookings`);
      continue;
    }
    const rep = reps.get(booking.repId)!;
    const hours = rep.workingHours as { day: number; start: string; end: string }[];
    if (booking.repId !== lead.ownerRepId) wrong.push(`${lead.id}: booked with ${booking.repId}, owner ${lead.ownerRepId}`);
    if (booking.status !== "CONFIRMED") wrong.push(`${lead.id}: ${booking.status}`);
    if (!isWithinWorkingHours(hours, rep.timeZone, booking.startsAt) || !isWithinWorkingHours(hours, rep.timeZone, new Date(booking.endsAt.getTime() - 1))) wrong.push(`${lead.id}: ${booking.startsAt.toISOString()} outside hours`);
    if (booking.createdAt < lead.submittedAt || booking.startsAt < booking.createdAt || booking.endsAt > NOW) wrong.push(`${lead.id}: times ${booking.createdAt.toISOString()} → ${booking.startsAt.toISOString()}`);
    if (booking.bookedBy !== "prospect" && booking.bookedBy !== `rep:${rep.userId}`) wrong.push(`${lead.id}: bookedBy ${booking.bookedBy}`);
    if (!booking.title.endsWith(" with " + (await db.user.findUniqueOrThrow({ where: { id: rep.userId } })).name)) wrong.push(`${lead.id}: title ${booking.title}`);
    const event = lead.events[0];
    if (lead.events.length !== 1 || event!.createdAt.getTime() !== booking.createdAt.getTime() || (event!.data as { bookingId?: string }).bookingId !== booking.id) wrong.push(`${lead.id}: booked event`);
    const outcome = lead.outcomes[0]!;
    if (outcome.occurredAt.getTime() !== booking.createdAt.getTime() || outcome.source !== "BOOKING") wrong.push(`${lead.id}: MEETING_BOOKED ${outcome.occurredAt.toISOString()} ${outcome.source}`);
    // A meeting booked is first contact and the owner's acceptance (book-slot.ts).
    if (!lead.firstContactAt || lead.firstContactAt > booking.createdAt || !lead.acceptedAt || lead.acceptedAt > booking.createdAt) wrong.push(`${lead.id}: contact/accept after the booking`);
  }
  expect(wrong).toEqual([]);
  // No booking without a meeting in the journey; most are the prospect's, from the page after submitting.
  const bookings = await db.booking.findMany({ where: { workspaceId, leadId: { startsWith: "hist" } }, select: { bookedBy: true } });
  expect(bookings.length).toBe(met.length);
  expect(bookings.filter((b) => b.bookedBy === "prospect").length).toBeGreaterThan(bookings.length / 2);
}, 120_000);

it("the Sequences page counts the graduates who booked", async () => {
  const [sequence] = await listSequences(testDb.db, workspaceId);
  const graduates = await testDb.db.nurtureEnrollment.findMany({ where: { workspaceId, exitReason: "graduated" }, select: { leadId: true } });
  const booked = await testDb.db.booking.count({ where: { workspaceId, status: "CONFIRMED", leadId: { in: graduates.map((g) => g.leadId) } } });
  expect(booked).toBeGreaterThan(0);
  expect(sequence!.figures.booked).toBe(booked);
});
