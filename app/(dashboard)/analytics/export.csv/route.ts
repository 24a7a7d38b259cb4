// GET /analytics/export.csv: the analytics view's table (same view and filters as the page) as
// CSV, for owners, admins, managers and marketers; headers name their units, rates in percent
// (server/domain/export/analytics-csv.ts); cells neutralised (server/domain/export/csv.ts).
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { analyticsCsv } from "@/server/domain/export/analytics-csv";
import { AppError, HTTP_STATUS } from "@/server/errors";
import { ANALYTICS_ROLES, loadAnalyticsView } from "@/server/services/analytics/analytics-view";
import { resolveWorkspace } from "@/server/services/workspaces/resolve-workspace";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const db = await getDb();
  const user = await getSessionUser();
  const workspace = user ? await resolveWorkspace(db, user.id) : null;
  if (!user || !workspace) return Response.json({ error: { code: "UNAUTHORIZED", message: "Sign in first", details: [] } }, { status: 401 });
  if (!ANALYTICS_ROLES.includes(workspace.role)) return Response.json({ error: { code: "FORBIDDEN", message: "Analytics are for owners, admins, managers and marketers", details: [] } }, { status: 403 });
  try {
    const params = Object.fromEntries([...new URL(request.url).searchParams.entries()].map(([k, v]) => [k, v.slice(0, 200)]));
    const data = await loadAnalyticsView(db, workspace.id, workspace.role, params, now());
    return new Response(`\uFEFF${analyticsCsv(data.table)}`, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="analytics-${data.view}-${data.filters.from}-${data.filters.to}.csv"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: HTTP_STATUS[error.code] });
    throw error;
  }
}
