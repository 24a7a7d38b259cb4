// GET /api/health → 200 when the database answers, 503 otherwise. Everyone gets the statuses
// ({ db, jobs: { status } }), from one catalogue query that reads no rows; signed-in owners and
// admins also get job counts and the version (only their check counts jobs).
import { NextResponse } from "next/server";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { ADMIN_ROLES } from "@/server/domain/auth/roles";
import { appVersion } from "@/server/env";
import { checkHealth } from "@/server/services/health/check-health";
import { resolveWorkspace } from "@/server/services/workspaces/resolve-workspace";

export const dynamic = "force-dynamic";

async function callerIsAdmin(): Promise<boolean> {
  try {
    const user = await getSessionUser();
    if (!user) return false;
    const workspace = await resolveWorkspace(await getDb(), user.id);
    return workspace !== null && ADMIN_ROLES.includes(workspace.role);
  } catch {
    return false; // database down or no session: statuses only
  }
}

export async function GET() {
  const isAdmin = await callerIsAdmin();
  const health = await checkHealth(undefined, { jobCounts: isAdmin });
  const body = isAdmin ? { ...health, version: appVersion() } : health;
  return NextResponse.json(body, { status: health.db === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
