// A disabled webhook endpoint HOLDS its deliveries, end to end on a real database with a receiver on
// 127.0.0.1: the receiver fails, a delivery waits for its retry, the admin disables the endpoint
// (Settings, the tRPC router) — the delivery is HELD and its queued retry ends without a request;
// a lead created while disabled is still recorded for it (HELD, no job: nothing polls); the card
// counts both; enabling sends both at once, oldest first, same webhook-ids, signatures verifying.
// A delivery held past the give-up window is EXPIRED on enable (never sent by itself), and an
// endpoint disabled longer than that window no longer has events recorded for it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { createJobQueue } from "../../jobs/job-queue";
import { createJobRegistry } from "../../workers/registry";
import { apiRequest, startApiKit } from "../../testing/api-kit";
import { handleCreateLead } from "../../api/rest/handle-leads";
import { handleCreateWebhook } from "../../api/rest/handle-webhooks";
import { contextFor } from "../../testing/factories";
import type { TestDb } from "../../testing/test-db";
import { useRoutingKit } from "../../testing/routing-kit";
import { createCallerFactory, router } from "../../api/trpc";
import { webhooksRouterWith } from "../../api/routers/webhooks";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const RETRY_BASE_MS = 1000; // a retry is not due while the same runDue drains (the give-up window: 24 min)
const DAY = 24 * 60 * 60 * 1000;

async function startKit(testDb: TestDb) {
  const kit = await startApiKit(testDb);
  const webhookQueue = createJobQueue(testDb, {
    definitions: createJobRegistry({
      followUps: async () => kit.deps,
      webhooks: () => ({ fetch: createOutboundFetch({ allowPrivate: true, timeoutMs: 10_000, maxRedirects: 0 }), retryBaseMs: RETRY_BASE_MS, now: () => new Date() }),
    }),
  });
  await webhookQueue.start();
  return { ...kit, webhookQueue };
}
const env = useRoutingKit(startKit);

let server: http.Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A receiver that answers `statuses` in turn (the last repeats) and verifies each request with `secret()`. */
async function receiver(statuses: number[], secret: () => string) {
  const received: { id: string; verified: { type: string; data: { lead: { id: string } } } | null }[] = [];
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const headers = { "webhook-id": String(request.headers["webhook-id"]), "webhook-timestamp": String(request.headers["webhook-timestamp"]), "webhook-signature": String(request.headers["webhook-signature"]) };
      let verified = null;
      try {
        verified = new Webhook(secret()).verify(body, headers) as never;
      } catch {
        verified = null;
      }
      received.push({ id: headers["webhook-id"], verified });
      response.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)]!;
      response.end(response.statusCode === 200 ? "thanks" : "down");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hooks`, received };
}

/** The Settings page's router as the admin, its clock set by `clock.now` (the app's is the real time). */
const clock = { now: () => new Date() };
const createCaller = createCallerFactory(
  router({
    webhooks: webhooksRouterWith({
      webhooks: async () => ({ queue: env.kit.deps.queue, fetch: createOutboundFetch({ allowPrivate: true }), retryBaseMs: RETRY_BASE_MS, now: () => new Date() }),
      now: () => clock.now(),
      allowPrivateUrls: () => true,
    }),
  }),
);
async function admin() {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: "admin@demo.switchboard.dev" } });
  return createCaller(contextFor(env.testDb.db, user)).webhooks;
}

async function subscribe(url: string) {
  const response = await handleCreateWebhook(env.testDb.db, apiRequest("POST", "/webhooks", { key: env.kit.key, body: { url, events: ["lead.created"] } }), new Date(), { allowPrivate: true });
  expect(response.status).toBe(201);
  return (await response.json()) as { endpoint: { id: string }; secret: string };
}

async function createLead(email: string): Promise<string> {
  const response = await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { answers: { company_size: "20-199" }, person: { email } } }), new Date(), env.kit.deps);
  expect(response.status).toBe(201);
  return ((await response.json()) as { lead: { id: string } }).lead.id;
}

/** Queued or retrying webhooks.deliver jobs (what a worker would poll for). */
async function queuedDeliverJobs(): Promise<string[]> {
  const rows = await env.testDb.db.$queryRawUnsafe<{ id: string }[]>(`SELECT data->>'deliveryId' AS id FROM pgboss.job WHERE name = 'webhooks.deliver' AND state::text IN ('created', 'retry', 'active') ORDER BY created_on, id`);
  return rows.map((r) => r.id);
}

const statuses = async () => (await env.testDb.db.webhookDelivery.findMany({ orderBy: { createdAt: "asc" }, include: { event: true } })).map((d) => [(d.event.payload as { data: { lead: { id: string } } }).data.lead.id, d.status]);

/** Runs the webhook jobs that are due, as a worker would, until no delivery is pending (up to 60 s). */
async function drain() {
  const deadline = Date.now() + 60_000;
  for (let round = 0; Date.now() < deadline; round++) {
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    await env.kit.webhookQueue.runDue("webhooks.deliver");
    if ((await env.testDb.db.webhookDelivery.count({ where: { status: "PENDING" } })) === 0 && round > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

describe(`a disabled webhook endpoint holds its deliveries (${lane})`, () => {
  it("held while disabled (pending ones and new events), no job polls them; enabling sends them at once, oldest first", async () => {
    let secret = "";
    const hook = await receiver([500, 200], () => secret);
    const created = await subscribe(hook.url);
    secret = created.secret;
    const endpointId = created.endpoint.id;
    const settings = await admin();

    const first = await createLead("amy@shop.com");
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    await env.kit.webhookQueue.runDue("webhooks.deliver");
    expect(hook.received).toHaveLength(1); // 500: a retry is queued
    expect(await statuses()).toEqual([[first, "PENDING"]]);

    const disabled = await settings.setEnabled({ endpointId, isEnabled: false });
    expect(disabled).toMatchObject({ isEnabled: false, heldDeliveries: 1 });
    expect(disabled.holdUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await statuses()).toEqual([[first, "HELD"]]);

    const second = await createLead("bob@shop.com"); // while disabled: still recorded for it
    await new Promise((resolve) => setTimeout(resolve, 1.5 * RETRY_BASE_MS)); // the first one's retry is due
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    await env.kit.webhookQueue.runDue("webhooks.deliver");
    expect(hook.received).toHaveLength(1); // nothing sent while disabled
    expect(await statuses()).toEqual([
      [first, "HELD"],
      [second, "HELD"],
    ]);
    expect(await queuedDeliverJobs()).toEqual([]); // a held delivery has no job: no polling
    expect((await settings.list()).endpoints).toEqual([expect.objectContaining({ id: endpointId, heldDeliveries: 2 })]);
    expect((await settings.deliveries({ endpointId })).deliveries.map((d) => d.status)).toEqual(["HELD", "HELD"]);

    const enabled = await settings.setEnabled({ endpointId, isEnabled: true });
    expect(enabled).toMatchObject({ isEnabled: true, heldDeliveries: 0, holdUntil: null, disabledReason: null });
    const ids = (await env.testDb.db.webhookDelivery.findMany({ orderBy: { createdAt: "asc" } })).map((d) => d.id);
    expect(await queuedDeliverJobs()).toEqual(ids); // scheduled at once, oldest first
    await drain();

    // Sent once each (queued oldest first; deliveries are independent, so a worker may run them side by side).
    expect(hook.received[0]!.verified?.data.lead.id).toBe(first);
    expect(hook.received.slice(1).map((r) => r.verified?.data.lead.id).sort()).toEqual([first, second].sort());
    expect(hook.received.filter((r) => r.id === hook.received[0]!.id)).toHaveLength(2); // the same webhook-id as before the hold
    expect(await statuses()).toEqual([
      [first, "DELIVERED"],
      [second, "DELIVERED"],
    ]);
  });

  it("a delivery held past the give-up window is EXPIRED on enable, not sent; a long-disabled endpoint records nothing new", async () => {
    const hook = await receiver([200], () => "");
    const { endpoint } = await subscribe(hook.url);
    const settings = await admin();
    await settings.setEnabled({ endpointId: endpoint.id, isEnabled: false });
    const lead = await createLead("cat@shop.com");
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    expect(await statuses()).toEqual([[lead, "HELD"]]);

    clock.now = () => new Date(Date.now() + 2 * DAY); // enabled two days later
    try {
      expect(await settings.setEnabled({ endpointId: endpoint.id, isEnabled: true })).toMatchObject({ isEnabled: true, heldDeliveries: 0 });
      expect(await statuses()).toEqual([[lead, "EXPIRED"]]);
      expect(await queuedDeliverJobs()).toEqual([]);
      await drain();
      expect(hook.received).toHaveLength(0);

      // Disabled a day ago: its hold (the give-up window from then) is over, a new lead records nothing for it.
      clock.now = () => new Date(Date.now() - DAY);
      await settings.setEnabled({ endpointId: endpoint.id, isEnabled: false });
    } finally {
      clock.now = () => new Date();
    }
    const events = await env.testDb.db.webhookEvent.count();
    await createLead("dan@shop.com");
    expect(await env.testDb.db.webhookEvent.count()).toBe(events);
  });
});
