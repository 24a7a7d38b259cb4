// A tracked link of a nurture email: counts the click (intent, maybe graduation), then redirects.
import { followTrackedLink } from "@/server/api/rest/handle-nurture-links";
import { withDatabase } from "@/server/api/rest/with-database";
import { env } from "@/server/env";
import { now } from "@/server/time/clock";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return withDatabase("GET /n/c", (db) => followTrackedLink(db, getAppFollowUpDeps, token, env().AUTH_SECRET ?? "", now()));
}
