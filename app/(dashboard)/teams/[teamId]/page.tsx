import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { TeamForm } from "@/components/teams/team-form";
import { TeamMembersEditor } from "@/components/teams/team-members-editor";
import { TeamStatusActions } from "@/components/teams/team-status-actions";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole, TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";
import { AppError } from "@/server/errors";
import { listReps } from "@/server/services/reps";
import { getTeam, type TTeamView } from "@/server/services/teams";

export const dynamic = "force-dynamic";
export const metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const { workspace } = await requireMember();
  const db = await getDb();
  let team: TTeamView;
  try {
    team = await getTeam(db, workspace.id, teamId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const canEdit = hasRole(workspace.role, TEAM_MANAGER_ROLES);
  const reps = canEdit ? await listReps(db, workspace.id) : [];
  return (
    <div className="space-y-6">
      <IntentLink href="/teams" className="text-sm text-brand-600 hover:underline">← All teams</IntentLink>
      <PageHeader
        title={team.name}
        description={team.isActive ? team.description || undefined : <Badge tone="red">Inactive</Badge>}
        actions={canEdit && <TeamStatusActions teamId={team.id} isActive={team.isActive} name={team.name} />}
      />
      {canEdit && (
        <Card title="Details">
          <TeamForm mode="edit" teamId={team.id} defaultValues={{ name: team.name, description: team.description }} />
        </Card>
      )}
      <Card title={`Members (${team.members.length})`}>
        {canEdit ? (
          <TeamMembersEditor
            teamId={team.id}
            members={team.members}
            reps={reps.map((r) => ({ repId: r.id, name: r.name, title: r.title, isActive: r.isActive }))}
          />
        ) : team.members.length === 0 ? (
          <p className="text-sm text-slate-500">No members yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" aria-label="Team members">
            {team.members.map((m) => (
              <li key={m.repId} className="py-2">
                <IntentLink href={`/reps/${m.repId}`} className="font-medium hover:underline">{m.name}</IntentLink>
                {m.title && <span className="text-slate-500"> · {m.title}</span>}{" "}
                {!m.isActive && <Badge tone="red">Inactive</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
