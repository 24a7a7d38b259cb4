import { IntentLink } from "@/components/ui/intent-link";
import { RepsTable } from "@/components/reps/reps-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { hasRole, TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";
import { listReps } from "@/server/services/reps";

export const dynamic = "force-dynamic";
export const metadata = { title: "Reps" };

export default async function RepsPage() {
  const { workspace } = await requireMember();
  const reps = await listReps(await getDb(), workspace.id);
  const canEdit = hasRole(workspace.role, TEAM_MANAGER_ROLES);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Reps"
        description="Who receives leads: fit, working hours, capacity and routing weight."
        actions={canEdit && <IntentLink href="/reps/new" className={buttonClasses("primary")}>New rep</IntentLink>}
      />
      <Card title={`Reps (${reps.length})`}>
        {reps.length === 0 ? (
          <p className="text-sm text-slate-500">
            No reps yet.{canEdit && " Create a profile for a workspace member, or invite reps from Members."}
          </p>
        ) : (
          <RepsTable reps={reps} canEdit={canEdit} />
        )}
      </Card>
    </div>
  );
}
