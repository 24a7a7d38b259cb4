// A form page reached through a nurture email's tracked link reports the return visit here
// (POST /n/r/<token>?slug=<form>): intent points once per email, maybe graduation. Always 204.
import { reportReturnVisit } from "@/server/api/rest/handle-nurture-links";
import { withDatabase } from "@/server/api/rest/with-database";
import { env } from "@/server/env";
import { now } from "@/server/time/clock";
import { getAppFollowUpDeps } from "@/server/workers/app-queue";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const slug = new URL(request.url).searchParams.get("slug") ?? "";
  return withDatabase("POST /n/r", (db) => reportReturnVisit(db, getAppFollowUpDeps, { token, slug, secret: env().AUTH_SECRET ?? "", now: now() }));
}
