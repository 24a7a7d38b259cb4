// The configuration and action writes of the v1 API take no query parameter and refuse one, as the
// GET routes do: a 422 VALIDATION at query.<name> ("this endpoint takes no query parameters"),
// checked once the API key (or the booking token) is, before anything is read or written. They
// ignored it: `PUT /routing?dryRun=true` published, `DELETE /webhooks/{id}?force=1` deleted, and
// the integrator believed the parameter did something. Without a query each answers as before; a
// bad key (or a forged token) with ?x=1 is still the 401. Through the real handlers and a real
// database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { createBookingToken } from "../../services/bookings/booking-token";
import { listSlots } from "../../services/bookings/list-slots";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { getRoutingDocument } from "../../services/routing/routing-document";
import { createWebhookEndpoint } from "../../services/webhooks/webhook-endpoints";
import { apiRequest, readJson, startApiKit, type TApiKit } from "../../testing/api-kit";
import { BANK_VP, submitDemo, TEST_SECRET, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateBooking, handleRequestTime } from "./handle-bookings";
import { handleFormEvents } from "./handle-form-events";
import { handleReassignLead } from "./handle-reassign";
import { handlePutRouting, handleTestRouting } from "./handle-routing";
import { handleCreateWebhook, handleDeleteWebhook, handleReplayWebhookDelivery, handleRotateWebhookSecret, handleSendWebhookTest } from "./handle-webhooks";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const db = () => env.testDb.db;
const LIMITS = unlimitedRateLimits();
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** `call(query, isCaller)`: the route with `query` appended, as its caller (the kit's key, a valid token) or not (a bad key, a forged token; null where anyone may call). */
type TCall = (query: string, isCaller: boolean) => Promise<Response> | null;

const someLead = async (kit: TApiKit) => (await submitDemo(env.testDb, kit, BANK_VP, NOW)).id;
const tokenFor = (leadId: string) => createBookingToken("book", leadId, new Date(NOW.getTime() + 86400_000), TEST_SECRET);
const firstSlot = async (kit: TApiKit, leadId: string) => (await listSlots(db(), { workspaceId: kit.workspaceId, leadId, timeZone: "UTC", now: NOW })).days[0]!.slots[0]!.start;
const keyOf = (kit: TApiKit, isCaller: boolean) => (isCaller ? kit.key : "sb_live_not_a_key");
const endpointOf = async (kit: TApiKit) => (await createWebhookEndpoint(db(), kit.workspaceId, { url: "http://127.0.0.1:9/hooks", events: ["lead.created"] }, { allowPrivate: true })).endpoint;
const bookingApi = (kit: TApiKit) => ({ deps: async () => kit.deps, limits: LIMITS });

/** Each configuration or action write, set up to succeed without a query. */
const ROUTES: [name: string, setUp: (kit: TApiKit) => Promise<TCall>][] = [
  ["POST /leads/{id}/reassign", async (kit) => {
    const id = await someLead(kit);
    return (q, ok) => handleReassignLead(db(), apiRequest("POST", `/leads/${id}/reassign${q}`, { key: keyOf(kit, ok), body: { reason: "Territory change" } }), id, NOW, kit.deps);
  }],
  ["PUT /routing", async (kit) => {
    const { config, teams } = await getRoutingDocument(db(), kit.workspaceId);
    const body = { config, teams: teams.map(({ id, name, description, isActive, members }) => ({ id, name, description: `${description ?? ""} (edited)`, isActive, members })) };
    return (q, ok) => handlePutRouting(db(), apiRequest("PUT", `/routing${q}`, { key: keyOf(kit, ok), body }), NOW);
  }],
  ["POST /routing/test", async (kit) => (q, ok) => handleTestRouting(db(), apiRequest("POST", `/routing/test${q}`, { key: keyOf(kit, ok), body: { lead: { form: "demo", answers: BANK_VP } } }), NOW)],
  ["POST /bookings (API key)", async (kit) => {
    const id = await someLead(kit);
    const start = await firstSlot(kit, id);
    return (q, ok) => handleCreateBooking(db(), apiRequest("POST", `/bookings${q}`, { key: keyOf(kit, ok), body: { leadId: id, start, timeZone: "Europe/Paris" } }), NOW, bookingApi(kit));
  }],
  ["POST /bookings (booking token)", async (kit) => {
    const id = await someLead(kit);
    const start = await firstSlot(kit, id);
    return (q, ok) => handleCreateBooking(db(), apiRequest("POST", `/bookings${q}`, { body: { token: ok ? tokenFor(id) : "forged.token", start, timeZone: "UTC" } }), NOW, bookingApi(kit));
  }],
  ["POST /bookings/requests (booking token)", async (kit) => {
    const id = await someLead(kit);
    return (q, ok) => handleRequestTime(db(), apiRequest("POST", `/bookings/requests${q}`, { body: { token: ok ? tokenFor(id) : "forged.token", note: "Any morning next week" } }), NOW, bookingApi(kit));
  }],
  ["POST /webhooks", async (kit) => (q, ok) => handleCreateWebhook(db(), apiRequest("POST", `/webhooks${q}`, { key: keyOf(kit, ok), body: { url: "http://127.0.0.1:9/new", events: ["lead.created"] } }), NOW, { allowPrivate: true })],
  ["DELETE /webhooks/{id}", async (kit) => {
    const { id } = await endpointOf(kit);
    return (q, ok) => handleDeleteWebhook(db(), apiRequest("DELETE", `/webhooks/${id}${q}`, { key: keyOf(kit, ok) }), id, NOW);
  }],
  ["POST /webhooks/{id}/rotate-secret", async (kit) => {
    const { id } = await endpointOf(kit);
    return (q, ok) => handleRotateWebhookSecret(db(), apiRequest("POST", `/webhooks/${id}/rotate-secret${q}`, { key: keyOf(kit, ok) }), id, NOW);
  }],
  ["POST /webhooks/{id}/test", async (kit) => {
    const { id } = await endpointOf(kit);
    return (q, ok) => handleSendWebhookTest(db(), apiRequest("POST", `/webhooks/${id}/test${q}`, { key: keyOf(kit, ok) }), id, NOW, async () => ({ queue: kit.deps.queue }));
  }],
  ["POST /webhooks/deliveries/{id}/replay", async (kit) => {
    const endpoint = await endpointOf(kit);
    await db().webhookEvent.create({ data: { id: "msg_query", workspaceId: kit.workspaceId, type: "lead.created", payload: {} } });
    const delivery = await db().webhookDelivery.create({ data: { workspaceId: kit.workspaceId, endpointId: endpoint.id, eventId: "msg_query", status: "FAILED" } });
    const deps = async () => ({ queue: kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: true, timeoutMs: 5_000 }), retryBaseMs: 60_000, now: () => NOW });
    return (q, ok) => handleReplayWebhookDelivery(db(), apiRequest("POST", `/webhooks/deliveries/${delivery.id}/replay${q}`, { key: keyOf(kit, ok) }), delivery.id, NOW, deps);
  }],
  ["POST /forms/{slug}/events (public beacon)", async () => {
    const body = { visitId: "visit-query-1", formVersion: 1, events: [{ type: "view", step: 0, at: NOW.getTime() - 1_000 }] };
    return (q, ok) => (ok ? handleFormEvents(db(), apiRequest("POST", `/forms/demo/events${q}`, { body, headers: { "user-agent": BROWSER } }), "demo", NOW, { rateLimit: LIMITS.formEvents }) : null);
  }],
];

/** Everything these writes may change: rows counted, and the rows an action edits in place (owners, secrets, delivery attempts). */
async function written() {
  const d = db();
  const leads = await d.lead.findMany({ select: { id: true, ownerRepId: true, status: true }, orderBy: { id: "asc" } });
  const counts = {
    leads: await d.lead.count(), assignments: await d.leadAssignment.count(), leadEvents: await d.leadEvent.count(), versions: await d.routingConfigVersion.count(),
    teams: await d.team.findMany({ select: { id: true, description: true }, orderBy: { id: "asc" } }), bookings: await d.booking.count(), emails: await d.emailMessage.count(),
    webhookEvents: await d.webhookEvent.count(), stepEvents: await d.formStepEvent.count(), visits: await d.formVisit.count(),
  };
  const endpoints = await d.webhookEndpoint.findMany({ orderBy: { id: "asc" } });
  const deliveries = await d.webhookDelivery.findMany({ select: { id: true, status: true, attempts: true }, orderBy: { id: "asc" } });
  return { leads, counts, endpoints, deliveries };
}

describe(`v1 writes without query parameters refuse one, at query.<name>, nothing written (${lane})`, () => {
  it.each(ROUTES)("%s?dryRun=true → 422 at query.dryRun, nothing written; without the query it is done", async (name, setUp) => {
    const call = await setUp(env.kit);
    const before = await written();
    const { status, json, headers } = await readJson<TApiErrorBody>((await call("?dryRun=true", true))!);
    expect(status).toBe(422);
    expect(json).toEqual({ error: { code: "VALIDATION", message: "The query is not valid", details: [{ path: "query.dryRun", message: "Unknown query parameter `dryRun`: this endpoint takes no query parameters" }] } });
    expect(headers.get("access-control-allow-origin")).toBeNull();
    expect(await written()).toEqual(before);

    // The same request without the query is done, and the snapshot sees it (routing/test is a dry run: nothing to see).
    const done = (await call("", true))!;
    expect([200, 201, 202, 204], await done.clone().text()).toContain(done.status);
    if (!name.startsWith("POST /routing/test")) expect(await written()).not.toEqual(before);
  });

  it.each(ROUTES)("%s: each parameter at its own path, a repeated one once; `?` alone is no query; a bad key (or a forged token) with ?x=1 is still the 401", async (_name, setUp) => {
    const call = await setUp(env.kit);
    const { status, json } = await readJson<TApiErrorBody>((await call("?force=1&source=crm&force=2", true))!);
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["query.force", "query.source"]);
    // The caller is checked first (the public beacon has none to check).
    const stranger = call("?x=1", false);
    if (stranger) expect((await stranger).status).toBe(401);
    expect([200, 201, 202, 204]).toContain((await call("?", true))!.status);
  });
});
