// DELETE /api/v1/webhooks/{id}: remove a webhook endpoint (API key, webhooks:write). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleDeleteWebhook } from "@/server/api/rest/handle-webhooks";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, POST, PUT, PATCH, HEAD, OPTIONS } = otherMethods("DELETE");

export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withoutCors(await withDatabase("DELETE /api/v1/webhooks/{id}", (db) => handleDeleteWebhook(db, request, id, now())));
}
