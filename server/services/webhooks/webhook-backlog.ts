// One job per delivery, and an enable's backlog in order. Every job scheduled for a delivery
// carries a new `generation` (the token of the one job that may attempt it), written in the same
// transaction as the job row: a job whose token is not the delivery's current one — left over from
// before a hold, or an attempt still in flight when the delivery was released — ends without
// scheduling anything, so a delivery never has two retry chains.
// Enabling an endpoint releases its held deliveries as a BACKLOG: QUEUED, oldest event first, sent one at
// a time (the endpoint's backlogDeliveryId is the one being sent); when that one's attempt ends
// (delivered, failed or retrying later) the next is sent, and events that happen meanwhile queue
// behind it, so the receiver gets the backlog in order. Other endpoints are not involved.
// Every function here runs inside the caller's transaction, after it locked the endpoint's row.
import type { DbTx } from "../../db/client";
import { nextInBacklog } from "../../domain/webhooks/webhooks";
import type { TWebhookQueue } from "./webhook-jobs";

/** How many queued deliveries one look at the backlog reads (the expired ones are skipped in bulk). */
const BACKLOG_PAGE = 50;

/**
 * Makes a delivery PENDING with its one job (a new generation, carried by the job): from `from`
 * (the status it must still have) — false when it no longer has it (someone else moved it).
 */
export async function scheduleDelivery(tx: DbTx, queue: TWebhookQueue, delivery: { id: string; workspaceId: string }, from: string, startAfter?: Date): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ generation: number }[]>`
    UPDATE "WebhookDelivery" SET "status" = 'PENDING', "generation" = "generation" + 1
    WHERE "id" = ${delivery.id} AND "status" = ${from}
    RETURNING "generation"`;
  if (!row) return false;
  await queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId: delivery.workspaceId, generation: row.generation }, { tx, ...(startAfter ? { startAfter } : {}) });
  return true;
}

/** Sends the oldest QUEUED delivery of the (enabled, locked) endpoint that is still inside its give-up window; the others before it EXPIRED. */
export async function sendNextInBacklog(tx: DbTx, queue: TWebhookQueue, endpointId: string, now: Date, retryBaseMs: number): Promise<string | null> {
  for (;;) {
    const queued = await tx.webhookDelivery.findMany({ where: { endpointId, status: "QUEUED" }, orderBy: [{ event: { createdAt: "asc" } }, { createdAt: "asc" }, { id: "asc" }], take: BACKLOG_PAGE, select: { id: true, workspaceId: true, createdAt: true } });
    const { expired, next } = nextInBacklog(queued, now, retryBaseMs);
    if (expired.length > 0) await tx.webhookDelivery.updateMany({ where: { id: { in: expired }, status: "QUEUED" }, data: { status: "EXPIRED" } });
    const delivery = queued.find((d) => d.id === next);
    if (delivery && (await scheduleDelivery(tx, queue, delivery, "QUEUED"))) {
      await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { backlogDeliveryId: delivery.id } });
      return delivery.id;
    }
    if (queued.length < BACKLOG_PAGE && !delivery) return null;
  }
}

/**
 * The backlog's current delivery is done with (its attempt ended: delivered, given up or retrying
 * later; or Replay delivered it): the next one is sent. A no-op for any other delivery, or while the
 * endpoint is disabled (disabling holds the backlog again).
 */
export async function moveBacklogOn(tx: DbTx, queue: TWebhookQueue, endpointId: string, deliveryId: string, now: Date, retryBaseMs: number): Promise<void> {
  const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, backlogDeliveryId: deliveryId, isEnabled: true }, data: { backlogDeliveryId: null } });
  if (count === 1) await sendNextInBacklog(tx, queue, endpointId, now, retryBaseMs);
}

/** Disabling (by an admin or after days of failures): the pending and queued deliveries are held; no backlog runs. */
export async function holdEndpointDeliveries(tx: DbTx, endpointId: string): Promise<void> {
  await tx.webhookDelivery.updateMany({ where: { endpointId, status: { in: ["PENDING", "QUEUED"] } }, data: { status: "HELD" } });
  await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { backlogDeliveryId: null } });
}
