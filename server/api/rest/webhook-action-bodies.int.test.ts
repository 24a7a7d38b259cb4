// The webhook actions that take no body — rotate-secret, test, replay — read it as the rest of the
// API does: nothing or {} is fine; an unknown property is a 422 naming its path (nothing is done);
// a body that is not JSON is a 400. Real handlers, a real database, a receiver on 127.0.0.1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { createWebhookEndpoint } from "../../services/webhooks/webhook-endpoints";
import { apiRequest, startApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";
import { handleDeleteWebhook, handleReplayWebhookDelivery, handleRotateWebhookSecret, handleSendWebhookTest } from "./handle-webhooks";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit(startApiKit);

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A receiver answering 200 and counting the requests it got. */
async function receiver(): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  server = http.createServer((request, response) => {
    hits++;
    request.resume();
    request.on("end", () => response.writeHead(200).end("ok"));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, hits: () => hits };
}

describe(`webhook actions take no body, or {} (${lane})`, () => {
  it("POST /webhooks/{id}/test: an unknown property is 422 at its path and queues nothing; none or {} is 202", async () => {
    const { endpoint } = await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: "http://127.0.0.1:9/hooks", events: ["lead.created"] }, { allowPrivate: true });
    const send = (body: unknown) => handleSendWebhookTest(env.testDb.db, apiRequest("POST", `/webhooks/${endpoint.id}/test`, { key: env.kit.key, body }), endpoint.id, NOW, async () => ({ queue: env.kit.deps.queue }));

    const unknown = await send({ event: "lead.created" });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ error: { code: "VALIDATION", details: [{ path: "event" }] } });
    expect((await send("not json")).status).toBe(400);
    expect(await env.testDb.db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0); // nothing sent

    expect((await send(undefined)).status).toBe(202);
    expect((await send({})).status).toBe(202);
    expect(await env.testDb.db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(2);
  });

  it("POST /webhooks/deliveries/{id}/replay: an unknown property is 422 at its path and sends nothing; none or {} sends it again", async () => {
    const hook = await receiver();
    const { endpoint } = await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: hook.url, events: ["lead.created"] }, { allowPrivate: true });
    await env.testDb.db.webhookEvent.create({ data: { id: "msg_body", workspaceId: env.kit.workspaceId, type: "lead.created", payload: {} } });
    const delivery = await env.testDb.db.webhookDelivery.create({ data: { workspaceId: env.kit.workspaceId, endpointId: endpoint.id, eventId: "msg_body", status: "FAILED" } });
    const deps = async () => ({ queue: env.kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: true, timeoutMs: 5_000 }), retryBaseMs: 60_000, now: () => NOW });
    const replay = (body: unknown) => handleReplayWebhookDelivery(env.testDb.db, apiRequest("POST", `/webhooks/deliveries/${delivery.id}/replay`, { key: env.kit.key, body }), delivery.id, NOW, deps);

    const unknown = await replay({ force: true, delay: 0 });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ error: { code: "VALIDATION", details: [{ path: "force" }, { path: "delay" }] } });
    expect((await replay("[1")).status).toBe(400);
    expect(hook.hits()).toBe(0); // nothing sent

    expect(await (await replay(undefined)).json()).toEqual({ result: { status: "DELIVERED", statusCode: 200 } });
    expect((await replay({})).status).toBe(200);
    expect(hook.hits()).toBe(2);
  });

  it("POST /webhooks/{id}/rotate-secret: the same rule (unchanged)", async () => {
    const { endpoint } = await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: "http://127.0.0.1:9/hooks", events: ["lead.created"] }, { allowPrivate: true });
    const rotate = (body: unknown) => handleRotateWebhookSecret(env.testDb.db, apiRequest("POST", `/webhooks/${endpoint.id}/rotate-secret`, { key: env.kit.key, body }), endpoint.id, NOW);
    expect(await (await rotate({ x: 1 })).json()).toMatchObject({ error: { code: "VALIDATION", details: [{ path: "x" }] } });
    expect((await rotate(undefined)).status).toBe(200);
    expect((await rotate({})).status).toBe(200);
  });

  // DELETE read no body: `{ "force": true }` deleted the endpoint (204) as if the property were honoured.
  it("DELETE /webhooks/{id}: an unknown property is 422 at its path and deletes nothing; none, {} or an empty JSON body deletes", async () => {
    const create = async () => (await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: "http://127.0.0.1:9/hooks", events: ["lead.created"] }, { allowPrivate: true })).endpoint.id;
    const remove = (id: string, body: unknown, headers: Record<string, string> = {}) => handleDeleteWebhook(env.testDb.db, apiRequest("DELETE", `/webhooks/${id}`, { key: env.kit.key, body, headers }), id, NOW);
    const kept = await create();

    const unknown = await remove(kept, { force: true });
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ error: { code: "VALIDATION", details: [{ path: "force" }] } });
    expect((await remove(kept, "not json")).status).toBe(400);
    expect(await env.testDb.db.webhookEndpoint.count({ where: { id: kept } })).toBe(1); // nothing deleted

    expect((await remove(kept, undefined)).status).toBe(204);
    expect((await remove(await create(), {})).status).toBe(204);
    expect((await remove(await create(), "", { "content-type": "application/json" })).status).toBe(204);
    expect(await env.testDb.db.webhookEndpoint.count({ where: { workspaceId: env.kit.workspaceId } })).toBe(0);
  });

  // Many HTTP clients send Content-Type: application/json on every request: with no body that is
  // still "no body" (it was a 400 MALFORMED_JSON "The body is empty", and nothing was done).
  it("Content-Type: application/json with an empty body is no body: test 202, rotate-secret 200, replay sends", async () => {
    const hook = await receiver();
    const { endpoint } = await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: hook.url, events: ["lead.created"] }, { allowPrivate: true });
    await env.testDb.db.webhookEvent.create({ data: { id: "msg_empty", workspaceId: env.kit.workspaceId, type: "lead.created", payload: {} } });
    const delivery = await env.testDb.db.webhookDelivery.create({ data: { workspaceId: env.kit.workspaceId, endpointId: endpoint.id, eventId: "msg_empty", status: "FAILED" } });
    const deps = async () => ({ queue: env.kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: true, timeoutMs: 5_000 }), retryBaseMs: 60_000, now: () => NOW });
    const request = (path: string, body: string) => apiRequest("POST", path, { key: env.kit.key, body, headers: { "content-type": "application/json" } });

    for (const body of ["", " \n"]) {
      expect((await handleSendWebhookTest(env.testDb.db, request(`/webhooks/${endpoint.id}/test`, body), endpoint.id, NOW, async () => ({ queue: env.kit.deps.queue }))).status).toBe(202);
      expect((await handleRotateWebhookSecret(env.testDb.db, request(`/webhooks/${endpoint.id}/rotate-secret`, body), endpoint.id, NOW)).status).toBe(200);
    }
    expect(await (await handleReplayWebhookDelivery(env.testDb.db, request(`/webhooks/deliveries/${delivery.id}/replay`, ""), delivery.id, NOW, deps)).json()).toEqual({ result: { status: "DELIVERED", statusCode: 200 } });
    expect(hook.hits()).toBe(1);
  });
});
