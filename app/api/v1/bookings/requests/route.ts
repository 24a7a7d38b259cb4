// POST /api/v1/bookings/requests: the prospect's preferred time when nobody has a free slot soon (booking token). See server/api/rest/handle-bookings.ts.
import { handleRequestTime } from "@/server/api/rest/handle-bookings";
import { withDatabase } from "@/server/api/rest/with-database";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("POST");

export async function POST(request: Request) {
  return withDatabase("POST /api/v1/bookings/requests", (db) => handleRequestTime(db, request, now(), { deps: getAppFollowUpDeps }));
}
