// GET /api/v1/webhooks: the workspace's webhook endpoints; POST: subscribe one (API key, webhooks:write). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleCreateWebhook, handleListWebhooks } from "@/server/api/rest/handle-webhooks";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");

export async function GET(request: Request) {
  return withoutCors(await withDatabase("GET /api/v1/webhooks", (db) => handleListWebhooks(db, request, now())));
}

export async function POST(request: Request) {
  return withoutCors(await withDatabase("POST /api/v1/webhooks", (db) => handleCreateWebhook(db, request, now())));
}
