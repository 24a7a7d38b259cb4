// Disabling and enabling a webhook endpoint (Settings → Webhooks; the automatic disable after days
// of failures is in deliver-webhook.ts). Nothing is dropped while it is off: disabling HOLDS its
// pending deliveries (their queued jobs find them HELD and end — no job runs for a held delivery;
// an attempt in flight then records its outcome and schedules nothing), and events that happen
// while it is off are still recorded for it, HELD, for the give-up window from the moment it was
// disabled (holdUntil). Enabling it clears the failure run and releases every held delivery as a
// backlog sent IN ORDER, oldest first, one at a time (webhook-backlog.ts) — each still inside the
// give-up window counted from when it was made; one that outlived it while held (or while waiting
// its turn) is marked EXPIRED (kept in the log, never sent by itself; Replay sends it).
import type { Db } from "../../db/client";
import { webhookHoldUntil } from "../../domain/webhooks/webhooks";
import { AppError } from "../../errors";
import type { TWebhookDeps } from "./deliver-webhook";
import { holdEndpointDeliveries, sendNextInBacklog } from "./webhook-backlog";
import { getWebhookEndpointView, type TWebhookEndpointView } from "./webhook-endpoints";

export type THoldDeps = Pick<TWebhookDeps, "queue" | "retryBaseMs" | "now">;

/** Enables or disables an endpoint of the workspace (a no-op when it already is). Returns the endpoint. */
export async function setWebhookEndpointEnabled(db: Db, deps: THoldDeps, workspaceId: string, endpointId: string, isEnabled: boolean): Promise<TWebhookEndpointView> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { id: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  const now = deps.now();
  if (isEnabled) await enableEndpoint(db, deps, endpointId, now);
  else {
    await db.$transaction(async (tx) => {
      const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, isEnabled: true }, data: { isEnabled: false, disabledReason: "Disabled by an admin", holdUntil: webhookHoldUntil(now, deps.retryBaseMs) } });
      if (count === 1) await holdEndpointDeliveries(tx, endpointId);
    });
  }
  return getWebhookEndpointView(db, workspaceId, endpointId);
}

/** Enabled again: the failure run and the reason cleared; held deliveries queued as its backlog, the oldest sent now (or EXPIRED). */
async function enableEndpoint(db: Db, deps: THoldDeps, endpointId: string, now: Date): Promise<void> {
  await deps.queue.start();
  await db.$transaction(async (tx) => {
    // The UPDATE locks the endpoint's row: a fan-out or an attempt holding a delivery for it has
    // committed first (and its HELD row is queued below) or sees it enabled.
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, isEnabled: false }, data: { isEnabled: true, disabledReason: null, failingSince: null, holdUntil: null, backlogDeliveryId: null } });
    if (count === 0) return;
    // HELD rows have no job; an attempt still in flight holds an older generation than the one
    // each gets when its turn comes, so it schedules nothing (one chain per delivery).
    await tx.webhookDelivery.updateMany({ where: { endpointId, status: "HELD" }, data: { status: "QUEUED" } });
    await sendNextInBacklog(tx, deps.queue, endpointId, now, deps.retryBaseMs);
  });
}
