// POST /api/v1/bookings with a start that was never a slot (17:31, or 03:00 in the rep's night)
// answered 409 "Taken": as if someone had just booked it. It stays a 409 (the API's "not bookable",
// with the rep's fresh `slots` to pick from), in words that tell the two apart: a slot held by a
// booking is "Taken", a start that is not one of the rep's slots says so. Through the real
// handlers, the seeded demo workspace and a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { createBookingToken } from "../../services/bookings/booking-token";
import { bookSlot } from "../../services/bookings/book-slot";
import { listSlots, type TSlotsResult } from "../../services/bookings/list-slots";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { apiRequest, readJson } from "../../testing/api-kit";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateBooking, NOT_A_SLOT_DETAIL, NOT_A_SLOT_MESSAGE, TAKEN_MESSAGE } from "./handle-bookings";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work (09:00–17:30, two hours' notice).
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;
const api = () => ({ deps: async () => env.kit.deps, limits: unlimitedRateLimits() });
type TConflict = { error: { code: string; message: string; details: { path: string; message: string }[] }; slots: TSlotsResult };

async function sarahsLead(email: string) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  const token = createBookingToken("book", lead.id, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
  const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
  return { lead, token, first: slots.days[0]!.slots[0]!.start };
}
const book = async (token: string, start: string) =>
  readJson<TConflict>(await handleCreateBooking(db(), apiRequest("POST", "/bookings", { body: { token, start, timeZone: "UTC" } }), NOW, api()));

describe(`POST /api/v1/bookings: a start that is not a slot (${lane})`, () => {
  it.each<[string, (first: string) => string]>([
    ["a minute past a slot's start (17:31 style)", (first) => new Date(new Date(first).getTime() + 60_000).toISOString()],
    ["03:00 in the rep's night", () => "2026-12-02T08:00:00.000Z"],
    ["inside the two hours' notice", () => "2026-12-01T15:30:00.000Z"],
    ["past the booking horizon", () => "2027-06-01T15:00:00.000Z"],
  ])("%s: 409 saying it is not one of the rep's slots, with the fresh slots", async (_name, startOf) => {
    const { token, first } = await sarahsLead(`n${Math.random().toString(36).slice(2, 8)}@firstbank.com`);
    const { status, json } = await book(token, startOf(first));
    expect(status).toBe(409);
    expect(json.error).toEqual({ code: "CONFLICT", message: NOT_A_SLOT_MESSAGE, details: [{ path: "start", message: NOT_A_SLOT_DETAIL }] });
    expect(json.slots.days[0]!.slots[0]!.start).toBe(first);
    expect(await db().booking.count()).toBe(0);
  });

  it("a slot another lead booked is still \"Taken\"", async () => {
    const a = await sarahsLead("taken-a@firstbank.com");
    const b = await sarahsLead("taken-b@firstbank.com");
    expect((await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: a.lead.id, start: new Date(a.first), timeZone: "UTC", bookedBy: "prospect", now: NOW })).ok).toBe(true);
    const { status, json } = await book(b.token, a.first);
    expect(status).toBe(409);
    expect(json.error).toEqual({ code: "CONFLICT", message: TAKEN_MESSAGE, details: [{ path: "start", message: "Taken" }] });
  });
});
