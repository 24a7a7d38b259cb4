// Disabling and enabling a webhook endpoint (Settings → Webhooks; the automatic disable after days
// of failures is in deliver-webhook.ts). Nothing is dropped while it is off: disabling HOLDS its
// pending deliveries (their queued jobs find them HELD and end — no job runs for a held delivery),
// and events that happen while it is off are still recorded for it, HELD, for the give-up window
// from the moment it was disabled (holdUntil). Enabling it clears the failure run and schedules
// every held delivery at once, oldest first — each still inside the give-up window counted from
// when it was made; one that outlived it while held is marked EXPIRED (kept in the log, never sent
// by itself; Replay sends it).
import type { Db } from "../../db/client";
import { sendJobRows, type TJobRowsArgs } from "../../db/job-rows";
import { heldDeliveryOnEnable, webhookHoldUntil } from "../../domain/webhooks/webhooks";
import { AppError } from "../../errors";
import type { TWebhookDeps } from "./deliver-webhook";
import { getWebhookEndpointView, type TWebhookEndpointView } from "./webhook-endpoints";
import type { TWebhookJobs } from "./webhook-jobs";

export type THoldDeps = Pick<TWebhookDeps, "queue" | "retryBaseMs" | "now">;

/** Enables or disables an endpoint of the workspace (a no-op when it already is). Returns the endpoint. */
export async function setWebhookEndpointEnabled(db: Db, deps: THoldDeps, workspaceId: string, endpointId: string, isEnabled: boolean): Promise<TWebhookEndpointView> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { id: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  const now = deps.now();
  if (isEnabled) await enableEndpoint(db, deps, workspaceId, endpointId, now);
  else {
    await db.$transaction(async (tx) => {
      const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, isEnabled: true }, data: { isEnabled: false, disabledReason: "Disabled by an admin", holdUntil: webhookHoldUntil(now, deps.retryBaseMs) } });
      if (count === 1) await tx.webhookDelivery.updateMany({ where: { endpointId, status: "PENDING" }, data: { status: "HELD" } });
    });
  }
  return getWebhookEndpointView(db, workspaceId, endpointId);
}

/** Enabled again: the failure run and the reason cleared; held deliveries sent at once (oldest first) or EXPIRED. */
async function enableEndpoint(db: Db, deps: THoldDeps, workspaceId: string, endpointId: string, now: Date): Promise<void> {
  await deps.queue.start();
  await db.$transaction(async (tx) => {
    // The UPDATE locks the endpoint's row: a fan-out or an attempt holding a delivery for it has
    // committed first (and its HELD row is read below) or sees it enabled.
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, isEnabled: false }, data: { isEnabled: true, disabledReason: null, failingSince: null, holdUntil: null } });
    if (count === 0) return;
    const held = await tx.webhookDelivery.findMany({ where: { endpointId, status: "HELD" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, createdAt: true } });
    const resumed = held.filter((d) => heldDeliveryOnEnable(d.createdAt, now, deps.retryBaseMs) === "PENDING").map((d) => d.id);
    const expired = held.filter((d) => heldDeliveryOnEnable(d.createdAt, now, deps.retryBaseMs) === "EXPIRED").map((d) => d.id);
    if (expired.length > 0) await tx.webhookDelivery.updateMany({ where: { id: { in: expired } }, data: { status: "EXPIRED" } });
    if (resumed.length === 0) return;
    await tx.webhookDelivery.updateMany({ where: { id: { in: resumed } }, data: { status: "PENDING" } });
    const rows = resumed.map((deliveryId): TJobRowsArgs<TWebhookJobs> => ["webhooks.deliver", { deliveryId, workspaceId }]);
    await sendJobRows(deps.queue, rows, tx);
  });
}
