// Webhook endpoints of a workspace (Settings → Webhooks for admins, REST with webhooks:write):
// create (the signing secret is returned once, never again), list, delete. Workspace-scoped.
import crypto from "node:crypto";
import type { Db, DbTx } from "../../db/client";
import type { TWebhookQueue } from "./webhook-jobs";
import { MAX_WEBHOOK_ENDPOINTS, WEBHOOK_PAYLOAD_VERSION, ZCreateWebhookEndpoint, type TWebhookEventType } from "../../domain/webhooks/webhooks";
import { AppError, validationError } from "../../errors";
import { OutboundError, parseOutboundUrl, refuseKnownPrivateHost } from "../../http/outbound/outbound-fetch";
import { parseInput } from "../reps/parse-input";

export interface TWebhookEndpointView {
  id: string;
  url: string;
  description: string;
  events: TWebhookEventType[];
  isEnabled: boolean;
  disabledReason: string | null;
  createdAt: Date;
}

const VIEW = { id: true, url: true, description: true, events: true, isEnabled: true, disabledReason: true, createdAt: true } as const;
const view = (row: { events: string[] } & Omit<TWebhookEndpointView, "events">): TWebhookEndpointView => ({ ...row, events: row.events as TWebhookEventType[] });

/** A Standard Webhooks secret: whsec_ + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString("base64")}`;
}

/**
 * Creates an endpoint. Its URL must be public: an address known to be private or local (an IP
 * literal, localhost) is refused here, unless `allowPrivate` (the transports pass
 * OUTBOUND_ALLOW_PRIVATE: tests, on-premises); delivery checks the resolved address again on every attempt.
 */
export async function createWebhookEndpoint(db: DbTx, workspaceId: string, input: unknown, options: { allowPrivate: boolean } = { allowPrivate: false }): Promise<{ endpoint: TWebhookEndpointView; secret: string }> {
  const data = parseInput(ZCreateWebhookEndpoint, input);
  try {
    const url = parseOutboundUrl(data.url);
    if (!options.allowPrivate) refuseKnownPrivateHost(url);
  } catch (error) {
    if (error instanceof OutboundError) throw validationError([{ path: "url", message: error.message }]);
    throw error;
  }
  if ((await db.webhookEndpoint.count({ where: { workspaceId } })) >= MAX_WEBHOOK_ENDPOINTS) throw new AppError("CONFLICT", `At most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints per workspace`);
  const secret = newWebhookSecret();
  const row = await db.webhookEndpoint.create({ data: { workspaceId, url: data.url, description: data.description, events: data.events, secret }, select: VIEW });
  return { endpoint: view(row), secret };
}

export async function listWebhookEndpoints(db: DbTx, workspaceId: string): Promise<TWebhookEndpointView[]> {
  return (await db.webhookEndpoint.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: VIEW })).map(view);
}

/**
 * Enables or disables an endpoint. Enabling starts afresh: the failure run and the reason are
 * cleared (deliveries skipped while it was off stay in the log, to replay). Returns the endpoint.
 */
export async function setWebhookEndpointEnabled(db: DbTx, workspaceId: string, endpointId: string, isEnabled: boolean): Promise<TWebhookEndpointView> {
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id: endpointId, workspaceId },
    data: isEnabled ? { isEnabled: true, disabledReason: null, failingSince: null } : { isEnabled: false, disabledReason: "Disabled by an admin" },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  return view(await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: VIEW }));
}

export async function deleteWebhookEndpoint(db: DbTx, workspaceId: string, endpointId: string): Promise<void> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id: endpointId, workspaceId } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
}

export type TWebhookDeliveryStatus = "PENDING" | "DELIVERED" | "FAILED" | "SKIPPED";

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
  return rows.map(({ event, endpointId: _e, workspaceId: _w, ...d }) => ({ ...d, status: d.status as TWebhookDeliveryStatus, type: event.type }));
}

/** How long the old secret keeps signing after a rotation (receivers switch within it). */
export const WEBHOOK_ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

/** A new signing secret (returned once); the old one still signs, alongside, for 24 hours. */
export async function rotateWebhookSecret(db: DbTx, workspaceId: string, endpointId: string, now: Date): Promise<{ secret: string; previousSecretExpiresAt: Date }> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { secret: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  const secret = newWebhookSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + WEBHOOK_ROTATION_OVERLAP_MS);
  await db.webhookEndpoint.update({ where: { id: endpointId }, data: { secret, previousSecret: endpoint.secret, previousSecretExpiresAt } });
  return { secret, previousSecretExpiresAt };
}

/**
 * "Send test event": one `webhook.test` event for this endpoint only (payload version 1, data
 * { endpointId }), delivered like any other (a job, retries, the log). Returns the delivery's id.
 */
export async function sendWebhookTestEvent(db: Db, queue: TWebhookQueue, workspaceId: string, endpointId: string, now: Date): Promise<{ deliveryId: string; eventId: string }> {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id: endpointId, workspaceId }, select: { id: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "No such webhook endpoint in this workspace");
  await queue.start();
  const eventId = `msg_${crypto.randomBytes(16).toString("base64url")}`;
  const payload = { type: "webhook.test", version: WEBHOOK_PAYLOAD_VERSION, timestamp: now.toISOString(), data: { endpointId } };
  return db.$transaction(async (tx) => {
    await tx.webhookEvent.create({ data: { id: eventId, workspaceId, type: "webhook.test", payload, createdAt: now } });
    const delivery = await tx.webhookDelivery.create({ data: { workspaceId, endpointId, eventId }, select: { id: true } });
    await queue.send("webhooks.deliver", { deliveryId: delivery.id, workspaceId }, { tx });
    return { deliveryId: delivery.id, eventId };
  });
}
