import { IntentLink } from "@/components/ui/intent-link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole, TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";
import { listTeams } from "@/server/services/teams";

export const dynamic = "force-dynamic";
export const metadata = { title: "Teams" };

export default async function TeamsPage() {
  const { workspace } = await requireMember();
  const teams = await listTeams(await getDb(), workspace.id);
  const canEdit = hasRole(workspace.role, TEAM_MANAGER_ROLES);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Teams"
        description="Routing pools: groups of reps that a routing path can send leads to."
        actions={canEdit && <IntentLink href="/teams/new" className={buttonClasses("primary")}>New team</IntentLink>}
      />
      <Card title={`Teams (${teams.length})`}>
        {teams.length === 0 ? (
          <p className="text-sm text-slate-500">No teams yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Teams">
            {teams.map((team) => (
              <li key={team.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0">
                  <IntentLink href={`/teams/${team.id}`} className="font-medium text-slate-900 hover:underline">{team.name}</IntentLink>{" "}
                  {!team.isActive && <Badge tone="red">Inactive</Badge>}
                  {team.description && <p className="text-sm text-slate-600">{team.description}</p>}
                  <p className="mt-1 text-xs text-slate-500">
                    {team.members.length === 0 ? "No members" : team.members.map((m) => m.name).join(", ")}
                  </p>
                </div>
                <div className="flex items-center gap-3 text-sm">
                  <Badge>{team.members.length} {team.members.length === 1 ? "rep" : "reps"}</Badge>
                  <IntentLink href={`/teams/${team.id}`} className="text-brand-600 hover:underline" aria-label={`${canEdit ? "Edit" : "View"} ${team.name}`}>
                    {canEdit ? "Edit" : "View"}
                  </IntentLink>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
