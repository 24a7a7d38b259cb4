// Webhooks end to end on a real database: an endpoint subscribed over REST, a lead created over the
// API writes one event row in its transaction, the fan-out and delivery jobs run as a worker runs
// them, and a local receiver verifies every request with the standardwebhooks package. The receiver
// answers 500 three times, then 200: one event, four attempts with the same webhook-id, delivered
// once, nothing lost. Replay sends the same id again. 127.0.0.1 is refused without
// OUTBOUND_ALLOW_PRIVATE (the guard's default), and allowed with it (these tests pass it explicitly).
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { apiRequest } from "../../testing/api-kit";
import { openApiProblems } from "../../testing/openapi-conformance";
import { inTurn, startWebhookKit, subscribeOverRest, useWebhookReceivers } from "../../testing/webhook-receiver-kit";
import { handleCreateLead, handleGetLead } from "../../api/rest/handle-leads";
import { handleListWebhookDeliveries, handleListWebhooks, handleReplayWebhookDelivery } from "../../api/rest/handle-webhooks";
import type { TestDb } from "../../testing/test-db";
import { BANK_VP, runAfterCommitJobs, useRoutingKit } from "../../testing/routing-kit";
import { acceptAssignment } from "../assignments/accept-assignment";
import { handleLeadEvent } from "../../api/rest/handle-lead-events";
import { WEBHOOK_EVENTS, type TWebhookEventType } from "../../domain/webhooks/webhook-events";
import { bookSlot } from "../bookings/book-slot";
import { listSlots } from "../bookings/list-slots";
import { createWebhookEndpoint, rotateWebhookSecret, sendWebhookTestEvent } from "./webhook-endpoints";
import { attemptWebhookDelivery } from "./deliver-webhook";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const RETRY_BASE_MS = 20;

const env = useRoutingKit((testDb: TestDb) => startWebhookKit(testDb, { retryBaseMs: RETRY_BASE_MS, timeoutMs: 10_000 }));
const startReceiver = useWebhookReceivers();

/** A receiver on 127.0.0.1 that answers with `statuses` in turn (the last one repeats), verifying each signature. */
async function receiver(statuses: number[], secret: () => string) {
  return startReceiver({ secret, answer: inTurn(statuses), okBody: "thanks", failBody: "down for maintenance" });
}

async function subscribe(url: string) {
  return subscribeOverRest(env.testDb, env.kit.key, url, ["lead.created"], NOW);
}

const createLead = (email: string) =>
  handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { answers: { company_size: "20-199" }, person: { email } } }), NOW, env.kit.deps);

/** Runs webhook jobs as a worker would until nothing is pending (retries wait RETRY_BASE_MS × 2^n); waits for that state up to 60 s on a busy machine. */
async function drain() {
  const { webhookQueue } = env.kit;
  const deadline = Date.now() + 60_000;
  for (let round = 0; Date.now() < deadline; round++) {
    await webhookQueue.runDue("webhooks.fan-out");
    await webhookQueue.runDue("webhooks.deliver");
    if ((await env.testDb.db.webhookDelivery.count({ where: { status: "PENDING" } })) === 0 && round > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

/** The lead's contact as GET /api/v1/leads/{id} answers it. */
async function contactOnGet(leadId: string): Promise<unknown> {
  return (await leadOnGet(leadId)).contact;
}

/** The lead as GET /api/v1/leads/{id} answers it. */
async function leadOnGet(leadId: string): Promise<{ contact: unknown; routingValue: unknown; routingCurrency: unknown }> {
  const response = await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${leadId}`, { key: env.kit.key }), leadId, NOW);
  return ((await response.json()) as { lead: { contact: unknown; routingValue: unknown; routingCurrency: unknown } }).lead;
}

/** An event's data.lead: the emitter's ref, with the lead's routing value the fan-out adds (as GET answers it). */
async function leadRefOf(leadId: string) {
  const { routingValue, routingCurrency } = await leadOnGet(leadId);
  return { id: leadId, routingValue, routingCurrency };
}

type TDeliveredBody = { type: TWebhookEventType; data: { lead: { id: string; routingValue?: unknown; routingCurrency?: unknown }; contact?: unknown } };
/** Each delivered event about a lead carries `contact` and the lead's routing value exactly as GET answers them, in the catalogue's and the OpenAPI document's shape. */
async function expectContactsAsOnGet(bodies: TDeliveredBody[]) {
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    const got = await leadOnGet(body.data.lead.id);
    expect(body.data.contact, body.type).toEqual(got.contact);
    expect({ routingValue: body.data.lead.routingValue, routingCurrency: body.data.lead.routingCurrency }, body.type).toEqual({ routingValue: got.routingValue, routingCurrency: got.routingCurrency });
    expect(WEBHOOK_EVENTS[body.type].data.strict().safeParse(body.data).success, body.type).toBe(true);
    const component = `Webhook${body.type.split(/[._]/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("")}`;
    expect(openApiProblems(component, body), body.type).toEqual([]);
  }
}

describe(`webhooks (${lane})`, () => {
  it("500 three times then 200: delivered once in effect, the same webhook-id every time, signatures verify, 0 lost", async () => {
    let secret = "";
    const hook = await receiver([500, 500, 500, 200], () => secret);
    const created = await subscribe(hook.url);
    secret = created.secret;
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await (await handleListWebhooks(env.testDb.db, apiRequest("GET", "/webhooks", { key: env.kit.key }), NOW)).json();
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const lead = (await (await createLead("amy@shop.com")).json()) as { lead: { id: string } };
    expect(await env.testDb.db.webhookEvent.count()).toBe(1);
    await drain();

    expect(hook.received).toHaveLength(4);
    expect(new Set(hook.received.map((r) => r.id)).size).toBe(1);
    for (const r of hook.received) expect(r.verified).toMatchObject({ type: "lead.created", version: 1, data: { lead: { id: lead.lead.id } } });
    const delivery = await env.testDb.db.webhookDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 4, lastStatusCode: 200, lastResponse: "thanks" });
    expect(delivery.lastLatencyMs).toEqual(expect.any(Number));
    expect(await env.testDb.db.webhookDelivery.count({ where: { status: { not: "DELIVERED" } } })).toBe(0);
  });

  it("lead.created carries the lead's contact: a contact sent without an email (no person) too, as GET /api/v1/leads/{id} answers it", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    secret = (await subscribe(hook.url)).secret;
    const post = (person: Record<string, string>) => handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { answers: { company_size: "20-199" }, person } }), NOW, env.kit.deps);
    const bob = (await (await post({ name: "Bob", company: "Acme GmbH", phone: "+49 30 1234567" })).json()) as { lead: { id: string } };
    const amy = (await (await post({ email: "amy@shop.com", name: "Amy", phone: "+1 555 0100" })).json()) as { lead: { id: string } };
    await drain();
    const data = new Map(hook.received.map((r) => [(r.verified as { data: { lead: { id: string } } }).data.lead.id, (r.verified as { data: Record<string, unknown> }).data]));
    expect(data.get(bob.lead.id)).toMatchObject({ person: null, contact: { name: "Bob", email: null, company: "Acme GmbH", phone: "+49 30 1234567" } });
    expect(data.get(amy.lead.id)).toMatchObject({ person: { email: "amy@shop.com", name: "Amy", company: null }, contact: { name: "Amy", email: "amy@shop.com", company: null, phone: "+1 555 0100" } });
    for (const d of data.values()) expect(WEBHOOK_EVENTS["lead.created"].data.strict().safeParse(d).success).toBe(true);
    for (const r of hook.received) expect(openApiProblems("WebhookLeadCreated", r.verified)).toEqual([]);
    for (const id of [bob.lead.id, amy.lead.id]) {
      const got = (await (await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW)).json()) as { lead: { contact: unknown } };
      expect(data.get(id)!.contact).toEqual(got.lead.contact);
    }
  });

  it("lead.created's contact is the stored one GET answers: a known person's phone and name from an earlier API lead, not only what this lead sent", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    secret = (await subscribe(hook.url)).secret;
    const post = (person: Record<string, string>) => handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { answers: { company_size: "20-199" }, person } }), NOW, env.kit.deps);
    const first = (await (await post({ email: "amy@shop.com", name: "Amy", company: "Shop Ltd", phone: "+1 555 0100" })).json()) as { lead: { id: string } };
    // The same person again, by email alone: she is still Amy of Shop Ltd, reached at her stored phone.
    const again = (await (await post({ email: "amy@shop.com" })).json()) as { lead: { id: string } };
    await drain();
    const bodies = hook.received.map((r) => r.verified as TDeliveredBody);
    expect(bodies.map((b) => b.data.lead.id).sort()).toEqual([first.lead.id, again.lead.id].sort());
    const amy = { name: "Amy", email: "amy@shop.com", company: "Shop Ltd", phone: "+1 555 0100" };
    for (const b of bodies) expect(b.data.contact).toEqual(amy);
    await expectContactsAsOnGet(bodies);
  });

  it("the delivery log, and replay over REST: the same webhook-id again", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    const created = await subscribe(hook.url);
    secret = created.secret;
    await createLead("eve@shop.com");
    await drain();
    const log = (await (await handleListWebhookDeliveries(env.testDb.db, apiRequest("GET", `/webhooks/${created.endpoint.id}/deliveries`, { key: env.kit.key }), created.endpoint.id, NOW)).json()) as { deliveries: { id: string; status: string; type: string; lastStatusCode: number }[] };
    expect(log.deliveries).toEqual([expect.objectContaining({ status: "DELIVERED", type: "lead.created", lastStatusCode: 200 })]);
    const deps = async () => ({ queue: env.kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: true }), retryBaseMs: RETRY_BASE_MS, now: () => new Date() });
    const replayed = await handleReplayWebhookDelivery(env.testDb.db, apiRequest("POST", `/webhooks/deliveries/${log.deliveries[0]!.id}/replay`, { key: env.kit.key }), log.deliveries[0]!.id, NOW, deps);
    expect(await replayed.json()).toEqual({ result: { status: "DELIVERED", statusCode: 200 } });
    expect(hook.received.map((r) => r.id)).toEqual([hook.received[0]!.id, hook.received[0]!.id]);
    const other = await handleReplayWebhookDelivery(env.testDb.db, apiRequest("POST", `/webhooks/deliveries/${log.deliveries[0]!.id}/replay`, { key: env.kit.otherKey }), log.deliveries[0]!.id, NOW, deps);
    expect(other.status).toBe(404);
  });

  it("replay sends the same webhook-id again", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    secret = (await subscribe(hook.url)).secret;
    await createLead("bob@shop.com");
    await drain();
    const delivery = await env.testDb.db.webhookDelivery.findFirstOrThrow();
    const result = await attemptWebhookDelivery(env.testDb.db, { queue: env.kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: true }), retryBaseMs: RETRY_BASE_MS, now: () => new Date() }, { deliveryId: delivery.id, workspaceId: env.kit.workspaceId }, { replay: true });
    expect(result.status).toBe("DELIVERED");
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]!.id).toBe(hook.received[0]!.id);
    expect(hook.received[1]!.verified).toEqual(hook.received[0]!.verified);
  });

  it("an endpoint at 127.0.0.1 is refused without OUTBOUND_ALLOW_PRIVATE: nothing reaches it, the log says why", async () => {
    const hook = await receiver([200], () => "");
    await subscribe(hook.url);
    await createLead("cat@shop.com");
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    const delivery = await env.testDb.db.webhookDelivery.findFirstOrThrow();
    const result = await attemptWebhookDelivery(env.testDb.db, { queue: env.kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: false }), retryBaseMs: RETRY_BASE_MS, now: () => new Date() }, { deliveryId: delivery.id, workspaceId: env.kit.workspaceId });
    expect(result.status).toBe("RETRY");
    expect(hook.received).toHaveLength(0);
    expect((await env.testDb.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).lastResponse).toMatch(/^[^:]*private or local network/);
  });

  it("lead.routed after the routing commit (once) and lead.accepted in the acceptance's transaction", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    secret = (await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: hook.url, events: ["lead.routed", "lead.accepted"] }, { allowPrivate: true })).secret;
    const response = await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: BANK_VP } }), NOW, env.kit.deps);
    const leadId = ((await response.json()) as { lead: { id: string } }).lead.id;
    expect(await env.testDb.db.webhookEvent.count()).toBe(0); // nothing written under the routing lock
    await runAfterCommitJobs(env.kit);
    await runAfterCommitJobs(env.kit); // a retried job emits nothing twice
    const assignment = await env.testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId, isCurrent: true } });
    await acceptAssignment(env.testDb.db, { assignmentId: assignment.id, now: NOW, webhooks: env.kit.deps.queue });
    await drain();
    const events = hook.received.map((r) => r.verified as { type: string; timestamp: string; data: { lead: { id: string }; assignment: { id: string } } });
    // Each exactly once; deliveries are independent (a retry can overtake), the timestamps tell the order.
    expect(events.map((e) => e.type).sort()).toEqual(["lead.accepted", "lead.routed"]);
    const at = (type: string) => Date.parse(events.find((e) => e.type === type)!.timestamp);
    expect(at("lead.routed")).toBeLessThanOrEqual(at("lead.accepted"));
    for (const e of events) expect(e.data).toMatchObject({ lead: { id: leadId }, assignment: { id: assignment.id } });
    // Who the lead is, on each (as GET answers it), without a call back: the contact its form gave.
    for (const e of events) expect((e.data as { contact?: unknown }).contact).toEqual({ name: "Victoria Park", email: "vp@firstbank.com", company: "First Bank", phone: null });
    await expectContactsAsOnGet(hook.received.map((r) => r.verified as TDeliveredBody));
  });

  /** A demo lead routed to its rep (waiting for acceptance), and its current assignment. */
  async function routedLead() {
    const response = await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { form: "demo", answers: BANK_VP } }), NOW, env.kit.deps);
    const leadId = ((await response.json()) as { lead: { id: string } }).lead.id;
    await runAfterCommitJobs(env.kit);
    const assignment = await env.testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId, isCurrent: true } });
    expect(assignment.acceptedAt).toBeNull();
    return { leadId, assignment };
  }
  const acceptedRows = () => env.testDb.db.webhookEvent.count({ where: { type: "lead.accepted" } });
  type TDelivered = { type: string; data: { lead: { id: string }; assignment?: unknown; outcome?: { stage: string } } };

  it("working a lead before accepting it (an outcome over the API) accepts it: lead.accepted once, in that transaction, as the explicit accept sends it", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    secret = (await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: hook.url, events: ["lead.accepted", "lead.outcome"] }, { allowPrivate: true })).secret;
    const { leadId, assignment } = await routedLead();
    const LATER = new Date(NOW.getTime() + 90_000);
    const contacted = await handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${leadId}/events`, { key: env.kit.key, body: { type: "contacted", occurredAt: LATER.toISOString() } }), leadId, LATER, async () => env.kit.deps.queue);
    expect(contacted.status).toBe(201);
    expect(await acceptedRows()).toBe(1); // written with the acceptance, before any job ran
    expect(await env.testDb.db.leadAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).toMatchObject({ acceptedAt: LATER });

    // Already accepted: the accept link, another outcome and a booking send no second one.
    expect(await acceptAssignment(env.testDb.db, { assignmentId: assignment.id, now: LATER, webhooks: env.kit.deps.queue })).toMatchObject({ wasAlreadyAccepted: true });
    await handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${leadId}/events`, { key: env.kit.key, body: { type: "meeting_held", occurredAt: LATER.toISOString() } }), leadId, LATER, async () => env.kit.deps.queue);
    expect(await acceptedRows()).toBe(1);
    await drain();

    const events = hook.received.map((r) => r.verified as TDelivered);
    // lead.outcome: the acceptance's ACCEPTED step (as the accept link sends it), contacted, meeting held.
    expect(events.map((e) => e.type).sort()).toEqual(["lead.accepted", "lead.outcome", "lead.outcome", "lead.outcome"]);
    expect(events.filter((e) => e.type === "lead.outcome").map((e) => e.data.outcome!.stage)).toContain("ACCEPTED");
    const accepted = events.find((e) => e.type === "lead.accepted")!;
    expect(accepted.data).toEqual({ lead: await leadRefOf(leadId), contact: await contactOnGet(leadId), assignment: { id: assignment.id, repId: assignment.repId, acceptedAt: LATER.toISOString(), timeToAcceptMs: LATER.getTime() - assignment.assignedAt.getTime() } });
    await expectContactsAsOnGet(hook.received.map((r) => r.verified as TDeliveredBody));
  });

  it("a booking accepts the lead: lead.accepted once with booking.created; the same booking again sends nothing", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    secret = (await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: hook.url, events: ["lead.accepted", "booking.created"] }, { allowPrivate: true })).secret;
    const { leadId, assignment } = await routedLead();
    const slots = await listSlots(env.testDb.db, { workspaceId: env.kit.workspaceId, leadId, timeZone: "UTC", now: NOW });
    const book = () => bookSlot(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, start: new Date(slots.days[0]!.slots[0]!.start), timeZone: "UTC", bookedBy: "prospect", now: NOW });
    expect((await book()).ok).toBe(true);
    expect(await acceptedRows()).toBe(1);
    expect(await book()).toMatchObject({ ok: true, isReplay: true });
    expect(await acceptAssignment(env.testDb.db, { assignmentId: assignment.id, now: NOW, webhooks: env.kit.deps.queue })).toMatchObject({ wasAlreadyAccepted: true });
    await drain();

    const events = hook.received.map((r) => r.verified as TDelivered);
    expect(events.map((e) => e.type).sort()).toEqual(["booking.created", "lead.accepted"]);
    expect(events.find((e) => e.type === "lead.accepted")!.data).toEqual({ lead: await leadRefOf(leadId), contact: await contactOnGet(leadId), assignment: { id: assignment.id, repId: assignment.repId, acceptedAt: NOW.toISOString(), timeToAcceptMs: NOW.getTime() - assignment.assignedAt.getTime() } });
    await expectContactsAsOnGet(hook.received.map((r) => r.verified as TDeliveredBody));
  });

  it("a rotated secret: both the new and the old one verify during the overlap", async () => {
    const hook = await receiver([200], () => "");
    const created = await subscribe(hook.url);
    const rotated = await rotateWebhookSecret(env.testDb.db, env.kit.workspaceId, created.endpoint.id, new Date());
    await createLead("fay@shop.com");
    await drain();
    const [r] = hook.received;
    const headers = { "webhook-id": r!.id, "webhook-timestamp": r!.timestamp, "webhook-signature": r!.signature };
    expect(r!.signature.split(" ")).toHaveLength(2);
    for (const secret of [rotated.secret, created.secret]) expect(new Webhook(secret).verify(r!.body, headers)).toMatchObject({ type: "lead.created" });
  });

  it("send test event: a signed webhook.test to that endpoint only, logged", async () => {
    let secret = "";
    const hook = await receiver([200], () => secret);
    const created = await subscribe(hook.url);
    secret = created.secret;
    const sent = await sendWebhookTestEvent(env.testDb.db, env.kit.deps.queue, env.kit.workspaceId, created.endpoint.id, new Date());
    await drain();
    expect(hook.received.map((r) => [r.id, (r.verified as { type: string }).type])).toEqual([[sent.eventId, "webhook.test"]]);
    expect(await env.testDb.db.webhookDelivery.findUniqueOrThrow({ where: { id: sent.deliveryId } })).toMatchObject({ status: "DELIVERED" });
    await expect(sendWebhookTestEvent(env.testDb.db, env.kit.deps.queue, env.kit.otherWorkspaceId, created.endpoint.id, new Date())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("no endpoint, no event row", async () => {
    await createLead("dan@shop.com");
    expect(await env.testDb.db.webhookEvent.count()).toBe(0);
  });
});
