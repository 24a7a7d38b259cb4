// POST /api/v1/webhooks/{id}/test: send a webhook.test event to one endpoint (API key, webhooks:write). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleSendWebhookTest } from "@/server/api/rest/handle-webhooks";
import { withDatabase } from "@/server/api/rest/with-database";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("POST");

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withoutCors(await withDatabase("POST /api/v1/webhooks/{id}/test", (db) => handleSendWebhookTest(db, request, id, now(), getAppFollowUpDeps)));
}
