// Webhook endpoints over REST (API key, scope webhooks:write), so an integration can subscribe itself:
//   GET    /api/v1/webhooks        the workspace's endpoints (never their secrets) → 200 { endpoints }
//   POST   /api/v1/webhooks        { url, events, description? } → 201 { endpoint, secret } (the secret only here); an
//                                   Idempotency-Key replays (200, the same endpoint and secret); the same url and events again → 409 at url
//   DELETE /api/v1/webhooks/{id}   no body (or {}) → 204
//   POST   /api/v1/webhooks/{id}/rotate-secret       no body (or {}) → a new secret (once); each replaced secret signs too for 24 h
//                                                     after its rotation (409 while 3 still do: when to try again)
//   POST   /api/v1/webhooks/{id}/test                no body (or {}) → a webhook.test event to this endpoint (a delivery like any other) → 202
//   GET    /api/v1/webhooks/{id}/deliveries          the delivery log (status, attempts, latency, 1 KB of answer)
//   POST   /api/v1/webhooks/deliveries/{id}/replay   no body (or {}) → send one delivery again now, same webhook-id
// The four actions (delete too) take no body or `{}`: anything else is refused (400/415 unreadable, 422 naming the property), as everywhere in the API.
// Transport only: the work is in services/webhooks/webhook-endpoints.ts.
import type { Db } from "../../db/client";
import { replayWebhookDelivery, type TWebhookDeps } from "../../services/webhooks/deliver-webhook";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints, rotateWebhookSecret, sendWebhookTestEvent } from "../../services/webhooks/webhook-endpoints";
import { privateJson, withApiKey } from "./authenticate";
import { ZRotateWebhookSecret } from "../../domain/webhooks/webhook-secrets";
import { EMPTY_BODY_MESSAGE, readJsonBody } from "./read-json-body";
import { parseReadBody, readBody } from "./read-parsed-body";
import { env } from "../../env";
import { apiKeyKeyScope, parseIdempotencyKey } from "../../services/submissions/idempotency-key";

const MAX_WEBHOOK_BYTES = 8 * 1024;

export function handleListWebhooks(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/webhooks", async ({ workspaceId }) => privateJson(200, { endpoints: await listWebhookEndpoints(db, workspaceId) }));
}

/** `allowPrivate`: whether the endpoint may be at a private or local address (OUTBOUND_ALLOW_PRIVATE by default). */
export function handleCreateWebhook(db: Db, request: Request, now: Date, options: { allowPrivate: boolean } = { allowPrivate: env().OUTBOUND_ALLOW_PRIVATE }): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/webhooks", async ({ workspaceId, keyId }) => {
    const idempotencyKey = parseIdempotencyKey(request.headers.get("idempotency-key"));
    const body = await readBody(request, { maxBytes: MAX_WEBHOOK_BYTES });
    if (!body.ok) return body.response;
    const idempotency = idempotencyKey === null ? null : { scope: apiKeyKeyScope(keyId), key: idempotencyKey };
    // A replay (same key, same request) answers 200 with the endpoint the key made and its secret.
    const { isReplay, ...created } = await createWebhookEndpoint(db, workspaceId, body.value, { ...options, idempotency });
    return privateJson(isReplay ? 200 : 201, created);
  });
}

export function handleDeleteWebhook(db: Db, request: Request, endpointId: string, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "DELETE /api/v1/webhooks/{id}", async ({ workspaceId }) => {
    // Like the other body-less actions: `{ "force": true }` deleted the endpoint as if honoured.
    const refused = await refuseActionBody(request);
    if (refused) return refused;
    await deleteWebhookEndpoint(db, workspaceId, endpointId);
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  });
}

export function handleListWebhookDeliveries(db: Db, request: Request, endpointId: string, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/webhooks/{id}/deliveries", async ({ workspaceId }) => privateJson(200, { deliveries: await listWebhookDeliveries(db, workspaceId, endpointId) }));
}

/** Replays one delivery now (same webhook-id), whatever its status; answers the attempt's result. No body, or {} (422 otherwise). */
export function handleReplayWebhookDelivery(db: Db, request: Request, deliveryId: string, now: Date, deps: () => Promise<TWebhookDeps>): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/webhooks/deliveries/{id}/replay", async ({ workspaceId }) => {
    const refused = await refuseActionBody(request);
    if (refused) return refused;
    return privateJson(200, { result: await replayWebhookDelivery(db, await deps(), workspaceId, deliveryId) });
  });
}

/** A body is optional; when sent it must be JSON with no properties (422 naming an unknown one). */
export function handleRotateWebhookSecret(db: Db, request: Request, endpointId: string, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/webhooks/{id}/rotate-secret", async ({ workspaceId }) => {
    const refused = await refuseActionBody(request);
    if (refused) return refused;
    return privateJson(200, await rotateWebhookSecret(db, workspaceId, endpointId, now));
  });
}

/** A body is optional; when sent it must be JSON with no properties (422 naming an unknown one). */
export function handleSendWebhookTest(db: Db, request: Request, endpointId: string, now: Date, deps: () => Promise<Pick<TWebhookDeps, "queue">>): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/webhooks/{id}/test", async ({ workspaceId }) => {
    const refused = await refuseActionBody(request);
    if (refused) return refused;
    return privateJson(202, await sendWebhookTestEvent(db, (await deps()).queue, workspaceId, endpointId, now));
  });
}

/**
 * The body of an action that takes none (rotate-secret, test, replay, delete): nothing, or `{}`. null when
 * acceptable; a 400/413/415 response for a body that cannot be read as JSON; a VALIDATION response
 * (422 naming each property) for anything else. Checked before the action does anything.
 */
async function refuseActionBody(request: Request): Promise<Response | null> {
  const hasBody = request.headers.get("content-type") !== null || !["0", null].includes(request.headers.get("content-length"));
  if (!hasBody) return null;
  const body = await readJsonBody(request, MAX_WEBHOOK_BYTES);
  // Content-Type: application/json with nothing after it (many clients send the header on every request) is no body.
  if (!body.ok && body.message === EMPTY_BODY_MESSAGE) return null;
  // The rotation's schema is the one of every body-less action: z.object({}).strict().
  const parsed = parseReadBody(body, ZRotateWebhookSecret);
  return parsed.ok ? null : parsed.response;
}
