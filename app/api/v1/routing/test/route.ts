// POST /api/v1/routing/test: a routing dry run for a sample lead; nothing is saved (API key). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleTestRouting } from "@/server/api/rest/handle-routing";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("POST");

export async function POST(request: Request) {
  return withoutCors(await withDatabase("POST /api/v1/routing/test", (db) => handleTestRouting(db, request, now())));
}
