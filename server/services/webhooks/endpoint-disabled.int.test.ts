// An endpoint that keeps failing is disabled, and the workspace's admins are told by email: on a
// real database, with a receiver on 127.0.0.1 that answers 500 and a real SMTP server (the capture
// server) behind the outbox. The first failure starts the run; an attempt 5 days later without a
// success in between disables the endpoint (once) and writes one job row; after commit that job
// stores one email per owner/admin (a retried job stores none again) and mail.send delivers them.
// Its deliveries are HELD, not given up: the one that tipped it over and the others still pending.
// Enabling it again clears the run, sends what was held (in order, one at a time), and the next event
// is delivered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboundFetch } from "../../http/outbound/outbound-fetch";
import { createJobQueue } from "../../jobs/job-queue";
import type { TMailConfig } from "../../mail/mail-config";
import { closeSmtpPools } from "../../mail/smtp-transport";
import { startSmtpCaptureServer, type TSmtpCaptureServer } from "../../testing/smtp-capture-server";
import { startRoutingKit, useRoutingKit } from "../../testing/routing-kit";
import type { TestDb } from "../../testing/test-db";
import { useWebhookReceivers } from "../../testing/webhook-receiver-kit";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import { createJobRegistry } from "../../workers/registry";
import { attemptWebhookDelivery } from "./deliver-webhook";
import { createWebhookEndpoint, sendWebhookTestEvent } from "./webhook-endpoints";
import { setWebhookEndpointEnabled } from "./webhook-hold";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const DAY = 24 * 60 * 60 * 1000;
let smtp: TSmtpCaptureServer;
let mail: TMailConfig;
let url = "";
let status = 500;
const startReceiver = useWebhookReceivers();

beforeAll(async () => {
  smtp = await startSmtpCaptureServer();
  mail = { from: "Switchboard <notifications@acme.example>", transport: "smtp", smtpUrl: smtp.url };
});

afterAll(async () => {
  closeSmtpPools();
  await smtp?.close();
});

/** The routing kit, and a queue whose mail goes to the capture server. */
async function startKit(testDb: TestDb) {
  const kit = await startRoutingKit(testDb);
  const holder: { deps?: TFollowUpDeps } = {};
  const mailQueue = createJobQueue(testDb, { definitions: createJobRegistry({ mail, followUps: async () => holder.deps! }) });
  holder.deps = { ...kit.deps, queue: mailQueue, mail };
  await mailQueue.start();
  return { ...kit, mailQueue };
}
const env = useRoutingKit(startKit);

describe(`an endpoint failing for days is disabled and the admins are emailed (${lane})`, () => {
  it("disabled once after 5 days without a success, its deliveries held; one email per owner/admin through SMTP; enabling clears the run", async () => {
    const { workspaceId, mailQueue } = env.kit;
    const db = env.testDb.db;
    url = (await startReceiver({ secret: () => "", answer: () => status })).url; // 500 until the test says 200
    const { endpoint } = await createWebhookEndpoint(db, workspaceId, { url, events: ["lead.created"] }, { allowPrivate: true });
    const start = new Date();
    const deps = (now: Date) => ({ queue: mailQueue, fetch: createOutboundFetch({ allowPrivate: true }), retryBaseMs: 60_000, now: () => now });
    const attempt = async (now: Date) => {
      const { deliveryId } = await sendWebhookTestEvent(db, mailQueue, workspaceId, endpoint.id, now);
      return attemptWebhookDelivery(db, deps(now), { deliveryId, workspaceId });
    };

    expect(await attempt(start)).toEqual({ status: "RETRY", statusCode: 500 });
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ isEnabled: true, failingSince: start });
    expect(await attempt(new Date(start.getTime() + 4 * DAY))).toEqual({ status: "RETRY", statusCode: 500 });

    const later = new Date(start.getTime() + 5 * DAY + 60_000);
    const waiting = await sendWebhookTestEvent(db, mailQueue, workspaceId, endpoint.id, later); // pending, its job queued
    expect(await attempt(later)).toEqual({ status: "HELD", statusCode: 500 });
    const disabled = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled).toMatchObject({ isEnabled: false, failingSince: start });
    expect(disabled.disabledReason).toBe(`Disabled on ${later.toISOString()}: no successful delivery since ${start.toISOString()}`);
    // Held, not given up: this one and the one still pending. A new one while disabled is held (no attempt), and tells nobody again.
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: waiting.deliveryId } })).toMatchObject({ status: "HELD" });
    expect(await attemptWebhookDelivery(db, deps(later), { deliveryId: waiting.deliveryId, workspaceId })).toEqual({ status: "DONE", statusCode: null });
    expect(await attempt(new Date(later.getTime() + 1000))).toEqual({ status: "DONE", statusCode: null });
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "HELD" } })).toBe(5); // the earlier ones still retrying too

    expect(await db.emailMessage.count()).toBe(0); // nothing rendered or sent in the delivery's transaction
    await mailQueue.runDue("webhooks.endpoint-disabled");
    await mailQueue.runDue("webhooks.endpoint-disabled");
    const emails = await db.emailMessage.findMany({ where: { template: "webhook-endpoint-disabled" }, orderBy: { createdAt: "asc" } });
    expect(emails.map((e) => e.to[0]).sort()).toEqual(["admin@demo.switchboard.dev", "owner@demo.switchboard.dev"]);

    for (let i = 0; i < 300 && smtp.messages.length < 2; i++) { // waits for the state, up to ~30 s on a busy machine
      await mailQueue.runDue("mail.send");
      if (smtp.messages.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(smtp.messages.flatMap((m) => m.to).sort()).toEqual(["admin@demo.switchboard.dev", "owner@demo.switchboard.dev"]);
    for (const message of smtp.messages) {
      expect(message.subject).toBe("A webhook endpoint of Demo Co was disabled");
      expect(message.text).toContain(url);
      expect(message.text).toContain("HTTP 500");
      expect(message.text).toContain("http://localhost:3000/settings/webhooks");
    }

    await setWebhookEndpointEnabled(db, deps(new Date(later.getTime() + 2000)), workspaceId, endpoint.id, true);
    // Released as a backlog, in order: the oldest sent at once (its job queued), the other two behind it (QUEUED)
    // — but the two made days ago outlived the ~24 h give-up window: EXPIRED, not sent.
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "PENDING" } })).toBe(1);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "QUEUED" } })).toBe(2);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id, status: "EXPIRED" } })).toBe(2);
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ isEnabled: true, failingSince: null, disabledReason: null });
    status = 200;
    expect(await attempt(new Date(later.getTime() + DAY))).toEqual({ status: "DELIVERED", statusCode: 200 });
  });
});
