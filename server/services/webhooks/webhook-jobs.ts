// The webhook job rows services write (handlers bound in server/workers/webhook-jobs.ts), and the
// one event row written in the transaction of a change: nothing per endpoint, nothing sent.
import crypto from "node:crypto";
import type { TRawSql } from "../../db/raw-sql";
import { Prisma } from "../../db/generated/client";
import type { TJobSender } from "../../db/job-rows";
import type { TWebhookEventData, TWebhookEventType } from "../../domain/webhooks/webhook-events";
import { webhookPayload } from "../../domain/webhooks/webhooks";

export interface TWebhookJobs {
  /** After commit: one delivery per subscribed endpoint, each with its first attempt. */
  "webhooks.fan-out": { eventId: string; workspaceId: string };
  /**
   * One attempt of one delivery; a failure schedules the next attempt (backoff). `generation`: the
   * delivery's token when the job was scheduled (webhook-backlog.ts) — a job whose token is no longer
   * the delivery's ends without sending; none (jobs from before it existed) is 0.
   */
  "webhooks.deliver": { deliveryId: string; workspaceId: string; generation?: number };
  /** After an endpoint was disabled for sustained failure: an email to each of the workspace's admins. */
  "webhooks.endpoint-disabled": { endpointId: string; workspaceId: string; disabledAt: string };
}
export type TWebhookQueue = TJobSender<TWebhookJobs>;

/**
 * The event row's INSERT (… RETURNING "id"), written only when an endpoint subscribes — an enabled
 * one, or a disabled one still holding (its holdUntil after the event: it gets the event HELD,
 * sent when it is enabled): a statement of its own or a CTE of the caller's.
 */
/** `onlyIf`: a further condition of the caller's statement (e.g. its claim CTE returned a row). */
export function webhookEventInsert<T extends TWebhookEventType>(event: { workspaceId: string; type: T; at: Date; data: TWebhookEventData<T> }, onlyIf: Prisma.Sql = Prisma.sql`TRUE`): { id: string; sql: Prisma.Sql } {
  const id = `msg_${crypto.randomBytes(16).toString("base64url")}`;
  const payload = JSON.stringify(webhookPayload(event.type, event.at, event.data));
  const sql = Prisma.sql`
    INSERT INTO "WebhookEvent" ("id", "workspaceId", "type", "payload", "createdAt")
    SELECT ${id}, ${event.workspaceId}, ${event.type}, ${payload}::jsonb, ${event.at}
    WHERE EXISTS (SELECT 1 FROM "WebhookEndpoint" WHERE "workspaceId" = ${event.workspaceId} AND ("isEnabled" OR "holdUntil" > ${event.at}) AND ${event.type} = ANY("events")) AND (${onlyIf})
    RETURNING "id"`;
  return { id, sql };
}

/** The fan-out job row of an event row just written (webhookEventInsert), in the same transaction. */
export async function fanOutWebhookEvent(tx: TRawSql, queue: TWebhookQueue, eventId: string, workspaceId: string): Promise<void> {
  await queue.send("webhooks.fan-out", { eventId, workspaceId }, { tx });
}

/**
 * Records `type` for the workspace's endpoints that subscribe to it: one INSERT that writes the
 * event row only when such an endpoint exists, and then one fan-out job row, in the caller's
 * transaction (a rollback drops both). Returns the event id (the deliveries' webhook-id) or null.
 */
export async function emitWebhookEvent<T extends TWebhookEventType>(tx: TRawSql, queue: TWebhookQueue, event: { workspaceId: string; type: T; at: Date; data: TWebhookEventData<T> }): Promise<string | null> {
  const { id, sql } = webhookEventInsert(event);
  const rows = await tx.$queryRaw<{ id: string }[]>(sql);
  if (rows.length === 0) return null;
  await fanOutWebhookEvent(tx, queue, id, event.workspaceId);
  return id;
}
