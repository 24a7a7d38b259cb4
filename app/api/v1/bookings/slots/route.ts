// GET /api/v1/bookings/slots: a lead's free slots — with the prospect's booking token, or an API key (bookings:write) and a leadId.
import { handleListSlots } from "@/server/api/rest/handle-bookings";
import { withDatabase } from "@/server/api/rest/with-database";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");

export async function GET(request: Request) {
  return withDatabase("GET /api/v1/bookings/slots", (db) => handleListSlots(db, request, now(), { deps: getAppFollowUpDeps }));
}
