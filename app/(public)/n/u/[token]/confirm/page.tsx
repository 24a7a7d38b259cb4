// The unsubscribe link's page (GET /n/u/<token> sends browsers here): whose emails, to which
// address (masked), and a button that POSTs. Reading it changes nothing (mail scanners prefetch
// links); an address already off the list is told so. The one-click POST of mail clients
// (RFC 8058) stays on /n/u/<token> itself (../route.ts).
import type { Metadata } from "next";
import { UnsubscribeView } from "@/components/nurture-links/unsubscribe-view";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { loadUnsubscribeView } from "@/server/services/nurture/unsubscribe-link";
import { unsubscribeFromPage } from "./actions";
import { decodePathSegment } from "@/server/http/decode-path-segment";

export const dynamic = "force-dynamic";
// "strict-origin", not "no-referrer": the token never leaves in a Referer (only the origin does), but the
// page's POSTs keep their Origin header — under "no-referrer" a browser sends `Origin: null`, and
// Next.js refuses a server action posted without JavaScript (or before hydration) as cross-site.
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false }, referrer: "strict-origin" };

export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const token = decodePathSegment((await params).token);
  const view = await loadUnsubscribeView(await getDb(), { token, secret: env().AUTH_SECRET ?? "" });
  return <UnsubscribeView view={view} isJustDone={(await searchParams).done === "1"} action={unsubscribeFromPage} token={token} />;
}
