// A meeting that has started is what happened: the prospect's manage link (valid until a day after
// the meeting), the lead page's Move / Cancel and the services behind them leave it as it is — no
// cancellation emailed for a meeting that took place, no stage moved back. Before it starts, the
// same calls change it (the control).
import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { bookSlot } from "./book-slot";
import { createBookingToken } from "./booking-token";
import { cancelBooking, rescheduleBooking, rescheduleSlots } from "./change-booking";
import { loadLeadMeetings } from "./lead-meetings";
import { listSlots } from "./list-slots";
import { changeFromManageLink } from "./manage-link";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;
const deps = async () => env.kit.deps;
const MANAGER = { userId: "not-the-rep", role: "MANAGER" };

async function bookedMeeting(email: string) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "America/New_York", now: NOW });
  const booked = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start: new Date(slots.days[0]!.slots[0]!.start), timeZone: "America/New_York", bookedBy: "prospect", now: NOW });
  if (!booked.ok) throw new Error("not booked");
  const row = await db().booking.findUniqueOrThrow({ where: { id: booked.booking.id } });
  const token = createBookingToken("manage", row.id, new Date(row.endsAt.getTime() + 86_400_000), TEST_SECRET);
  return { leadId: lead.id, booking: row, token };
}

async function conflictOf(work: Promise<unknown>) {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, details: (error as AppError).details };
}

describe(`a meeting that has started is not moved or cancelled (${lane})`, () => {
  it("before it starts, the lead page offers Move and Cancel to a manager", async () => {
    const { leadId } = await bookedMeeting("before@firstbank.com");
    const [meeting] = await loadLeadMeetings(db(), env.kit.workspaceId, leadId, MANAGER, NOW);
    expect(meeting).toMatchObject({ status: "CONFIRMED", canChange: true });
    expect(meeting!.moveTo.length).toBeGreaterThan(0);
  });

  it("once it has started: no Move or Cancel on the lead page, no slots, the manage link and the services change nothing", async () => {
    const { leadId, booking, token } = await bookedMeeting("during@firstbank.com");
    const later = new Date(booking.startsAt.getTime() + 5 * 60_000);
    const [meeting] = await loadLeadMeetings(db(), env.kit.workspaceId, leadId, MANAGER, later);
    expect(meeting).toMatchObject({ status: "CONFIRMED", canChange: false, moveTo: [] });
    expect(await rescheduleSlots(db(), { workspaceId: env.kit.workspaceId, bookingId: booking.id, timeZone: "America/New_York", now: later })).toEqual([]);

    expect(await changeFromManageLink(db(), deps, { token, authSecret: TEST_SECRET, now: later, change: { kind: "cancel" } })).toBe("invalid");
    const ref = { workspaceId: env.kit.workspaceId, bookingId: booking.id, by: "rep:someone", now: later };
    expect(await conflictOf(cancelBooking(db(), env.kit.deps, ref))).toEqual({ code: "CONFLICT", details: [{ path: "bookingId", message: "Already started" }] });
    const tomorrow = new Date(booking.startsAt.getTime() + 86_400_000);
    expect(await conflictOf(rescheduleBooking(db(), env.kit.deps, { ...ref, start: tomorrow }))).toEqual({ code: "CONFLICT", details: [{ path: "bookingId", message: "Already started" }] });

    expect(await db().booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "CONFIRMED", sequence: 0, startsAt: booking.startsAt, cancelledAt: null });
    expect(await db().leadEvent.count({ where: { leadId, type: { in: ["booking_cancelled", "booking_rescheduled"] } } })).toBe(0);
  });
});
