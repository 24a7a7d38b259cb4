import { IntentLink } from "@/components/ui/intent-link";
import { RepForm } from "@/components/reps/rep-form";
import { newRepFormValues } from "@/components/reps/rep-form-values";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ADMIN_ROLES, hasRole, TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";
import { listRepCandidates } from "@/server/services/reps";

export const dynamic = "force-dynamic";
export const metadata = { title: "New rep" };

export default async function NewRepPage() {
  const { workspace } = await requireRole(TEAM_MANAGER_ROLES);
  const candidates = await listRepCandidates(await getDb(), workspace.id);
  return (
    <div className="space-y-6">
      <PageHeader title="New rep" description="Give a workspace member a rep profile so leads can be routed to them." />
      {candidates.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">
            Every workspace member already has a rep profile.{" "}
            {hasRole(workspace.role, ADMIN_ROLES) ? (
              <IntentLink href="/settings/members" className="text-brand-600 underline">Invite someone</IntentLink>
            ) : (
              "Ask an admin to invite someone."
            )}
          </p>
        </Card>
      ) : (
        <RepForm mode="create" candidates={candidates} defaultValues={newRepFormValues("", "UTC")} />
      )}
    </div>
  );
}
