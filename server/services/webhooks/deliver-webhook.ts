// Webhook deliveries, after commit (jobs): the fan-out makes one delivery per enabled endpoint
// subscribed to the event, each with a first attempt; an attempt signs the event's payload per
// Standard Webhooks (webhook-id = the event id, the same on every retry and replay;
// webhook-timestamp = the attempt; webhook-signature with the current secret, and the previous one
// during a rotation's overlap), POSTs it through the outbound guard (public addresses only unless
// OUTBOUND_ALLOW_PRIVATE=true; 10 s; redirects not followed) and logs status, latency and the
// first 1 KB of the answer. A failure schedules the next attempt (exponential backoff, ~24 h at
// the default base) or gives up; an endpoint failing without a success for days is disabled, and
// a job after commit emails the workspace's admins (notify-endpoint-disabled.ts).
import { Webhook } from "standardwebhooks";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { isDelivered, shouldDisableEndpoint, truncateResponse, webhookRetryDelayMs } from "../../domain/webhooks/webhooks";
import type { TOutboundFetch } from "../../http/outbound/outbound-fetch";
import type { TWebhookJobs, TWebhookQueue } from "./webhook-jobs";

export interface TWebhookDeps {
  queue: TWebhookQueue;
  /** The outbound guard's fetch (10 s timeout). */
  fetch: TOutboundFetch;
  /** The first retry's delay (WEBHOOK_RETRY_BASE_MS); doubled per attempt. */
  retryBaseMs: number;
  now: () => Date;
}

export async function fanOutWebhookEvent(db: Db, deps: Pick<TWebhookDeps, "queue">, job: TWebhookJobs["webhooks.fan-out"]): Promise<number> {
  await deps.queue.start();
  return db.$transaction(async (tx) => {
    const event = await tx.webhookEvent.findFirst({ where: { id: job.eventId, workspaceId: job.workspaceId }, select: { id: true, type: true } });
    if (!event) return 0;
    const endpoints = await tx.webhookEndpoint.findMany({ where: { workspaceId: job.workspaceId, isEnabled: true, events: { has: event.type } }, select: { id: true } });
    const existing = new Set((await tx.webhookDelivery.findMany({ where: { eventId: event.id }, select: { endpointId: true } })).map((d) => d.endpointId));
    let created = 0;
    for (const endpoint of endpoints.filter((e) => !existing.has(e.id))) {
      const delivery = await tx.webhookDelivery.create({ data: { workspaceId: job.workspaceId, endpointId: endpoint.id, eventId: event.id }, select: { id: true } });
      await deps.queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId: job.workspaceId }, { tx });
      created += 1;
    }
    return created;
  });
}

export interface TAttemptResult {
  status: "DELIVERED" | "RETRY" | "FAILED" | "SKIPPED" | "DONE";
  statusCode: number | null;
}

/** Signature header value: the current secret's, then the previous one's while it overlaps. */
function signatures(endpoint: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null }, id: string, at: Date, body: string): string {
  const secrets = [endpoint.secret, ...(endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > at ? [endpoint.previousSecret] : [])];
  return secrets.map((s) => new Webhook(s).sign(id, at, body)).join(" ");
}

/** One attempt of a delivery (a job). `replay` sends a delivered or failed one again, same webhook-id. */
export async function attemptWebhookDelivery(db: Db, deps: TWebhookDeps, job: TWebhookJobs["webhooks.deliver"], options: { replay?: boolean } = {}): Promise<TAttemptResult> {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: job.deliveryId, workspaceId: job.workspaceId }, include: { endpoint: true, event: true } });
  if (!delivery || (delivery.status !== "PENDING" && !options.replay)) return { status: "DONE", statusCode: null };
  const { endpoint, event } = delivery;
  if (!endpoint.isEnabled && !options.replay) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "SKIPPED" } });
    return { status: "SKIPPED", statusCode: null };
  }
  const at = deps.now();
  const body = JSON.stringify(event.payload);
  const started = performance.now();
  let statusCode: number | null = null;
  let answer: string;
  try {
    const response = await deps.fetch(endpoint.url, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/json",
        "user-agent": "Switchboard-Webhooks/1",
        "webhook-id": event.id,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": signatures(endpoint, event.id, at, body),
      },
      body,
    });
    statusCode = response.status;
    answer = truncateResponse(await response.text().catch(() => ""));
  } catch (error) {
    answer = truncateResponse(`${(error as Error).name}: ${(error as Error).message}`);
  }
  const latencyMs = Math.round(performance.now() - started);
  const attempts = delivery.attempts + 1;
  const log = { attempts, lastStatusCode: statusCode, lastLatencyMs: latencyMs, lastResponse: answer, lastAttemptAt: at };

  if (statusCode !== null && isDelivered(statusCode)) {
    await db.$transaction([
      db.webhookDelivery.update({ where: { id: delivery.id }, data: { ...log, status: "DELIVERED", deliveredAt: at } }),
      db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } }),
    ]);
    return { status: "DELIVERED", statusCode };
  }
  const failingSince = endpoint.failingSince ?? at;
  const disable = endpoint.isEnabled && shouldDisableEndpoint(failingSince, at);
  const delay = options.replay || disable ? null : webhookRetryDelayMs(attempts, deps.retryBaseMs);
  await deps.queue.start();
  await db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { ...log, status: options.replay ? delivery.status : delay === null ? "FAILED" : "PENDING" } });
    await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, failingSince: null }, data: { failingSince } });
    if (disable) {
      // Once: of two attempts failing together, only the one that flips isEnabled tells the admins (a job after commit).
      const disabledReason = `Disabled on ${at.toISOString()}: no successful delivery since ${failingSince.toISOString()}`;
      const flipped = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, isEnabled: true }, data: { isEnabled: false, disabledReason } });
      if (flipped.count === 1) await deps.queue.send("webhooks.endpoint-disabled", { endpointId: endpoint.id, workspaceId: job.workspaceId, disabledAt: at.toISOString() }, { tx });
    }
    if (delay !== null) await deps.queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId: job.workspaceId }, { tx, startAfter: new Date(at.getTime() + delay) });
  });
  return { status: delay === null ? "FAILED" : "RETRY", statusCode };
}

/** Replay of one delivery of the workspace, now, with the same webhook-id (REST and Settings). */
export async function replayWebhookDelivery(db: Db, deps: TWebhookDeps, workspaceId: string, deliveryId: string): Promise<TAttemptResult> {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, workspaceId }, select: { id: true } });
  if (!delivery) throw new AppError("NOT_FOUND", "No such webhook delivery in this workspace");
  return attemptWebhookDelivery(db, deps, { deliveryId, workspaceId }, { replay: true });
}
