// Webhook deliveries, after commit (jobs): the fan-out adds the lead's contact and routing value to an
// event about a lead (lead-event-contact.ts) and makes one delivery per endpoint subscribed to the event — enabled ones get a first attempt, disabled ones still inside their hold
// (holdUntil) get a HELD delivery with no job; an attempt signs the event's payload per Standard
// Webhooks (webhook-id = the event id, the same on every retry and replay; webhook-timestamp = the
// attempt; webhook-signature with the current secret and every replaced one still in its overlap),
// POSTs it through the outbound guard (public addresses only unless OUTBOUND_ALLOW_PRIVATE=true;
// 10 s; redirects not followed) and logs status, latency and the first 1 KB of the answer. A
// failure schedules the next attempt (exponential backoff inside the ~24 h give-up window) or gives
// up; an endpoint failing without a success for days is disabled (its pending deliveries HELD), and
// a job after commit emails the workspace's admins (notify-endpoint-disabled.ts). A delivery whose
// endpoint is disabled is HELD, never attempted, and has no job until the endpoint is enabled
// (webhook-hold.ts releases it then, as a backlog sent in order: webhook-backlog.ts). A delivery has
// one job at a time: each carries the delivery's current generation, and only an attempt whose job
// still holds it records a failure or schedules the next attempt (webhook-backlog.ts).
import { Webhook } from "standardwebhooks";
import type { Db, DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError } from "../../errors";
import { isDelivered, nextWebhookAttemptDelayMs, shouldDisableEndpoint, truncateResponse, webhookHoldUntil } from "../../domain/webhooks/webhooks";
import { signingSecrets } from "../../domain/webhooks/webhook-secrets";
import { OutboundError, type TOutboundFetch } from "../../http/outbound/outbound-fetch";
import { addLeadContact } from "./lead-event-contact";
import { holdEndpointDeliveries, moveBacklogOn, scheduleDelivery } from "./webhook-backlog";
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
    const event = await tx.webhookEvent.findFirst({ where: { id: job.eventId, workspaceId: job.workspaceId }, select: { id: true, type: true, createdAt: true, payload: true } });
    if (!event) return 0;
    // An event about a lead gets who the lead is (contact) and its routing value (data.lead), as GET /api/v1/leads/{id} answers them, once, before any delivery.
    await addLeadContact(tx, job.workspaceId, event);
    // FOR SHARE: enabling an endpoint (an UPDATE of its row) waits for this fan-out, or this one for it,
    // so a delivery made HELD here is never missed by the enabling that schedules the held ones.
    // An endpoint still sending the backlog its enabling released gets the event QUEUED behind it (in order).
    const endpoints = await tx.$queryRaw<{ id: string; isEnabled: boolean; backlogDeliveryId: string | null }[]>`
      SELECT "id", "isEnabled", "backlogDeliveryId" FROM "WebhookEndpoint"
      WHERE "workspaceId" = ${job.workspaceId} AND ${event.type} = ANY("events") AND ("isEnabled" OR "holdUntil" > ${event.createdAt})
      ORDER BY "id" FOR SHARE`;
    const existing = new Set((await tx.webhookDelivery.findMany({ where: { eventId: event.id }, select: { endpointId: true } })).map((d) => d.endpointId));
    let created = 0;
    for (const endpoint of endpoints.filter((e) => !existing.has(e.id))) {
      const status = !endpoint.isEnabled ? "HELD" : endpoint.backlogDeliveryId ? "QUEUED" : "PENDING";
      const delivery = await tx.webhookDelivery.create({ data: { workspaceId: job.workspaceId, endpointId: endpoint.id, eventId: event.id, status }, select: { id: true } });
      if (status === "PENDING") await deps.queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId: job.workspaceId, generation: 0 }, { tx });
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
async function holdWhileDisabled(db: Db, deliveryId: string, generation: number, endpointId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (await lockEndpoint(tx, endpointId)) return false;
    await tx.webhookDelivery.updateMany({ where: { id: deliveryId, status: "PENDING", generation }, data: { status: "HELD" } });
    return true;
  });
}

/** One attempt of a delivery (a job). `replay` sends a delivered or failed one again, same webhook-id. */
export async function attemptWebhookDelivery(db: Db, deps: TWebhookDeps, job: TWebhookJobs["webhooks.deliver"], options: { replay?: boolean } = {}): Promise<TAttemptResult> {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: job.deliveryId, workspaceId: job.workspaceId }, include: { endpoint: true, event: true } });
  // Not this job's to attempt: done, held, queued, or rescheduled since (a newer job holds its generation).
  const generation = job.generation ?? 0;
  if (!delivery || (!options.replay && (delivery.status !== "PENDING" || delivery.generation !== generation))) return { status: "DONE", statusCode: null };
  const { endpoint, event } = delivery;
  if (!endpoint.isEnabled && !options.replay && (await holdWhileDisabled(db, delivery.id, generation, endpoint.id))) return { status: "HELD", statusCode: null };
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
    // Why no answer came, in words (the log, the API's deliveries, the "endpoint disabled" email); never a class name or a stack.
    answer = truncateResponse(error instanceof OutboundError ? error.message : "The request failed before an answer came");
  }
  const latencyMs = Math.round(performance.now() - started);
  const log = { lastStatusCode: statusCode, lastLatencyMs: latencyMs, lastResponse: answer, lastAttemptAt: at, attempts: { increment: 1 } };
  const isSuccess = statusCode !== null && isDelivered(statusCode);
  await deps.queue.start();
  if (options.replay) return recordReplay(db, deps, delivery, isSuccess ? { ...log, status: "DELIVERED", deliveredAt: at } : log, statusCode);

  const attempts = delivery.attempts + 1;
  const failingSince = endpoint.failingSince ?? at;
  const disable = !isSuccess && endpoint.isEnabled && shouldDisableEndpoint(failingSince, at);
  const delay = isSuccess ? null : nextWebhookAttemptDelayMs(attempts, delivery.createdAt, at, deps.retryBaseMs);
  const status = await db.$transaction(async (tx) => {
    const isEnabled = (await lockEndpoint(tx, endpoint.id)) && !disable;
    // Given up, or retried — unless the endpoint is (now) disabled: then held, with no job until it is enabled.
    const next = isSuccess ? "DELIVERED" : delay === null ? "FAILED" : isEnabled ? "PENDING" : "HELD";
    // Only while this job still holds the delivery's generation (not released or rescheduled meanwhile).
    const owned = await tx.webhookDelivery.updateMany({ where: { id: delivery.id, generation, status: { in: ["PENDING", "HELD"] } }, data: { ...log, status: next, ...(isSuccess ? { deliveredAt: at } : {}) } });
    if (owned.count === 0) {
      // Another job has it now: a success still ends it (that job then finds it DELIVERED); a failure is that job's to retry.
      if (!isSuccess) return "DONE";
      await tx.webhookDelivery.updateMany({ where: { id: delivery.id, status: { in: ["PENDING", "HELD", "QUEUED"] } }, data: { ...log, status: "DELIVERED", deliveredAt: at } });
    }
    if (isSuccess) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
    else await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, failingSince: null }, data: { failingSince } });
    if (disable) {
      // Once: of two attempts failing together, only the one that flips isEnabled tells the admins (a job after commit).
      const disabledReason = `Disabled on ${at.toISOString()}: no successful delivery since ${failingSince.toISOString()}`;
      const flipped = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, isEnabled: true }, data: { isEnabled: false, disabledReason, holdUntil: webhookHoldUntil(at, deps.retryBaseMs) } });
      if (flipped.count === 1) {
        // Its other pending (and queued) deliveries are held too: their queued jobs find them HELD and end.
        await holdEndpointDeliveries(tx, endpoint.id);
        await deps.queue.send("webhooks.endpoint-disabled", { endpointId: endpoint.id, workspaceId: job.workspaceId, disabledAt: at.toISOString() }, { tx });
      }
    }
    if (next === "PENDING") await scheduleDelivery(tx, deps.queue, delivery, "PENDING", new Date(at.getTime() + delay!));
    // Its turn in an enable's backlog is over (sent, given up, or retrying later): the next one goes.
    if (next !== "HELD") await moveBacklogOn(tx, deps.queue, endpoint.id, delivery.id, at, deps.retryBaseMs);
    return next;
  });
  if (status === "DONE") return { status: "DONE", statusCode };
  return { status: status === "DELIVERED" ? "DELIVERED" : status === "PENDING" ? "RETRY" : status === "HELD" ? "HELD" : "FAILED", statusCode };
}

/**
 * A replay's log: the attempt recorded (its status kept, or DELIVERED on a 2xx) without touching
 * the delivery's job — a delivery delivered by a replay ends its chain, and its backlog moves on.
 */
async function recordReplay(db: Db, deps: TWebhookDeps, delivery: { id: string; endpointId: string }, data: Prisma.WebhookDeliveryUpdateManyMutationInput, statusCode: number | null): Promise<TAttemptResult> {
  const isSuccess = data.status === "DELIVERED";
  await db.$transaction(async (tx) => {
    await lockEndpoint(tx, delivery.endpointId);
    await tx.webhookDelivery.updateMany({ where: { id: delivery.id }, data });
    if (!isSuccess) return;
    await tx.webhookEndpoint.update({ where: { id: delivery.endpointId }, data: { failingSince: null } });
    await moveBacklogOn(tx, deps.queue, delivery.endpointId, delivery.id, deps.now(), deps.retryBaseMs);
  });
  return { status: isSuccess ? "DELIVERED" : "FAILED", statusCode };
}

/** Replay of one delivery of the workspace, now, with the same webhook-id (REST and Settings). */
export async function replayWebhookDelivery(db: Db, deps: TWebhookDeps, workspaceId: string, deliveryId: string): Promise<TAttemptResult> {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, workspaceId }, select: { id: true } });
  if (!delivery) throw new AppError("NOT_FOUND", "No such webhook delivery in this workspace");
  return attemptWebhookDelivery(db, deps, { deliveryId, workspaceId }, { replay: true });
}
