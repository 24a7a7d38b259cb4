// One-click unsubscribe of nurture email (RFC 8058): GET shows a button, POST unsubscribes.
import { unsubscribeNow, unsubscribePage } from "@/server/api/rest/handle-nurture-links";
import { withDatabase } from "@/server/api/rest/with-database";
import { env } from "@/server/env";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return unsubscribePage((await params).token, env().AUTH_SECRET ?? "");
}

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return withDatabase("POST /n/u", (db) => unsubscribeNow(db, token, env().AUTH_SECRET ?? "", now()));
}
