// The v1 GET routes of the API key that take no query parameter refuse one as GET /api/v1/leads
// refuses a parameter it does not take: a 422 VALIDATION at the parameter's own name, in the API's
// error shape. `GET /api/v1/leads/{id}?x=1` (and the others) answered 200, the parameter ignored,
// while the list answered 422: a typo (`?fields=…`, `?include=…`) looked honoured. Without a query
// they answer as before, HEAD too; a bad key is still the 401 first. Through the real handlers and
// a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, leadPoster, readJson, startApiKit } from "../../testing/api-kit";
import { handleGetBooking } from "./handle-bookings";
import { handleGetLead, handleListLeads } from "./handle-leads";
import { handleListMembers } from "./handle-members";
import { handleGetRouting } from "./handle-routing";
import { handleListWebhookDeliveries, handleListWebhooks } from "./handle-webhooks";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const postLead = leadPoster(env, NOW);

type TRoute = [name: string, path: (leadId: string) => string, call: (request: Request, leadId: string) => Promise<Response>, status: number];
const db = () => env.testDb.db;
/** Each GET route without query parameters, and what it answers without one (an unknown id: 404, the handler ran). */
const ROUTES: TRoute[] = [
  ["GET /leads/{id}", (id) => `/leads/${id}`, (r, id) => handleGetLead(db(), r, id, NOW), 200],
  ["GET /routing", () => "/routing", (r) => handleGetRouting(db(), r, NOW), 200],
  ["GET /members", () => "/members", (r) => handleListMembers(db(), r, NOW), 200],
  ["GET /webhooks", () => "/webhooks", (r) => handleListWebhooks(db(), r, NOW), 200],
  ["GET /webhooks/{id}/deliveries", () => "/webhooks/wh_none/deliveries", (r) => handleListWebhookDeliveries(db(), r, "wh_none", NOW), 404],
  ["GET /bookings/{id}", () => "/bookings/bk_none", (r) => handleGetBooking(db(), r, "bk_none", NOW), 404],
];

describe(`v1 GET routes without query parameters refuse one, as GET /leads does (${lane})`, () => {
  const leadId = async () => (await postLead({ person: { email: "ann@acme.io" } })).json.lead.id;

  it.each(ROUTES)("%s?x=1 → 422 at x, as the list's unknown parameter", async (_name, path, call) => {
    const id = await leadId();
    const { status, json, headers } = await readJson<TApiErrorBody>(await call(apiRequest("GET", `${path(id)}?x=1`, { key: env.kit.key }), id));
    expect(status).toBe(422);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    expect(json).toEqual({ error: { code: "VALIDATION", message: "The query is not valid", details: [{ path: "x", message: "Unknown query parameter `x`: this endpoint takes no query parameters" }] } });
    // The list's answer to the same parameter: the same code, the same path, the same opening words.
    const list = await readJson<TApiErrorBody>(await handleListLeads(db(), apiRequest("GET", "/leads?x=1", { key: env.kit.key }), NOW));
    expect(list.status).toBe(422);
    expect(list.json.error.code).toBe("VALIDATION");
    expect(list.json.error.details).toEqual([{ path: "x", message: expect.stringMatching(/^Unknown query parameter `x`: use /) }]);
  });

  it.each(ROUTES)("%s: each unknown parameter at its own name, a repeated one once", async (_name, path, call) => {
    const id = await leadId();
    const { status, json } = await readJson<TApiErrorBody>(await call(apiRequest("GET", `${path(id)}?fields=id&include=reasons&include=owner`, { key: env.kit.key }), id));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(["fields", "include"]);
  });

  it.each(ROUTES)("%s without a query (GET and HEAD) answers as before; a bad key with ?x=1 is still the 401", async (_name, path, call, expected) => {
    const id = await leadId();
    expect((await call(apiRequest("GET", path(id), { key: env.kit.key }), id)).status).toBe(expected);
    expect((await call(apiRequest("GET", `${path(id)}?`, { key: env.kit.key }), id)).status).toBe(expected);
    expect((await call(apiRequest("HEAD", path(id), { key: env.kit.key }), id)).status).toBe(expected);
    expect((await call(apiRequest("HEAD", `${path(id)}?x=1`, { key: env.kit.key }), id)).status).toBe(422);
    expect((await call(apiRequest("GET", `${path(id)}?x=1`, { key: "sb_live_not_a_key" }), id)).status).toBe(401);
  });
});
