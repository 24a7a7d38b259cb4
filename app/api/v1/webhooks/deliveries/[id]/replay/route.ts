// POST /api/v1/webhooks/deliveries/{id}/replay: send a delivery again, same webhook-id (API key, webhooks:write). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleReplayWebhookDelivery } from "@/server/api/rest/handle-webhooks";
import { withDatabase } from "@/server/api/rest/with-database";
import { appWebhookDeps } from "@/server/services/webhooks/app-webhook-deps";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("POST");

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  const deps = async () => ({ ...appWebhookDeps(), queue: (await getAppFollowUpDeps()).queue });
  return withoutCors(await withDatabase("POST /api/v1/webhooks/deliveries/{id}/replay", (db) => handleReplayWebhookDelivery(db, request, id, now(), deps)));
}
