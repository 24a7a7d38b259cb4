// Webhook endpoints of a workspace (Settings → Webhooks for admins, REST with webhooks:write):
// create (the signing secret is returned once, never again), list (with how many deliveries each
// holds while disabled), delete, rotate the secret, send a test event. Workspace-scoped. Disabling
// and enabling (holding deliveries) is webhook-hold.ts.
import crypto from "node:crypto";
import type { Db, DbTx } from "../../db/client";
import type { TWebhookQueue } from "./webhook-jobs";
import { rotateSecrets } from "../../domain/webhooks/webhook-secrets";
import { MAX_WEBHOOK_ENDPOINTS, WEBHOOK_PAYLOAD_VERSION, ZCreateWebhookEndpoint, type TWebhookEventType } from "../../domain/webhooks/webhooks";
import { AppError, validationError } from "../../errors";
import { OutboundError, parseOutboundUrl, refuseKnownPrivateHost } from "../../http/outbound/outbound-fetch";
import { parseInput } from "../reps/parse-input";
import { requestFingerprint } from "../submissions/idempotency-key";
import { assertReplayable, lockWebhookEndpoints, refuseDuplicateSubscription } from "./webhook-create-guard";

export interface TWebhookEndpointView {
  id: string;
  url: string;
  description: string;
  events: TWebhookEventType[];
  isEnabled: boolean;
  disabledReason: string | null;
  /** While disabled: events are still recorded for it (held) until then; null when enabled. */
  holdUntil: Date | null;
  /** Deliveries waiting for it to be enabled (HELD). */
  heldDeliveries: number;
  createdAt: Date;
}

const VIEW = { id: true, url: true, description: true, events: true, isEnabled: true, disabledReason: true, holdUntil: true, createdAt: true } as const;
type TEndpointRow = { events: string[] } & Omit<TWebhookEndpointView, "events" | "heldDeliveries">;
const view = (row: TEndpointRow, heldDeliveries = 0): TWebhookEndpointView => ({ ...row, events: row.events as TWebhookEventType[], heldDeliveries });

/** How many deliveries each of these endpoints holds. */
async function heldCounts(db: DbTx, workspaceId: string, endpointIds: string[]): Promise<Map<string, number>> {
  if (endpointIds.length === 0) return new Map();
  const rows = await db.webhookDelivery.groupBy({ by: ["endpointId"], where: { workspaceId, endpointId: { in: endpointIds }, status: "HELD" }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.endpointId, r._count._all]));
}

/** A Standard Webhooks secret: whsec_ + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString("base64")}`;
}

/** A create's Idempotency-Key: whose it is (apiKeyKeyScope) and the key itself. */
export interface TCreateIdempotency {
  scope: string;
  key: string;
}

export interface TCreatedWebhookEndpoint {
  endpoint: TWebhookEndpointView;
  secret: string;
  /** The same Idempotency-Key with the same request again: the endpoint it made, nothing created. */
  isReplay: boolean;
}

/**
 * Creates an endpoint. Its URL must be public: an address known to be private or local (an IP
 * literal, localhost) is refused here, unless `allowPrivate` (the transports pass
 * OUTBOUND_ALLOW_PRIVATE: tests, on-premises); delivery checks the resolved address again on every attempt.
 * Retry-safe, under a per-workspace lock (webhook-create-guard.ts): with an Idempotency-Key, the same
 * key and request again answers the endpoint it made (with its secret, while never rotated); another
 * request under that key is a 422. With or without a key, an endpoint for the same address and the
 * same events already in the workspace is a 409 at `url` naming it: each event would be delivered twice.
 */
export async function createWebhookEndpoint(db: Db, workspaceId: string, input: unknown, options: { allowPrivate: boolean; idempotency?: TCreateIdempotency | null } = { allowPrivate: false }): Promise<TCreatedWebhookEndpoint> {
  const data = parseInput(ZCreateWebhookEndpoint, input);
  try {
    const url = parseOutboundUrl(data.url);
    if (!options.allowPrivate) refuseKnownPrivateHost(url);
  } catch (error) {
    if (error instanceof OutboundError) throw validationError([{ path: "url", message: error.message }]);
    throw error;
  }
  const idempotency = options.idempotency ?? null;
  const fingerprint = requestFingerprint({ url: data.url, events: data.events, description: data.description });
  return db.$transaction(async (tx) => {
    await lockWebhookEndpoints(tx, workspaceId);
    if (idempotency) {
      const earlier = await tx.webhookEndpoint.findUnique({ where: { workspaceId_idempotencyScope_idempotencyKey: { workspaceId, idempotencyScope: idempotency.scope, idempotencyKey: idempotency.key } }, select: { ...VIEW, secret: true, previousSecrets: true, idempotencyFingerprint: true } });
      if (earlier) {
        const { secret, previousSecrets, idempotencyFingerprint, ...row } = earlier;
        assertReplayable({ id: row.id, fingerprint: idempotencyFingerprint, sent: fingerprint, previousSecrets });
        return { endpoint: view(row, (await heldCounts(tx, workspaceId, [row.id])).get(row.id) ?? 0), secret, isReplay: true };
      }
    }
    const existing = await tx.webhookEndpoint.findMany({ where: { workspaceId }, select: { id: true, url: true, events: true } });
    refuseDuplicateSubscription(existing, data);
    if (existing.length >= MAX_WEBHOOK_ENDPOINTS) throw new AppError("CONFLICT", `At most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints per workspace`);
    const secret = newWebhookSecret();
    const keyed = idempotency ? { idempotencyScope: idempotency.scope, idempotencyKey: idempotency.key, idempotencyFingerprint: fingerprint } : {};
    const row = await tx.webhookEndpoint.create({ data: { workspaceId, url: data.url, description: data.description, events: data.events, secret, ...keyed }, select: VIEW });
    return { endpoint: view(row), secret, isReplay: false };
  });
}

export async function listWebhookEndpoints(db: DbTx, workspaceId: string): Promise<TWebhookEndpointView[]> {
  const rows = await db.webhookEndpoint.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: VIEW });
  const held = await heldCounts(db, workspaceId, rows.map((r) => r.id));
  return rows.map((r) => view(r, held.get(r.id) ?? 0));
}

/** One endpoint of the workspace, as listed. */
export async function getWebhookEndpointView(db: DbTx, workspaceId: string, endpointId: string): Promise<TWebhookEndpointView> {
  const row = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: VIEW });
  if (!row) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  return view(row, (await heldCounts(db, workspaceId, [row.id])).get(row.id) ?? 0);
}

export async function deleteWebhookEndpoint(db: DbTx, workspaceId: string, endpointId: string): Promise<void> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId, workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
}

/**
 * HELD: waiting for its disabled endpoint; EXPIRED: held past the give-up window, not sent; SKIPPED:
 * from before holding. PENDING also covers QUEUED (released by an enable, waiting its turn in order).
 */
export const WEBHOOK_DELIVERY_STATUSES = ["PENDING", "HELD", "DELIVERED", "FAILED", "EXPIRED", "SKIPPED"] as const;
export type TWebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export interface TWebhookDeliveryView {
  id: string;
  eventId: string;
  type: string;
  status: TWebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastLatencyMs: number | null;
  lastResponse: string | null;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

/** The delivery log of one endpoint of the workspace, newest first (at most 100). */
export async function listWebhookDeliveries(db: DbTx, workspaceId: string, endpointId: string): Promise<TWebhookDeliveryView[]> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { id: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  const rows = await db.webhookDelivery.findMany({ where: { endpointId, workspaceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 100, include: { event: { select: { type: true } } } });
  return rows.map(({ event, endpointId: _e, workspaceId: _w, generation: _g, ...d }) => ({ ...d, status: (d.status === "QUEUED" ? "PENDING" : d.status) as TWebhookDeliveryStatus, type: event.type }));
}

export interface TRotatedSecret {
  secret: string;
  /** When the secret just replaced stops signing. */
  previousSecretExpiresAt: Date;
  /** Every replaced secret still signing alongside the new one (this rotation's and earlier ones'), newest first. */
  previousSecrets: { expiresAt: Date }[];
}

/**
 * A new signing secret (returned once). The replaced one keeps signing alongside for 24 hours, and
 * so does every secret an earlier rotation replaced until its own 24 hours end (a second rotation
 * does not cut the first one's promise short). While MAX_PREVIOUS_WEBHOOK_SECRETS still overlap, a
 * rotation is refused (409) saying when the next is possible.
 */
export async function rotateWebhookSecret(db: DbTx, workspaceId: string, endpointId: string, now: Date): Promise<TRotatedSecret> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { secret: true, previousSecrets: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  const rotation = rotateSecrets(endpoint.secret, endpoint.previousSecrets, now);
  if (!rotation.ok) {
    throw new AppError("CONFLICT", `This endpoint already has ${rotation.overlapping} replaced secrets still signing (each for 24 hours after its rotation); rotate again after ${rotation.retryAt.toISOString()}, when the oldest stops`);
  }
  const secret = newWebhookSecret();
  // Only if nobody rotated in between (else one of the two new secrets would be lost unseen).
  const { count } = await db.webhookEndpoint.updateMany({ where: { id: endpointId, secret: endpoint.secret }, data: { secret, previousSecrets: rotation.previousSecrets } });
  if (count === 0) throw new AppError("CONFLICT", "The secret was rotated at the same moment by someone else; try again");
  return { secret, previousSecretExpiresAt: rotation.previousSecretExpiresAt, previousSecrets: rotation.previousSecrets.map((s) => ({ expiresAt: new Date(s.expiresAt) })) };
}

/**
 * "Send test event": one `webhook.test` event for this endpoint only (payload version 1, data
 * { endpointId }), delivered like any other (a job, retries, the log). Returns the delivery's id.
 */
export async function sendWebhookTestEvent(db: Db, queue: TWebhookQueue, workspaceId: string, endpointId: string, now: Date): Promise<{ deliveryId: string; eventId: string }> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { id: true, isEnabled: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  await queue.start();
  const eventId = `msg_${crypto.randomBytes(16).toString("base64url")}`;
  const payload = { type: "webhook.test", version: WEBHOOK_PAYLOAD_VERSION, timestamp: now.toISOString(), data: { endpointId } };
  return db.$transaction(async (tx) => {
    await tx.webhookEvent.create({ data: { id: eventId, workspaceId, type: "webhook.test", payload, createdAt: now } });
    // A disabled endpoint holds it like any event (no job until it is enabled; Replay sends it now).
    const delivery = await tx.webhookDelivery.create({ data: { workspaceId, endpointId, eventId, createdAt: now, status: endpoint.isEnabled ? "PENDING" : "HELD" }, select: { id: true } });
    if (endpoint.isEnabled) await queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId }, { tx });
    return { deliveryId: delivery.id, eventId };
  });
}
