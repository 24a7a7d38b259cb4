import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { inviteExpiryText } from "@/components/members/invite-expiry";
import { InviteForm } from "@/components/members/invite-form";
import { MemberActions, RevokeInviteButton } from "@/components/members/member-actions";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ADMIN_ROLES, grantableRoles, ROLE_LABELS } from "@/server/domain/auth/roles";
import { listOpenInvites } from "@/server/services/workspaces/invites";
import { listMembersWithOpenLeads } from "@/server/services/workspaces/members";

export const dynamic = "force-dynamic";
export const metadata = { title: "Members" };

export default async function MembersPage() {
  const { user, workspace } = await requireRole(ADMIN_ROLES);
  const db = await getDb();
  const [members, invites, teams] = await Promise.all([
    listMembersWithOpenLeads(db, workspace.id),
    listOpenInvites(db, workspace.id),
    db.team.findMany({ where: { workspaceId: workspace.id, isActive: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const grantable = grantableRoles(workspace.role);
  return (
    <div className="space-y-6">
      <PageHeader title="Members" description="Invite teammates, set their roles, remove access." />
      <Card title="Invite someone">
        <InviteForm roles={grantable} teams={teams} />
      </Card>
      <Card title={`Members (${members.length})`}>
        <ul className="divide-y divide-slate-100" aria-label="Members">
          {members.map((m) => (
            <li key={m.membershipId} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="font-medium">{m.name ?? m.email}{m.userId === user.id && <span className="ml-2 text-xs text-slate-500">(you)</span>}</p>
                <p className="text-sm text-slate-500">{m.email}</p>
              </div>
              {m.userId === user.id || (m.role === "OWNER" && workspace.role !== "OWNER") ? (
                <Badge tone="blue">{ROLE_LABELS[m.role]}</Badge>
              ) : (
                <MemberActions membershipId={m.membershipId} role={m.role} grantable={grantable} label={m.name ?? m.email} openLeads={m.openLeads} hasRepProfile={m.repId !== null} />
              )}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={`Open invites (${invites.length})`}>
        {invites.length === 0 ? (
          <p className="text-sm text-slate-500">No open invites.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Open invites">
            {invites.map((i) => (
              <li key={i.id} className="flex items-center justify-between gap-3 py-3 text-sm">
                <span>
                  {i.email} · {ROLE_LABELS[i.role]} · invited by {i.invitedBy}{" "}
                  {i.isExpired ? <Badge tone="red">expired</Badge> : <span className="text-slate-500">{inviteExpiryText(i.expiresAt)}</span>}
                </span>
                <RevokeInviteButton inviteId={i.id} email={i.email} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
