// POST /api/v1/webhooks/{id}/rotate-secret: a new signing secret, the old one overlapping 24 h (API key, webhooks:write). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleRotateWebhookSecret } from "@/server/api/rest/handle-webhooks";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("POST");

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withoutCors(await withDatabase("POST /api/v1/webhooks/{id}/rotate-secret", (db) => handleRotateWebhookSecret(db, request, id, now())));
}
