// GET /api/health → 200 { db, jobs, version } when the database answers, 503 otherwise.
import { NextResponse } from "next/server";
import { appVersion } from "@/server/env";
import { checkHealth } from "@/server/services/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json({ ...health, version: appVersion() }, { status: health.db === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
