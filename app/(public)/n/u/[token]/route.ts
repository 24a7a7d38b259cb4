// The unsubscribe link of nurture email. GET (a person, or a mail scanner prefetching the link)
// changes nothing: it sends the browser to the page that names the emails and has the button
// (./confirm/page.tsx). POST is the one-click unsubscribe of RFC 8058 (List-Unsubscribe-Post from
// a mail client): it unsubscribes, idempotently.
import { unsubscribeNow } from "@/server/api/rest/handle-nurture-links";
import { withDatabase } from "@/server/api/rest/with-database";
import { env } from "@/server/env";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const location = `/n/u/${encodeURIComponent((await params).token)}/confirm`;
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex" } });
}

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return withDatabase("POST /n/u", (db) => unsubscribeNow(db, token, env().AUTH_SECRET ?? "", now()));
}
