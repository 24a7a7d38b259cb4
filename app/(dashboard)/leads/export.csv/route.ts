// GET /leads/export.csv: the leads page's table (same filters and sort) as CSV for the signed-in
// member; REPs get only the leads they own (enforced in the service).
import { handleDashboardLeadsCsv } from "@/server/api/rest/handle-leads-csv";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { resolveWorkspace } from "@/server/services/workspaces/resolve-workspace";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const db = await getDb();
  const user = await getSessionUser();
  const workspace = user ? await resolveWorkspace(db, user.id) : null;
  const caller = user && workspace ? { workspaceId: workspace.id, viewer: { userId: user.id, role: workspace.role } } : null;
  return handleDashboardLeadsCsv(db, caller, new URL(request.url).searchParams, new Date());
}
