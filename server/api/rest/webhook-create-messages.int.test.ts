// POST /api/v1/webhooks refuses a bad endpoint with plain messages naming what is expected, at
// each field's path (they were zod's own: "Invalid input: expected array, received string",
// "Invalid option: expected one of …"); nothing is written. Real handler, a real database.
import { describe, expect, it } from "vitest";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";
import { handleCreateWebhook } from "./handle-webhooks";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit(startApiKit);
const EVENT_NAMES = "lead.created, lead.routed, lead.reassigned, lead.unassigned, lead.accepted, lead.outcome, booking.created, booking.rescheduled, booking.cancelled, nurture.graduated";

type TErrorBody = { error: { code: string; message: string; details: { path: string; message: string }[] } };
const create = async (body: unknown) =>
  readJson<TErrorBody & { endpoint?: { id: string; description: string } }>(await handleCreateWebhook(env.testDb.db, apiRequest("POST", "/webhooks", { key: env.kit.key, body }), NOW, { allowPrivate: false }));

describe(`POST /api/v1/webhooks: plain messages for a bad endpoint (${lane})`, () => {
  it("events as a string and an unknown event → 422 with a plain message at each path, nothing written", async () => {
    const asString = await create({ url: "https://crm.example/hooks", events: "lead.routed" });
    expect(asString.status).toBe(422);
    expect(asString.json.error.details).toEqual([{ path: "events", message: 'Give the events as a list, e.g. ["lead.routed"]' }]);

    const unknown = await create({ url: "https://crm.example/hooks", events: ["lead.routed", "x"], description: 5 });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.details).toEqual([
      { path: "events.1", message: `Unknown event "x": use one of ${EVENT_NAMES}` },
      { path: "description", message: "Give the description as text (at most 200 characters), or leave it out" },
    ]);

    const missing = await create({});
    expect(missing.json.error.details).toEqual([
      { path: "url", message: 'Give the address to send events to (url), e.g. "https://crm.example/hooks"' },
      { path: "events", message: 'Give the events to send (events) as a list, e.g. ["lead.routed"]' },
    ]);
    expect(await env.testDb.db.webhookEndpoint.count()).toBe(0);
  });

  it("a valid endpoint is still created (201); a null description is not given", async () => {
    const { status, json } = await create({ url: "https://crm.example/hooks", events: ["lead.routed"], description: null });
    expect(status).toBe(201);
    expect(json.endpoint).toMatchObject({ description: "" });
  });
});
