// A key without a route's scope is told so (403 naming the scope) whatever it sends: the scope is
// checked before the query or body is read. POST /api/v1/bookings with `{}` and a key lacking
// bookings:write answered 422 (start, timeZone): the body was validated before the key was even
// looked at. Table-driven over every server-to-server route (API_ROUTE_SCOPES), each with a query or
// body the route refuses; through the real handlers, the demo workspace, a real database (PGlite,
// or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { API_KEY_SCOPES, API_ROUTE_SCOPES, type TApiKeyScope, type TApiRoute } from "../../domain/api-keys/scopes";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { createApiKey } from "../../services/api-keys/api-keys";
import { apiRequest, readJson, startApiKit, type TApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";
import { handleCreateBooking, handleGetBooking, handleListSlots } from "./handle-bookings";
import { handleLeadEvent } from "./handle-lead-events";
import { handleCreateLead, handleGetLead, handleListLeads } from "./handle-leads";
import { handleReassignLead } from "./handle-reassign";
import { handleLeadsCsv } from "./handle-leads-csv";
import { handleListMembers } from "./handle-members";
import { handleGetRouting, handlePutRouting, handleTestRouting } from "./handle-routing";
import { handleCreateWebhook, handleDeleteWebhook, handleListWebhookDeliveries, handleListWebhooks, handleReplayWebhookDelivery, handleRotateWebhookSecret, handleSendWebhookTest } from "./handle-webhooks";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const db = () => env.testDb.db;
const never = async () => {
  throw new Error("not reached: the scope is checked first");
};

/** Each route called with `key` and a query or body it would refuse (422, or 400 for a malformed body). */
const BAD_CALLS: Record<TApiRoute, (kit: TApiKit, key: string) => Promise<Response>> = {
  "POST /api/v1/leads": (kit, key) => handleCreateLead(db(), apiRequest("POST", "/leads", { key, body: { score: 99 } }), NOW, kit.deps),
  "GET /api/v1/leads": (_kit, key) => handleListLeads(db(), apiRequest("GET", "/leads?limit=abc", { key }), NOW),
  "GET /api/v1/leads.csv": (_kit, key) => handleLeadsCsv(db(), apiRequest("GET", "/leads.csv?limit=abc", { key }), NOW),
  "GET /api/v1/leads/{id}": (_kit, key) => handleGetLead(db(), apiRequest("GET", "/leads/nope?x=1", { key }), "nope", NOW),
  "POST /api/v1/leads/{id}/reassign": (kit, key) => handleReassignLead(db(), apiRequest("POST", "/leads/nope/reassign", { key, body: {} }), "nope", NOW, kit.deps),
  "POST /api/v1/leads/{id}/events": (_kit, key) => handleLeadEvent(db(), apiRequest("POST", "/leads/nope/events", { key, body: {} }), "nope", NOW, never),
  "GET /api/v1/webhooks": (_kit, key) => handleListWebhooks(db(), apiRequest("GET", "/webhooks?x=1", { key }), NOW),
  "POST /api/v1/webhooks": (_kit, key) => handleCreateWebhook(db(), apiRequest("POST", "/webhooks", { key, body: {} }), NOW),
  "DELETE /api/v1/webhooks/{id}": (_kit, key) => handleDeleteWebhook(db(), apiRequest("DELETE", "/webhooks/nope?x=1", { key }), "nope", NOW),
  "POST /api/v1/webhooks/{id}/rotate-secret": (_kit, key) => handleRotateWebhookSecret(db(), apiRequest("POST", "/webhooks/nope/rotate-secret", { key, body: { x: 1 } }), "nope", NOW),
  "POST /api/v1/webhooks/{id}/test": (_kit, key) => handleSendWebhookTest(db(), apiRequest("POST", "/webhooks/nope/test?x=1", { key }), "nope", NOW, never),
  "GET /api/v1/webhooks/{id}/deliveries": (_kit, key) => handleListWebhookDeliveries(db(), apiRequest("GET", "/webhooks/nope/deliveries?x=1", { key }), "nope", NOW),
  "POST /api/v1/webhooks/deliveries/{id}/replay": (_kit, key) => handleReplayWebhookDelivery(db(), apiRequest("POST", "/webhooks/deliveries/nope/replay?x=1", { key }), "nope", NOW, never),
  "GET /api/v1/routing": (_kit, key) => handleGetRouting(db(), apiRequest("GET", "/routing?x=1", { key }), NOW),
  "PUT /api/v1/routing": (_kit, key) => handlePutRouting(db(), apiRequest("PUT", "/routing", { key, body: {} }), NOW),
  "POST /api/v1/routing/test": (_kit, key) => handleTestRouting(db(), apiRequest("POST", "/routing/test", { key, body: {} }), NOW),
  "GET /api/v1/members": (_kit, key) => handleListMembers(db(), apiRequest("GET", "/members?x=1", { key }), NOW),
  "GET /api/v1/bookings/slots": (kit, key) => handleListSlots(db(), apiRequest("GET", "/bookings/slots?leadId=nope&from=garbage", { key }), NOW, { deps: async () => kit.deps }),
  "POST /api/v1/bookings": (kit, key) => handleCreateBooking(db(), apiRequest("POST", "/bookings", { key, body: {} }), NOW, { deps: async () => kit.deps }),
  "GET /api/v1/bookings/{id}": (_kit, key) => handleGetBooking(db(), apiRequest("GET", "/bookings/nope?x=1", { key }), "nope", NOW),
};

const table = Object.entries(API_ROUTE_SCOPES) as [TApiRoute, TApiKeyScope][];

describe(`the scope before the query and body (${lane})`, () => {
  it("every route of the server-to-server API is in the table", () => {
    expect(table.map(([route]) => route).sort()).toEqual(Object.keys(BAD_CALLS).sort());
  });

  it.each(table)("%s with a bad query or body and a key without %s → 403 naming the scope", async (route, scope) => {
    const { key } = await createApiKey(db(), { workspaceId: env.kit.workspaceId, name: "Narrow", scopes: API_KEY_SCOPES.filter((s) => s !== scope) });
    const { status, json } = await readJson<TApiErrorBody>(await BAD_CALLS[route](env.kit, key));
    expect(status).toBe(403);
    expect(json.error).toEqual({ code: "FORBIDDEN", message: `This API key lacks the scope ${scope}`, details: [{ path: "scope", message: scope }] });
  });

  it.each(table)("%s with the same request and a key holding %s → refused for the request itself (4xx, not 403)", async (route, scope) => {
    const { key } = await createApiKey(db(), { workspaceId: env.kit.workspaceId, name: "Only", scopes: [scope] });
    const { status } = await readJson<TApiErrorBody>(await BAD_CALLS[route](env.kit, key));
    expect([400, 404, 422]).toContain(status);
  });

  it("POST /api/v1/bookings {} with bookings:write: 422 at start and timeZone, in our words", async () => {
    const { key } = await createApiKey(db(), { workspaceId: env.kit.workspaceId, name: "Book", scopes: ["bookings:write"] });
    const { status, json } = await readJson<TApiErrorBody>(await BAD_CALLS["POST /api/v1/bookings"](env.kit, key));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["start", "timeZone"]);
    expect(json.error.details.map((d) => d.message).join(" ")).not.toMatch(/Invalid input/);
  });
});
