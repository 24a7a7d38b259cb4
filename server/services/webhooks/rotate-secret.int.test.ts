// Rotating a webhook secret twice, over REST, with a receiver on 127.0.0.1 that verifies with the
// ORIGINAL secret: after the second rotation (10 s after the first) the original still verifies —
// it signs until the 24 h the first rotation promised — and so do both newer ones. A fourth rotation
// while three replaced secrets still sign is refused (409, saying when). The body must be empty or
// {}: an unknown property is 422 naming its path, like the rest of the API.
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { apiRequest } from "../../testing/api-kit";
import { startWebhookKit, useWebhookReceivers } from "../../testing/webhook-receiver-kit";
import { handleCreateWebhook, handleRotateWebhookSecret, handleSendWebhookTest } from "../../api/rest/handle-webhooks";
import type { TestDb } from "../../testing/test-db";
import { useRoutingKit } from "../../testing/routing-kit";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const HOUR = 60 * 60 * 1000;

const env = useRoutingKit((testDb: TestDb) => startWebhookKit(testDb, { retryBaseMs: 60_000 }));
const startReceiver = useWebhookReceivers();

describe(`rotating a webhook secret (${lane})`, () => {
  it("twice, 10 s apart: the original secret still verifies until the 24 h the first rotation promised; a fourth is refused", async () => {
    const hook = await startReceiver({ secret: () => "", answer: () => 200 });
    const received = hook.received;
    const url = hook.url;
    const created = (await (await handleCreateWebhook(env.testDb.db, apiRequest("POST", "/webhooks", { key: env.kit.key, body: { url, events: ["lead.created"] } }), new Date(), { allowPrivate: true })).json()) as { endpoint: { id: string }; secret: string };
    const id = created.endpoint.id;
    const rotate = (at: Date, body?: unknown) => handleRotateWebhookSecret(env.testDb.db, apiRequest("POST", `/webhooks/${id}/rotate-secret`, { key: env.kit.key, body }), id, at);

    const t0 = new Date();
    const first = await rotate(t0);
    expect(first.status).toBe(200);
    const one = (await first.json()) as { secret: string; previousSecretExpiresAt: string };
    expect(Date.parse(one.previousSecretExpiresAt)).toBe(t0.getTime() + 24 * HOUR);
    const second = await rotate(new Date(t0.getTime() + 10_000), {});
    expect(second.status).toBe(200);
    const two = (await second.json()) as { secret: string; previousSecretExpiresAt: string; previousSecrets: { expiresAt: string }[] };

    const sent = await handleSendWebhookTest(env.testDb.db, apiRequest("POST", `/webhooks/${id}/test`, { key: env.kit.key }), id, new Date(), async () => ({ queue: env.kit.deps.queue }));
    expect(sent.status).toBe(202);
    for (let i = 0; i < 100 && received.length === 0; i++) {
      await env.kit.webhookQueue.runDue("webhooks.deliver");
      if (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(received).toHaveLength(1);
    const [r] = received;
    const headers = { "webhook-id": r!.id, "webhook-timestamp": r!.timestamp, "webhook-signature": r!.signature };
    expect(headers["webhook-signature"].split(" ")).toHaveLength(3);
    for (const secret of [created.secret, one.secret, two.secret]) expect(new Webhook(secret).verify(r!.body, headers)).toMatchObject({ type: "webhook.test" });
    expect(two.previousSecrets.map((s) => Date.parse(s.expiresAt))).toEqual([t0.getTime() + 10_000 + 24 * HOUR, t0.getTime() + 24 * HOUR]);

    // A third rotation still keeps all; a fourth, while three replaced secrets sign, is refused and says when.
    expect((await rotate(new Date(t0.getTime() + 20_000))).status).toBe(200);
    const fourth = await rotate(new Date(t0.getTime() + 30_000));
    expect(fourth.status).toBe(409);
    expect(await fourth.json()).toMatchObject({ error: { code: "CONFLICT", message: expect.stringContaining(new Date(t0.getTime() + 24 * HOUR).toISOString()) } });
    // Once the original's overlap ended, rotating works again.
    expect((await rotate(new Date(t0.getTime() + 24 * HOUR + 1))).status).toBe(200);
  });

  it("the body: none or {} rotates; an unknown property is 422 naming its path; another workspace's endpoint is 404", async () => {
    const created = (await (await handleCreateWebhook(env.testDb.db, apiRequest("POST", "/webhooks", { key: env.kit.key, body: { url: "http://127.0.0.1:9/hooks", events: ["lead.created"] } }), new Date(), { allowPrivate: true })).json()) as { endpoint: { id: string } };
    const id = created.endpoint.id;
    const rotate = (body: unknown, key = env.kit.key) => handleRotateWebhookSecret(env.testDb.db, apiRequest("POST", `/webhooks/${id}/rotate-secret`, { key, body }), id, new Date());
    const before = await env.testDb.db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    const unknown = await rotate({ x: 1 });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ error: { code: "VALIDATION", details: [{ path: "x" }] } });
    expect((await rotate("not json")).status).toBe(400);
    expect((await env.testDb.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).secret).toBe(before.secret); // nothing rotated
    expect((await rotate(undefined)).status).toBe(200);
    expect((await rotate({})).status).toBe(200);
    const other = await rotate(undefined, env.kit.otherKey);
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: "NOT_FOUND", details: [{ path: "endpointId" }] } });
  });
});
