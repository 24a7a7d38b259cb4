// API key scopes through the real handlers of every server-to-server route (table-driven over
// API_ROUTE_SCOPES): a key without the route's scope gets 403 naming it and changes nothing; a key
// with only that scope gets through; an expired key is a 401. The demo workspace, a real database.
import { describe, expect, it } from "vitest";
import { API_KEY_SCOPES, API_ROUTE_SCOPES, type TApiKeyScope, type TApiRoute } from "../../domain/api-keys/scopes";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { ALL_API_KEY_SCOPES, createApiKey } from "../../services/api-keys/api-keys";
import { getRoutingDocument } from "../../services/routing/routing-document";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit, type TApiKit } from "../../testing/api-kit";
import { bookSlot } from "../../services/bookings/book-slot";
import { listSlots } from "../../services/bookings/list-slots";
import { handleCreateBooking, handleGetBooking, handleListSlots } from "./handle-bookings";
import { handleCreateLead, handleGetLead, handleListLeads } from "./handle-leads";
import { handleReassignLead } from "./handle-reassign";
import { handleLeadsCsv } from "./handle-leads-csv";
import { handleLeadEvent } from "./handle-lead-events";
import { handleCreateWebhook, handleDeleteWebhook, handleListWebhookDeliveries, handleListWebhooks, handleReplayWebhookDelivery, handleRotateWebhookSecret, handleSendWebhookTest } from "./handle-webhooks";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { createWebhookEndpoint } from "../../services/webhooks/webhook-endpoints";
import { handleListMembers } from "./handle-members";
import { handleGetRouting, handlePutRouting, handleTestRouting } from "./handle-routing";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

/** A lead made with the kit's all-scopes key, for the routes that need one. */
async function someLead(kit: TApiKit): Promise<string> {
  const response = await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: kit.key, body: { form: "demo", answers: BANK_VP } }), NOW, kit.deps);
  return ((await response.json()) as { lead: { id: string } }).lead.id;
}

/** Prepares what the route needs (with the all-scopes key), then returns the call with `key`. */
type TCall = (kit: TApiKit) => Promise<(key: string) => Promise<Response>>;
const db = () => env.testDb.db;

const CALLS: Record<TApiRoute, TCall> = {
  "POST /api/v1/leads": async (kit) => (key) =>
    handleCreateLead(db(), apiRequest("POST", "/leads", { key, body: { form: "demo", answers: { ...BANK_VP, email: "scoped@firstbank.com" } } }), NOW, kit.deps),
  "GET /api/v1/leads": async () => (key) => handleListLeads(db(), apiRequest("GET", "/leads?limit=5", { key }), NOW),
  "GET /api/v1/webhooks": async () => (key) => handleListWebhooks(db(), apiRequest("GET", "/webhooks", { key }), NOW),
  "POST /api/v1/webhooks": async () => (key) => handleCreateWebhook(db(), apiRequest("POST", "/webhooks", { key, body: { url: "https://crm.example/hooks", events: ["lead.created"] } }), NOW),
  "DELETE /api/v1/webhooks/{id}": async (kit) => {
    const { endpoint } = await createWebhookEndpoint(db(), kit.workspaceId, { url: "https://crm.example/hooks/1", events: ["lead.created"] });
    return (key) => handleDeleteWebhook(db(), apiRequest("DELETE", `/webhooks/${endpoint.id}`, { key }), endpoint.id, NOW);
  },
  "POST /api/v1/webhooks/{id}/rotate-secret": async (kit) => {
    const { endpoint } = await createWebhookEndpoint(db(), kit.workspaceId, { url: "https://crm.example/hooks/2", events: ["lead.created"] });
    return (key) => handleRotateWebhookSecret(db(), apiRequest("POST", `/webhooks/${endpoint.id}/rotate-secret`, { key }), endpoint.id, NOW);
  },
  "POST /api/v1/webhooks/{id}/test": async (kit) => {
    const { endpoint } = await createWebhookEndpoint(db(), kit.workspaceId, { url: "https://crm.example/hooks/3", events: ["lead.created"] });
    return (key) => handleSendWebhookTest(db(), apiRequest("POST", `/webhooks/${endpoint.id}/test`, { key }), endpoint.id, NOW, async () => kit.deps);
  },
  "GET /api/v1/webhooks/{id}/deliveries": async (kit) => {
    const { endpoint } = await createWebhookEndpoint(db(), kit.workspaceId, { url: "https://crm.example/hooks/4", events: ["lead.created"] });
    return (key) => handleListWebhookDeliveries(db(), apiRequest("GET", `/webhooks/${endpoint.id}/deliveries`, { key }), endpoint.id, NOW);
  },
  "POST /api/v1/webhooks/deliveries/{id}/replay": async (kit) => {
    const { endpoint } = await createWebhookEndpoint(db(), kit.workspaceId, { url: "https://crm.invalid/hooks", events: ["lead.created"] });
    await db().webhookEvent.create({ data: { id: "msg_scope", workspaceId: kit.workspaceId, type: "lead.created", payload: {} } });
    const delivery = await db().webhookDelivery.create({ data: { workspaceId: kit.workspaceId, endpointId: endpoint.id, eventId: "msg_scope", status: "FAILED" } });
    const deps = async () => ({ queue: kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: false, timeoutMs: 2_000 }), retryBaseMs: 10, now: () => NOW });
    return (key) => handleReplayWebhookDelivery(db(), apiRequest("POST", `/webhooks/deliveries/${delivery.id}/replay`, { key }), delivery.id, NOW, deps);
  },
  "GET /api/v1/leads.csv": async () => (key) => handleLeadsCsv(db(), apiRequest("GET", "/leads.csv", { key }), NOW),
  "GET /api/v1/leads/{id}": async (kit) => {
    const id = await someLead(kit);
    return (key) => handleGetLead(db(), apiRequest("GET", `/leads/${id}`, { key }), id, NOW);
  },
  "POST /api/v1/leads/{id}/reassign": async (kit) => {
    const id = await someLead(kit);
    return (key) => handleReassignLead(db(), apiRequest("POST", `/leads/${id}/reassign`, { key, body: { reason: "Territory change" } }), id, NOW, kit.deps);
  },
  "POST /api/v1/leads/{id}/events": async (kit) => {
    const id = await someLead(kit);
    return (key) => handleLeadEvent(db(), apiRequest("POST", `/leads/${id}/events`, { key, body: { type: "contacted", occurredAt: NOW.toISOString() } }), id, NOW, async () => kit.deps.queue);
  },
  "GET /api/v1/routing": async () => (key) => handleGetRouting(db(), apiRequest("GET", "/routing", { key }), NOW),
  "PUT /api/v1/routing": async (kit) => {
    const { config, teams } = await getRoutingDocument(db(), kit.workspaceId);
    const body = { config, teams: teams.map(({ id, name, description, isActive, members }) => ({ id, name, description, isActive, members })) };
    return (key) => handlePutRouting(db(), apiRequest("PUT", "/routing", { key, body }), NOW);
  },
  "GET /api/v1/members": async () => (key) => handleListMembers(db(), apiRequest("GET", "/members", { key }), NOW),
  "POST /api/v1/routing/test": async () => (key) => handleTestRouting(db(), apiRequest("POST", "/routing/test", { key, body: { lead: { form: "demo", answers: BANK_VP } } }), NOW),
  "GET /api/v1/bookings/slots": async (kit) => {
    const id = await someLead(kit);
    return (key) => handleListSlots(db(), apiRequest("GET", `/bookings/slots?leadId=${id}&tz=Europe/Paris`, { key }), NOW, { deps: async () => kit.deps });
  },
  "POST /api/v1/bookings": async (kit) => {
    const id = await someLead(kit);
    const slots = await listSlots(db(), { workspaceId: kit.workspaceId, leadId: id, timeZone: "UTC", now: NOW });
    const start = slots.days[0]!.slots[0]!.start;
    return (key) => handleCreateBooking(db(), apiRequest("POST", "/bookings", { key, body: { leadId: id, start, timeZone: "Europe/Paris" } }), NOW, { deps: async () => kit.deps });
  },
  "GET /api/v1/bookings/{id}": async (kit) => {
    const id = await someLead(kit);
    const slots = await listSlots(db(), { workspaceId: kit.workspaceId, leadId: id, timeZone: "UTC", now: NOW });
    const booked = await bookSlot(db(), kit.deps, { workspaceId: kit.workspaceId, leadId: id, start: new Date(slots.days[0]!.slots[0]!.start), timeZone: "UTC", bookedBy: "api", now: NOW });
    if (!booked.ok) throw new Error("the first slot was not free");
    return (key) => handleGetBooking(db(), apiRequest("GET", `/bookings/${booked.booking.id}`, { key }), booked.booking.id, NOW);
  },
};

const table = Object.entries(API_ROUTE_SCOPES) as [TApiRoute, TApiKeyScope][];

/** What a route may have written: leads, assignments, routing versions, bookings. */
async function writes() {
  const [leads, assignments, versions, bookings, webhooks] = await Promise.all([db().lead.count(), db().leadAssignment.count(), db().routingConfigVersion.count(), db().booking.count(), db().webhookEndpoint.count()]);
  return { leads, assignments, versions, bookings, webhooks };
}

describe(`API key scopes (${lane})`, () => {
  it("every route of the server-to-server API needs exactly one listed scope", () => {
    expect(table.map(([route]) => route).sort()).toEqual(Object.keys(CALLS).sort());
    for (const [, scope] of table) expect(API_KEY_SCOPES).toContain(scope);
  });

  it.each(table)("%s needs %s: without it 403 naming the scope, nothing written", async (route, scope) => {
    const { kit } = env;
    const { key } = await createApiKey(db(), { workspaceId: kit.workspaceId, name: "Narrow", scopes: API_KEY_SCOPES.filter((s) => s !== scope) });
    const call = await CALLS[route](kit);
    const before = await writes();
    const response = await call(key);
    const { status, json, headers } = await readJson<TApiErrorBody>(response);
    expect(status).toBe(403);
    expect(json.error).toEqual({ code: "FORBIDDEN", message: `This API key lacks the scope ${scope}`, details: [{ path: "scope", message: scope }] });
    expect(headers.get("www-authenticate")).toContain(`scope="${scope}"`);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    expect(await writes()).toEqual(before);
  });

  it.each(table)("%s with a key holding only %s gets through", async (route, scope) => {
    const { kit } = env;
    const { key } = await createApiKey(db(), { workspaceId: kit.workspaceId, name: "Only", scopes: [scope] });
    const response = await (await CALLS[route](kit))(key);
    expect([200, 201, 202, 204]).toContain(response.status);
  });

  it("an expired key is a 401 that says so, on every route", async () => {
    const { kit } = env;
    const { key, expiresAt } = await createApiKey(db(), { workspaceId: kit.workspaceId, name: "Old", scopes: ALL_API_KEY_SCOPES, expiresInDays: 1, now: new Date(NOW.getTime() - 2 * 24 * 3600_000) });
    for (const [route] of table) {
      const { status, json, headers } = await readJson<TApiErrorBody>(await (await CALLS[route](kit))(key));
      expect(status, route).toBe(401);
      expect(json.error.message).toBe(`The API key expired on ${expiresAt!.toISOString()}: create a new one in Settings → API keys`);
      expect(headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
  });
});
