// The rep alert's one-click accept link. Reading it changes nothing (mail scanners prefetch
// links): it shows the lead and an "Accept lead" button that POSTs (a server action). A lead that
// has left the rep (returned, reassigned) says what became of it and links to their inbox, never to
// a lead page they can no longer read (accept-link-message.ts).
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { acceptLinkMessage, LEAD_GONE_MESSAGE, type TAcceptLinkMessage } from "@/components/assignments/accept-link-message";
import { queueMessageFor } from "@/components/assignments/accept-link-queue";
import { formatDuration } from "@/components/assignments/format-duration";
import { buttonClasses } from "@/components/ui/button";
import { signOutAction } from "@/server/auth/actions";
import { roleInLeadWorkspace } from "@/server/auth/lead-viewer-role";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { isOtherUserOnLink, loadAcceptLinkView, NOT_ASSIGNED_REP_MESSAGE } from "@/server/services/assignments/accept-assignment";
import { verifyAcceptToken } from "@/server/services/assignments/accept-token";
import { acceptFromLink } from "./actions";
import { now } from "@/server/time/clock";
import { decodePathSegment } from "@/server/http/decode-path-segment";

export const dynamic = "force-dynamic";
// "strict-origin", not "no-referrer": the token never leaves in a Referer (only the origin does), but the
// page's POSTs keep their Origin header — under "no-referrer" a browser sends `Origin: null`, and
// Next.js refuses a server action posted without JavaScript (or before hydration) as cross-site.
export const metadata: Metadata = { title: "Accept lead", robots: { index: false, follow: false }, referrer: "strict-origin" };

function Shell({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <p className="mb-6 text-center text-2xl font-bold tracking-tight text-brand-700">Switchboard</p>
        <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">{children}</div>
      </div>
    </main>
  );
}

/** A message instead of the lead, with the one link that works for the rep (the lead only while it is theirs). */
function Message({ title, text, link }: TAcceptLinkMessage) {
  return (
    <Shell>
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-600">{text}</p>
      <Link className="text-sm text-brand-600 underline" href={link.href}>{link.label}</Link>
    </Shell>
  );
}

export default async function AcceptLeadPage({ params }: { params: Promise<{ token: string }> }) {
  const token = decodePathSegment((await params).token);
  const secret = env().AUTH_SECRET;
  const check = secret ? verifyAcceptToken(token, secret, now()) : ({ ok: false, reason: "bad_signature" } as const);
  if (!check.ok && check.reason !== "expired") {
    return <Message title="This accept link is not valid" text="Check that you opened the whole link from the alert email." link={{ href: "/leads", label: "Go to your leads" }} />;
  }
  const db = await getDb();
  const view = await loadAcceptLinkView(db, check.assignmentId);
  const user = view ? await getSessionUser() : null;
  // The backup queue's link has no rep: a signed-in member of the lead's workspace is told where
  // it waits, with the one link that opens for them — their inbox for a rep (the lead page would be
  // a 404), the lead page for those who can read it (accept-link-queue.ts). Nothing more of the
  // lead than a visitor not signed in is told.
  const queueRole = view?.state === "queue" && user ? await roleInLeadWorkspace(db, user.id, view.leadId) : null;
  if (view && queueRole) return <Message {...queueMessageFor(queueRole, view.leadId)} />;
  // Signed in as someone other than the assigned rep (another rep, a user of another workspace):
  // nothing of the lead, no button (the action refuses them too).
  if (view && user && isOtherUserOnLink(view.repUserId, user.id)) {
    return (
      <Shell>
        <h1 className="text-xl font-semibold">This link is not for you</h1>
        <p className="text-sm text-slate-600">
          {NOT_ASSIGNED_REP_MESSAGE} You are signed in as {user.email}: sign out, then open it again.
        </p>
        <form action={signOutAction}>
          <button type="submit" className="text-sm text-brand-600 underline">Sign out</button>
        </form>
      </Shell>
    );
  }
  const message = acceptLinkMessage(check.ok ? "valid" : "expired", view);
  if (message || !view) return <Message {...(message ?? LEAD_GONE_MESSAGE)} />;
  const summary = [view.lead.company, `${view.lead.tierLabel} · score ${view.lead.score}`].filter(Boolean).join(" · ");
  return (
    <Shell>
      <div>
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">New lead{view.isProvisional ? " (provisional: a manager reviews it)" : ""}</p>
        <h1 className="mt-1 text-xl font-semibold">{view.lead.name}</h1>
        <p className="text-sm text-slate-600">{summary}</p>
      </div>
      <p className="text-sm text-slate-700">Assigned to <strong>{view.repName}</strong></p>
      {view.state === "accepted" ? (
        <div className="space-y-3">
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800">
            Accepted — time to accept {formatDuration(view.timeToAcceptMs ?? 0)}
          </p>
          <Link className="text-sm text-brand-600 underline" href={`/leads/${view.leadId}`}>Open the lead</Link>
        </div>
      ) : (
        <form action={acceptFromLink}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className={buttonClasses("primary", "w-full")}>Accept lead</button>
        </form>
      )}
    </Shell>
  );
}
