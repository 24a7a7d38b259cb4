// A disabled webhook endpoint HOLDS its deliveries, end to end on a real database with a receiver on
// 127.0.0.1: the receiver fails, a delivery waits for its retry, the admin disables the endpoint
// (Settings, the tRPC router) — the delivery is HELD and its queued retry ends without a request;
// a lead created while disabled is still recorded for it (HELD, no job: nothing polls); the card
// counts both; enabling sends them as a backlog, oldest first and one at a time (in order), same
// webhook-ids, signatures verifying. A delivery held past the give-up window is EXPIRED on enable
// (never sent by itself), and an endpoint disabled longer than that window no longer has events
// recorded for it. An attempt in flight while the endpoint is disabled and enabled again leaves one
// retry chain, not two (the enable's release and the attempt's retry would each start one).
import { describe, expect, it } from "vitest";
import { apiRequest } from "../../testing/api-kit";
import { handleCreateLead } from "../../api/rest/handle-leads";
import { contextFor } from "../../testing/factories";
import type { TestDb } from "../../testing/test-db";
import { useRoutingKit } from "../../testing/routing-kit";
import { inTurn, queuedDeliverJobs as deliverJobs, startWebhookKit, subscribeOverRest, useWebhookReceivers, type TReceiverOptions } from "../../testing/webhook-receiver-kit";
import { createCallerFactory, router } from "../../api/trpc";
import { webhooksRouterWith } from "../../api/routers/webhooks";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const RETRY_BASE_MS = 1000; // a retry is not due while the same runDue drains (the give-up window: 24 min)
const DAY = 24 * 60 * 60 * 1000;

const env = useRoutingKit((testDb: TestDb) => startWebhookKit(testDb, { retryBaseMs: RETRY_BASE_MS, timeoutMs: 10_000 }));
const startReceiver = useWebhookReceivers();

/** A receiver that answers `statuses` in turn (the last repeats) and verifies each request with `secret()`. */
async function receiver(statuses: number[] | TReceiverOptions["answer"], secret: () => string) {
  const hook = await startReceiver({ secret, answer: Array.isArray(statuses) ? inTurn(statuses) : statuses, okBody: "thanks" });
  return { url: hook.url, received: hook.received as { id: string; verified: { type: string; data: { lead: { id: string } } } | null }[] };
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
  return subscribeOverRest(env.testDb, env.kit.key, url, ["lead.created"]);
}

async function createLead(email: string): Promise<string> {
  const response = await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body: { answers: { company_size: "20-199" }, person: { email } } }), new Date(), env.kit.deps);
  expect(response.status).toBe(201);
  return ((await response.json()) as { lead: { id: string } }).lead.id;
}

/** Queued or retrying webhooks.deliver jobs (what a worker would poll for). */
const queuedDeliverJobs = () => deliverJobs(env.testDb);

const statuses = async () => (await env.testDb.db.webhookDelivery.findMany({ orderBy: { createdAt: "asc" }, include: { event: true } })).map((d) => [(d.event.payload as { data: { lead: { id: string } } }).data.lead.id, d.status]);

/** Runs the webhook jobs that are due, as a worker would, until no delivery is pending (up to 60 s). */
async function drain() {
  const deadline = Date.now() + 60_000;
  for (let round = 0; Date.now() < deadline; round++) {
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    await env.kit.webhookQueue.runDue("webhooks.deliver");
    if ((await env.testDb.db.webhookDelivery.count({ where: { status: { in: ["PENDING", "QUEUED"] } } })) === 0 && round > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

describe(`a disabled webhook endpoint holds its deliveries (${lane})`, () => {
  it("held while disabled (pending ones and new events), no job polls them; enabling sends them in order, oldest first", async () => {
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
    // Released as a backlog: the oldest sent at once, the next queued behind it (no job until its turn).
    expect(await queuedDeliverJobs()).toEqual(ids.slice(0, 1));
    expect(await statuses()).toEqual([
      [first, "PENDING"],
      [second, "QUEUED"],
    ]);
    await drain();

    // Sent once each, in order: the backlog goes one at a time, oldest first.
    expect(hook.received.map((r) => r.verified?.data.lead.id)).toEqual([first, first, second]);
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

  it("an attempt in flight while the endpoint is disabled and enabled again: one retry chain, not two", async () => {
    let arrived!: () => void;
    const isInFlight = new Promise<void>((resolve) => (arrived = resolve));
    let answer!: (status: number) => void;
    const held = new Promise<number>((resolve) => (answer = resolve));
    // The first request waits for the test to answer it (500); every later one fails at once.
    const hook = await receiver((n) => (n === 0 ? (arrived(), held) : 500), () => "");
    const { endpoint } = await subscribe(hook.url);
    const settings = await admin();
    await createLead("eve@shop.com");
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    const [delivery] = await env.testDb.db.webhookDelivery.findMany();

    const running = env.kit.webhookQueue.runDue("webhooks.deliver"); // the first attempt, its request in flight
    await isInFlight;
    await settings.setEnabled({ endpointId: endpoint.id, isEnabled: false });
    await settings.setEnabled({ endpointId: endpoint.id, isEnabled: true }); // releases the delivery: its job, due now
    answer(500);
    await running; // the attempt in flight fails; the released job runs after it (and fails)
    await env.kit.webhookQueue.runDue("webhooks.deliver");
    expect(hook.received).toHaveLength(2);
    expect(await queuedDeliverJobs()).toEqual([delivery!.id]); // one next attempt, not one per chain

    await new Promise((resolve) => setTimeout(resolve, 1.5 * RETRY_BASE_MS)); // that retry is due
    await env.kit.webhookQueue.runDue("webhooks.deliver");
    expect(hook.received).toHaveLength(3);
    expect(await queuedDeliverJobs()).toEqual([delivery!.id]);
    expect(new Set(hook.received.map((r) => r.id)).size).toBe(1); // one webhook-id throughout
    expect(await env.testDb.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({ status: "PENDING", attempts: 2 });
  });

  it("the released backlog goes in order, one at a time: a failing one retries later without holding up the next; events meanwhile queue behind", async () => {
    let secret = "";
    let arrived!: () => void;
    const isInFlight = new Promise<void>((resolve) => (arrived = resolve));
    let answer!: (status: number) => void;
    const held = new Promise<number>((resolve) => (answer = resolve));
    // The first request fails; the second waits for the test (200); the others succeed at once.
    const hook = await receiver((n) => (n === 0 ? 500 : n === 1 ? (arrived(), held) : 200), () => secret);
    const created = await subscribe(hook.url);
    secret = created.secret;
    const endpointId = created.endpoint.id;
    const settings = await admin();
    await settings.setEnabled({ endpointId, isEnabled: false });
    const leads = [await createLead("a@shop.com"), await createLead("b@shop.com"), await createLead("c@shop.com")];
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    const statusOf = async () => Object.fromEntries(await statuses()) as Record<string, string>;
    expect(await statusOf()).toEqual({ [leads[0]!]: "HELD", [leads[1]!]: "HELD", [leads[2]!]: "HELD" });

    await settings.setEnabled({ endpointId, isEnabled: true });
    expect(await statusOf()).toEqual({ [leads[0]!]: "PENDING", [leads[1]!]: "QUEUED", [leads[2]!]: "QUEUED" }); // the oldest event first
    expect((await settings.deliveries({ endpointId })).deliveries.map((d) => d.status)).toEqual(["PENDING", "PENDING", "PENDING"]); // the log calls queued pending

    const running = env.kit.webhookQueue.runDue("webhooks.deliver"); // a: 500 (retried later), then b, in flight
    await isInFlight;
    const live = await createLead("d@shop.com"); // while the backlog drains: queued behind it
    await env.kit.webhookQueue.runDue("webhooks.fan-out");
    expect(await statusOf()).toEqual({ [leads[0]!]: "PENDING", [leads[1]!]: "PENDING", [leads[2]!]: "QUEUED", [live]: "QUEUED" });
    answer(200);
    await running;
    await drain();

    const order = hook.received.map((r) => (r.verified as { data: { lead: { id: string } } } | null)?.data.lead.id);
    expect([...new Set(order)]).toEqual([...leads, live]); // first attempts in order
    expect(order.filter((id) => id === leads[0])).toHaveLength(2); // a's retry, on its own backoff
    expect(order).toHaveLength(5);
    expect(Object.values(await statusOf())).toEqual(["DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED"]);
    expect(await env.testDb.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).toMatchObject({ backlogDeliveryId: null });
  });
});
