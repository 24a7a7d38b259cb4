// GET /api/v1/leads: the leads, filtered and cursor-paged for sync; POST /api/v1/leads: a lead from any source (API key; server-to-server, no CORS). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleCreateLead, handleListLeads } from "@/server/api/rest/handle-leads";
import { withDatabase } from "@/server/api/rest/with-database";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");

export async function POST(request: Request) {
  return withoutCors(await withDatabase("POST /api/v1/leads", (db) => handleCreateLead(db, request, now(), getAppFollowUpDeps)));
}

export async function GET(request: Request) {
  return withoutCors(await withDatabase("GET /api/v1/leads", (db) => handleListLeads(db, request, now())));
}
