// DELETE /api/v1/webhooks/{id}: remove a webhook endpoint (API key, webhooks:write). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleDeleteWebhook } from "@/server/api/rest/handle-webhooks";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";

export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withoutCors(await withDatabase("DELETE /api/v1/webhooks/{id}", (db) => handleDeleteWebhook(db, request, id, now())));
}
