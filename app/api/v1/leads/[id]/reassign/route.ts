// POST /api/v1/leads/{id}/reassign: to a named rep or the next best one (API key). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleReassignLead } from "@/server/api/rest/handle-reassign";
import { withDatabase } from "@/server/api/rest/with-database";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { GET, PUT, PATCH, DELETE, HEAD, OPTIONS } = otherMethods("POST");

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withoutCors(await withDatabase("POST /api/v1/leads/{id}/reassign", (db) => handleReassignLead(db, request, id, now(), getAppFollowUpDeps)));
}
