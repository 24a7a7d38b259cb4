// GET /api/v1/members: the workspace's members (user ids, roles, rep profile ids) for routing as code (API key). See server/api/rest.
import { withoutCors } from "@/server/api/rest/authenticate";
import { handleListMembers } from "@/server/api/rest/handle-members";
import { withDatabase } from "@/server/api/rest/with-database";
import { now } from "@/server/time/clock";
import { otherMethods } from "@/server/http/method-not-allowed";

export const dynamic = "force-dynamic";

// Any other method: 405 with the API's JSON error and Allow (server/http/method-not-allowed.ts).
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");

export async function GET(request: Request) {
  return withoutCors(await withDatabase("GET /api/v1/members", (db) => handleListMembers(db, request, now())));
}
