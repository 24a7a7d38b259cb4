import Link from "next/link";
import { AcceptAsSignedInUser, AcceptWithNewAccount } from "@/components/auth/accept-invite-forms";
import { signOutAction } from "@/server/auth/actions";
import { getSessionUser } from "@/server/auth/session";
import { getDb } from "@/server/db/client";
import { ROLE_LABELS } from "@/server/domain/auth/roles";
import { inviteState } from "@/server/domain/workspaces/invite-schema";
import { findInviteByToken } from "@/server/services/workspaces/invites";

export const dynamic = "force-dynamic";
export const metadata = { title: "Join a workspace" };

const UNUSABLE = {
  accepted: "This invite has already been used. Sign in to continue.",
  revoked: "This invite was withdrawn. Ask the person who invited you for a new one.",
  expired: "This invite has expired. Ask the person who invited you for a new one.",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const db = await getDb();
  const invite = await findInviteByToken(db, token);
  if (!invite) {
    return <Message title="Invite not found" text="This invite link is not valid. Check that you copied the whole link." />;
  }
  const state = inviteState(invite, new Date());
  if (state !== "valid") return <Message title="Invite unavailable" text={UNUSABLE[state]} />;
  const user = await getSessionUser();
  const hasAccount = Boolean(await db.user.findUnique({ where: { email: invite.email }, select: { id: true } }));
  return (
    <div className="space-y-5">
      <h1 className="text-xl font-semibold">Join {invite.workspace.name}</h1>
      <p className="text-sm text-slate-600">
        {invite.invitedBy.name ?? invite.invitedBy.email} invited <strong>{invite.email}</strong> as {ROLE_LABELS[invite.role]}.
      </p>
      {user && user.email === invite.email && <AcceptAsSignedInUser token={token} />}
      {user && user.email !== invite.email && (
        <div className="space-y-3 text-sm">
          <p>You are signed in as {user.email}. Sign out, then open this link again as {invite.email}.</p>
          <form action={signOutAction}>
            <button type="submit" className="text-brand-600 underline">Sign out</button>
          </form>
        </div>
      )}
      {!user && hasAccount && (
        <Link className="text-brand-600 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
          Sign in as {invite.email} to accept
        </Link>
      )}
      {!user && !hasAccount && <AcceptWithNewAccount token={token} email={invite.email} />}
    </div>
  );
}

function Message({ title, text }: { title: string; text: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-600">{text}</p>
      <Link className="text-sm text-brand-600 underline" href="/sign-in">Go to sign in</Link>
    </div>
  );
}
