// Webhook deliveries, after commit (jobs): the fan-out makes one delivery per endpoint subscribed
// to the event — enabled ones get a first attempt, disabled ones still inside their hold
// (holdUntil) get a HELD delivery with no job; an attempt signs the event's payload per Standard
// Webhooks (webhook-id = the event id, the same on every retry and replay; webhook-timestamp = the
// attempt; webhook-signature with the current secret and every replaced one still in its overlap),
// POSTs it through the outbound guard (public addresses only unless OUTBOUND_ALLOW_PRIVATE=true;
// 10 s; redirects not followed) and logs status, latency and the first 1 KB of the answer. A
// failure schedules the next attempt (exponential backoff inside the ~24 h give-up window) or gives
// up; an endpoint failing without a success for days is disabled (its pending deliveries HELD), and
// a job after commit emails the workspace's admins (notify-endpoint-disabled.ts). A delivery whose
// endpoint is disabled is HELD, never attempted, and has no job until the endpoint is enabled
// (webhook-hold.ts schedules it then).
import { Webhook } from "standardwebhooks";
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { isDelivered, nextWebhookAttemptDelayMs, shouldDisableEndpoint, truncateResponse, webhookHoldUntil } from "../../domain/webhooks/webhooks";
import { signingSecrets } from "../../domain/webhooks/webhook-secrets";
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
    const event = await tx.webhookEvent.findFirst({ where: { id: job.eventId, workspaceId: job.workspaceId }, select: { id: true, type: true, createdAt: true } });
    if (!event) return 0;
    // FOR SHARE: enabling an endpoint (an UPDATE of its row) waits for this fan-out, or this one for it,
    // so a delivery made HELD here is never missed by the enabling that schedules the held ones.
    const endpoints = await tx.$queryRaw<{ id: string; isEnabled: boolean }[]>`
      SELECT "id", "isEnabled" FROM "WebhookEndpoint"
      WHERE "workspaceId" = ${job.workspaceId} AND ${event.type} = ANY("events") AND ("isEnabled" OR "holdUntil" > ${event.createdAt})
      ORDER BY "id" FOR SHARE`;
    const existing = new Set((await tx.webhookDelivery.findMany({ where: { eventId: event.id }, select: { endpointId: true } })).map((d) => d.endpointId));
    let created = 0;
    for (const endpoint of endpoints.filter((e) => !existing.has(e.id))) {
      const delivery = await tx.webhookDelivery.create({ data: { workspaceId: job.workspaceId, endpointId: endpoint.id, eventId: event.id, status: endpoint.isEnabled ? "PENDING" : "HELD" }, select: { id: true } });
      if (endpoint.isEnabled) await deps.queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId: job.workspaceId }, { tx });
      created += 1;
    }
    return created;
  });
}

export interface TAttemptResult {
  /** HELD: the endpoint is disabled — not attempted (or, after a failure, not retried) until it is enabled. */
  status: "DELIVERED" | "RETRY" | "FAILED" | "HELD" | "DONE";
  statusCode: number | null;
}

/** Signature header value: the current secret's, then each replaced one's still in its overlap. */
function signatures(endpoint: { secret: string; previousSecrets: unknown }, id: string, at: Date, body: string): string {
  return signingSecrets(endpoint.secret, endpoint.previousSecrets, at)
    .map((s) => new Webhook(s).sign(id, at, body))
    .join(" ");
}

/** Locks the endpoint's row (so enabling it waits, or is waited for) and tells whether it is enabled. */
async function lockEndpoint(tx: DbTx, endpointId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ isEnabled: boolean }[]>`SELECT "isEnabled" FROM "WebhookEndpoint" WHERE "id" = ${endpointId} FOR UPDATE`;
  return row?.isEnabled ?? false;
}

/** A pending delivery of a disabled endpoint becomes HELD (no next job); false when the endpoint was enabled meanwhile. */
async function holdWhileDisabled(db: Db, deliveryId: string, endpointId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (await lockEndpoint(tx, endpointId)) return false;
    await tx.webhookDelivery.updateMany({ where: { id: deliveryId, status: "PENDING" }, data: { status: "HELD" } });
    return true;
  });
}

/** One attempt of a delivery (a job). `replay` sends a delivered or failed one again, same webhook-id. */
export async function attemptWebhookDelivery(db: Db, deps: TWebhookDeps, job: TWebhookJobs["webhooks.deliver"], options: { replay?: boolean } = {}): Promise<TAttemptResult> {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: job.deliveryId, workspaceId: job.workspaceId }, include: { endpoint: true, event: true } });
  if (!delivery || (delivery.status !== "PENDING" && !options.replay)) return { status: "DONE", statusCode: null };
  const { endpoint, event } = delivery;
  if (!endpoint.isEnabled && !options.replay && (await holdWhileDisabled(db, delivery.id, endpoint.id))) return { status: "HELD", statusCode: null };
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
  const delay = options.replay ? null : nextWebhookAttemptDelayMs(attempts, delivery.createdAt, at, deps.retryBaseMs);
  await deps.queue.start();
  const status = await db.$transaction(async (tx) => {
    const isEnabled = (await lockEndpoint(tx, endpoint.id)) && !disable;
    // Given up, or retried — unless the endpoint is (now) disabled: then held, with no job until it is enabled.
    const next = options.replay ? delivery.status : delay === null ? "FAILED" : isEnabled ? "PENDING" : "HELD";
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { ...log, status: next } });
    await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, failingSince: null }, data: { failingSince } });
    if (disable) {
      // Once: of two attempts failing together, only the one that flips isEnabled tells the admins (a job after commit).
      const disabledReason = `Disabled on ${at.toISOString()}: no successful delivery since ${failingSince.toISOString()}`;
      const flipped = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, isEnabled: true }, data: { isEnabled: false, disabledReason, holdUntil: webhookHoldUntil(at, deps.retryBaseMs) } });
      if (flipped.count === 1) {
        // Its other pending deliveries are held too: their queued jobs find them HELD and end.
        await tx.webhookDelivery.updateMany({ where: { endpointId: endpoint.id, status: "PENDING" }, data: { status: "HELD" } });
        await deps.queue.send("webhooks.endpoint-disabled", { endpointId: endpoint.id, workspaceId: job.workspaceId, disabledAt: at.toISOString() }, { tx });
      }
    }
    if (next === "PENDING" && !options.replay) await deps.queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId: job.workspaceId }, { tx, startAfter: new Date(at.getTime() + delay!) });
    return next;
  });
  if (options.replay) return { status: "FAILED", statusCode };
  return { status: status === "PENDING" ? "RETRY" : status === "HELD" ? "HELD" : "FAILED", statusCode };
}

/** Replay of one delivery of the workspace, now, with the same webhook-id (REST and Settings). */
export async function replayWebhookDelivery(db: Db, deps: TWebhookDeps, workspaceId: string, deliveryId: string): Promise<TAttemptResult> {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, workspaceId }, select: { id: true } });
  if (!delivery) throw new AppError("NOT_FOUND", "No such webhook delivery in this workspace");
  return attemptWebhookDelivery(db, deps, { deliveryId, workspaceId }, { replay: true });
}
