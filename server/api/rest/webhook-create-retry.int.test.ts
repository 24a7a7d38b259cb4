// POST /api/v1/webhooks is retry-safe. A create retried after a lost answer subscribed the same URL
// twice, and every event was then delivered twice. Now an Idempotency-Key replays the first answer
// (200, the same endpoint and secret; another request under it is a 422, a malformed key a 422, both
// at headers.idempotency-key), and without a key the same url and events again is a 409 at `url`
// naming the endpoint that has them — in the caller's workspace only. Real handler, a real database:
// PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";
import { handleCreateWebhook, handleRotateWebhookSecret } from "./handle-webhooks";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit(startApiKit);

type TBody = { endpoint: { id: string; url: string; events: string[] }; secret: string; error?: { code: string; message: string; details: { path: string; message: string }[] } };
const create = async (body: unknown, headers: Record<string, string> = {}, key = env.kit.key) =>
  readJson<TBody>(await handleCreateWebhook(env.testDb.db, apiRequest("POST", "/webhooks", { key, body, headers }), NOW, { allowPrivate: false }));
const HOOK = { url: "https://crm.example/hooks", events: ["lead.created", "lead.routed"] };

describe(`POST /api/v1/webhooks is retry-safe (${lane})`, () => {
  it("the same Idempotency-Key and request again: 200 with the first endpoint and secret, one endpoint stored", async () => {
    const first = await create(HOOK, { "idempotency-key": "crm-hook-1" });
    expect(first.status).toBe(201);
    const again = await create({ ...HOOK, events: ["lead.routed", "lead.created"] }, { "idempotency-key": "crm-hook-1" });
    expect(again.status).toBe(200);
    expect(again.json.endpoint.id).toBe(first.json.endpoint.id);
    expect(again.json.secret).toBe(first.json.secret);
    expect(await env.testDb.db.webhookEndpoint.count()).toBe(1);
  });

  it("the key with another request is a 422, a malformed key a 422, both at headers.idempotency-key; nothing created", async () => {
    await create(HOOK, { "idempotency-key": "crm-hook-1" });
    const other = await create({ url: "https://crm.example/other", events: ["lead.created"] }, { "idempotency-key": "crm-hook-1" });
    expect(other.status).toBe(422);
    expect(other.json.error?.details).toEqual([{ path: "headers.idempotency-key", message: "This key was already used with a different request; use a new key for a new endpoint" }]);
    const malformed = await create(HOOK, { "idempotency-key": "bad key!" });
    expect(malformed.status).toBe(422);
    expect(malformed.json.error?.details[0]?.path).toBe("headers.idempotency-key");
    expect(await env.testDb.db.webhookEndpoint.count()).toBe(1);
  });

  it("a replay after the secret was rotated does not show the new secret: 409 at headers.idempotency-key", async () => {
    const first = await create(HOOK, { "idempotency-key": "crm-hook-1" });
    const id = first.json.endpoint.id;
    expect((await handleRotateWebhookSecret(env.testDb.db, apiRequest("POST", `/webhooks/${id}/rotate-secret`, { key: env.kit.key }), id, NOW)).status).toBe(200);
    const replay = await create(HOOK, { "idempotency-key": "crm-hook-1" });
    expect(replay.status).toBe(409);
    expect(replay.json.error?.details[0]).toMatchObject({ path: "headers.idempotency-key" });
    expect(replay.json.error?.details[0]?.message).toContain(id);
    expect(JSON.stringify(replay.json)).not.toContain("whsec_");
  });

  it("without a key, the same url and events again (any order, the host in capitals) is a 409 at url naming the endpoint", async () => {
    const first = await create(HOOK);
    expect(first.status).toBe(201);
    const again = await create({ url: "https://CRM.example/hooks", events: ["lead.routed", "lead.created"] });
    expect(again.status).toBe(409);
    expect(again.json.error?.details).toHaveLength(1);
    expect(again.json.error?.details[0]?.path).toBe("url");
    expect(again.json.error?.details[0]?.message).toContain(first.json.endpoint.id);
    // A new key for the same subscription is refused the same way.
    expect((await create(HOOK, { "idempotency-key": "crm-hook-2" })).status).toBe(409);
    expect(await env.testDb.db.webhookEndpoint.count()).toBe(1);
  });

  it("other events to the same url, and the same subscription in another workspace, are new endpoints (201)", async () => {
    expect((await create(HOOK)).status).toBe(201);
    expect((await create({ url: HOOK.url, events: ["lead.created"] })).status).toBe(201);
    const elsewhere = await create(HOOK, { "idempotency-key": "crm-hook-1" }, env.kit.otherKey);
    expect(elsewhere.status).toBe(201);
    expect(await env.testDb.db.webhookEndpoint.count({ where: { workspaceId: env.kit.otherWorkspaceId } })).toBe(1);
  });

  it("two creates at once with the same key make one endpoint", async () => {
    const [a, b] = await Promise.all([create(HOOK, { "idempotency-key": "crm-hook-3" }), create(HOOK, { "idempotency-key": "crm-hook-3" })]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.json.endpoint.id).toBe(b.json.endpoint.id);
    expect(await env.testDb.db.webhookEndpoint.count()).toBe(1);
  });
});
