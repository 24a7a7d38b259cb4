// Settings → Webhooks through its tRPC router, on the demo workspace: an admin adds an endpoint
// (secret once, never listed; a bad URL or no event is refused naming the field), sends a test
// event and replays it from the log (a local receiver gets the same webhook-id twice), rotates
// the secret, disables and enables it, deletes it. A manager and a rep are refused; an admin of
// another workspace cannot see or touch it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { useRoutingKit } from "../../testing/routing-kit";
import { createCallerFactory, router } from "../trpc";
import { webhooksRouterWith } from "./webhooks";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();
const received: string[] = [];
let url = "";
/** The receiver is on 127.0.0.1: endpoints may be saved there (OUTBOUND_ALLOW_PRIVATE), except where a test says otherwise. */
let allowPrivateUrls = true;
const receiver = http.createServer((request, response) => {
  received.push(String(request.headers["webhook-id"]));
  request.resume();
  request.on("end", () => response.end("ok"));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const createCaller = createCallerFactory(
  router({
    webhooks: webhooksRouterWith({ webhooks: async () => ({ queue: env.kit.queue, fetch: createOutboundFetch({ allowPrivate: true }), retryBaseMs: 20, now: () => new Date() }), allowPrivateUrls: () => allowPrivateUrls }),
  }),
);
async function callerFor(email: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email } });
  return createCaller(contextFor(env.testDb.db, user)).webhooks;
}

describe(`webhooks router (${lane})`, () => {
  it("an admin manages an endpoint: secret once, test event, log, replay, rotate, disable/enable, delete", async () => {
    const admin = await callerFor("admin@demo.switchboard.dev");
    await expect(admin.create({ url: "ftp://files.example.com", events: ["lead.created"] })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { details: [expect.objectContaining({ path: "url" })] } });
    // A URL on a private or local network is refused when saved (it was accepted, then failed every delivery for a day).
    allowPrivateUrls = false;
    for (const local of [url, "http://169.254.169.254/latest/meta-data/", "http://localhost/", "http://0x7f.1/"]) {
      await expect(admin.create({ url: local, events: ["lead.created"] })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { details: [{ path: "url", message: expect.stringContaining("private or local network") }] } });
    }
    allowPrivateUrls = true;
    await expect(admin.create({ url, events: [] })).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { details: [expect.objectContaining({ path: "events" })] } });
    await expect(admin.create({ url, events: ["lead.nope"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await env.testDb.db.webhookEndpoint.count()).toBe(0);

    const created = await admin.create({ url, events: ["booking.created", "lead.created"], description: "CRM" });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.endpoint).toMatchObject({ url, events: ["lead.created", "booking.created"], isEnabled: true, description: "CRM" });
    const listed = await admin.list();
    expect(listed.endpoints.map((e) => e.id)).toEqual([created.endpoint.id]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const endpointId = created.endpoint.id;
    const sent = await admin.sendTest({ endpointId });
    const [pending] = (await admin.deliveries({ endpointId })).deliveries;
    expect(pending).toMatchObject({ id: sent.deliveryId, eventId: sent.eventId, type: "webhook.test", status: "PENDING", attempts: 0 });
    expect(await admin.replay({ deliveryId: sent.deliveryId })).toEqual({ status: "DELIVERED", statusCode: 200 });
    expect(await admin.replay({ deliveryId: sent.deliveryId })).toEqual({ status: "DELIVERED", statusCode: 200 });
    expect(received).toEqual([sent.eventId, sent.eventId]);
    const [delivered] = (await admin.deliveries({ endpointId })).deliveries;
    expect(delivered).toMatchObject({ status: "DELIVERED", attempts: 2, lastStatusCode: 200, lastResponse: "ok" });
    expect(delivered!.lastLatencyMs).toEqual(expect.any(Number));

    const rotated = await admin.rotateSecret({ endpointId });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previousSecretExpiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);

    expect(await admin.setEnabled({ endpointId, isEnabled: false })).toMatchObject({ isEnabled: false, disabledReason: "Disabled by an admin" });
    expect(await admin.setEnabled({ endpointId, isEnabled: true })).toMatchObject({ isEnabled: true, disabledReason: null });

    expect(await admin.delete({ endpointId })).toEqual({ ok: true });
    expect((await admin.list()).endpoints).toEqual([]);
    await expect(admin.delete({ endpointId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("managers and reps are refused; another workspace's admin sees nothing and touches nothing", async () => {
    const admin = await callerFor("owner@demo.switchboard.dev");
    const { endpoint } = await admin.create({ url, events: ["lead.created"] });
    const { deliveryId } = await admin.sendTest({ endpointId: endpoint.id });
    for (const email of ["manager@demo.switchboard.dev", "sarah@demo.switchboard.dev", "marketer@demo.switchboard.dev"]) {
      const caller = await callerFor(email);
      await expect(caller.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.create({ url, events: ["lead.created"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.replay({ deliveryId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const other = await makeWorkspace(env.testDb.db, "Other Co");
    const outsider = createCaller(contextFor(env.testDb.db, (await makeMember(env.testDb.db, other.id, "ADMIN", "outsider")).user)).webhooks;
    expect((await outsider.list()).endpoints).toEqual([]);
    await expect(outsider.deliveries({ endpointId: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.replay({ deliveryId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.sendTest({ endpointId: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.rotateSecret({ endpointId: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.setEnabled({ endpointId: endpoint.id, isEnabled: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(outsider.delete({ endpointId: endpoint.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await env.testDb.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ isEnabled: true });
  });
});
