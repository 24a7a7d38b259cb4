// Webhook endpoints over REST (API key, scope webhooks:write), so an integration can subscribe itself:
//   GET    /api/v1/webhooks        the workspace's endpoints (never their secrets) → 200 { endpoints }
//   POST   /api/v1/webhooks        { url, events, description? } → 201 { endpoint, secret } (the secret only here)
//   DELETE /api/v1/webhooks/{id}   → 204
// Transport only: the work is in services/webhooks/webhook-endpoints.ts.
import type { Db } from "../../db/client";
import { createWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints } from "../../services/webhooks/webhook-endpoints";
import { privateJson, withApiKey } from "./authenticate";
import { jsonError } from "./json-error";
import { readJsonBody } from "./read-json-body";

const MAX_WEBHOOK_BYTES = 8 * 1024;

export function handleListWebhooks(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/webhooks", async ({ workspaceId }) => privateJson(200, { endpoints: await listWebhookEndpoints(db, workspaceId) }));
}

export function handleCreateWebhook(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "POST /api/v1/webhooks", async ({ workspaceId }) => {
    const body = await readJsonBody(request, MAX_WEBHOOK_BYTES);
    if (!body.ok) return jsonError(body.status, body.code, body.message, [{ path: body.path, message: body.message }]);
    return privateJson(201, await createWebhookEndpoint(db, workspaceId, body.value));
  });
}

export function handleDeleteWebhook(db: Db, request: Request, endpointId: string, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "DELETE /api/v1/webhooks/{id}", async ({ workspaceId }) => {
    await deleteWebhookEndpoint(db, workspaceId, endpointId);
    return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  });
}
