// booking.created / booking.rescheduled / booking.cancelled on a real database (the demo
// workspace): each change writes one webhook event row in its own transaction (before any job
// runs), with the versioned payload the OpenAPI `webhooks` section documents; a booking that
// loses its slot writes nothing; no subscribed endpoint, no row. The fan-out adds the lead's contact.
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENTS, webhookEmittedData } from "../../domain/webhooks/webhook-events";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { bookSlot } from "../bookings/book-slot";
import { cancelBooking, rescheduleBooking } from "../bookings/change-booking";
import { listSlots } from "../bookings/list-slots";
import { createWebhookEndpoint } from "./webhook-endpoints";

// Tuesday 1 December 2026, 10:00 in New York: Sarah is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date("2026-12-01T15:05:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const db = () => env.testDb.db;

async function bookedLead(email: string) {
  const lead = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email }, NOW);
  const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "UTC", now: NOW });
  const [first, second] = slots.days[0]!.slots;
  const booked = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: lead.id, start: new Date(first!.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
  if (!booked.ok) throw new Error("the first slot was not free");
  return { lead, booking: booked.booking, first: first!, second: second! };
}

const events = (type: string) => db().webhookEvent.findMany({ where: { type }, orderBy: { createdAt: "asc" } });

describe(`booking webhooks (${lane})`, () => {
  it("created, rescheduled and cancelled: one event row each, in the change's transaction, with version 1 payloads", async () => {
    await createWebhookEndpoint(db(), env.kit.workspaceId, { url: "https://hooks.example.com/in", events: ["booking.created", "booking.rescheduled", "booking.cancelled"] });
    const { lead, booking, first, second } = await bookedLead("vp@firstbank.com");
    const repId = await env.kit.repIdOf("Sarah");

    const [created] = await events("booking.created");
    expect(created!.payload).toEqual({
      type: "booking.created",
      version: 1,
      timestamp: NOW.toISOString(),
      data: {
        lead: { id: lead.id },
        booking: expect.objectContaining({ id: booking.id, status: "CONFIRMED", repId, startsAt: first.start, endsAt: first.end, sequence: 0, bookedBy: "prospect", isFallback: false, cancelledAt: null }),
      },
    });
    expect(webhookEmittedData("booking.created").strict().safeParse((created!.payload as { data: unknown }).data).success).toBe(true);

    const moved = await rescheduleBooking(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, bookingId: booking.id, by: "api", now: LATER, start: new Date(second.start) });
    expect(moved.ok).toBe(true);
    const [rescheduled] = await events("booking.rescheduled");
    expect(rescheduled!.payload).toMatchObject({
      type: "booking.rescheduled",
      timestamp: LATER.toISOString(),
      data: { lead: { id: lead.id }, booking: { id: booking.id, startsAt: second.start, sequence: 1 }, previous: { startsAt: first.start, endsAt: first.end } },
    });
    expect(webhookEmittedData("booking.rescheduled").strict().safeParse((rescheduled!.payload as { data: unknown }).data).success).toBe(true);

    await cancelBooking(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, bookingId: booking.id, by: "api", now: LATER, reason: "Found another vendor" });
    const [cancelled] = await events("booking.cancelled");
    expect(cancelled!.payload).toMatchObject({ data: { booking: { id: booking.id, status: "CANCELLED", sequence: 2, cancelledAt: LATER.toISOString(), cancelReason: "Found another vendor" } } });

    // One fan-out job row per event, written with it; nothing delivered yet.
    expect(await db().webhookEvent.count()).toBe(3);
    expect(await db().webhookDelivery.count()).toBe(0);
    await env.kit.queue.runDue("webhooks.fan-out");
    expect(await db().webhookDelivery.count()).toBe(3);
    // The fan-out added who the lead is (as GET /api/v1/leads/{id} answers it) to each, before any delivery.
    for (const event of await db().webhookEvent.findMany()) {
      const { type, data } = event.payload as { type: "booking.created"; data: { contact: unknown } };
      expect(data.contact, type).toEqual({ name: "Victoria Park", email: "vp@firstbank.com", company: "First Bank", phone: null });
      expect(WEBHOOK_EVENTS[type].data.strict().safeParse(data).success, type).toBe(true);
    }
  });

  it("a booking that loses its slot writes no event; without a subscribed endpoint nothing is written", async () => {
    await createWebhookEndpoint(db(), env.kit.workspaceId, { url: "https://hooks.example.com/in", events: ["booking.created"] });
    const { first } = await bookedLead("a@firstbank.com");
    const other = await submitDemo(env.testDb, env.kit, { ...BANK_VP, email: "b@firstbank.com" }, NOW);
    const lost = await bookSlot(db(), env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: other.id, start: new Date(first.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
    expect(lost.ok).toBe(false);
    expect(await db().webhookEvent.count()).toBe(1);

    await db().webhookEndpoint.deleteMany();
    await bookedLead("c@firstbank.com");
    expect(await db().webhookEvent.count()).toBe(1);
  });
});
