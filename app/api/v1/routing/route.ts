// GET / PUT /api/v1/routing: routing as code — teams, rep routing profiles and the routing config
// as one document (API key; server-to-server, no CORS). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleGetRouting, handlePutRouting } from "@/server/api/rest/handle-routing";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { POST, PATCH, DELETE, OPTIONS } = otherMethods("GET", "PUT");

export async function GET(request: Request) {
  return withoutCors(await withDatabase("GET /api/v1/routing", (db) => handleGetRouting(db, request, now())));
}

export async function PUT(request: Request) {
  return withoutCors(await withDatabase("PUT /api/v1/routing", (db) => handlePutRouting(db, request, now(), async () => (await getAppFollowUpDeps()).queue)));
}
