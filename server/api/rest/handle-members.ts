// GET /api/v1/members (API key, scope routing:read): the workspace's members with their user ids,
// roles and rep profile ids, so that an integrator can name the fallback owner, the reviewer or a
// new rep (a routing document's rep entry with a userId) without reading the old config.
// Transport only: the work is in listRoutingMembers.
import type { Db } from "../../db/client";
import { listRoutingMembers } from "../../services/workspaces/members";
import { privateJson, withApiKey } from "./authenticate";

export function handleListMembers(db: Db, request: Request, now: Date): Promise<Response> {
  return withApiKey(db, request, now, "GET /api/v1/members", async ({ workspaceId }) => privateJson(200, { members: await listRoutingMembers(db, workspaceId) }));
}
