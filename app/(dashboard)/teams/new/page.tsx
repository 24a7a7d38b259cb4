import { TeamForm } from "@/components/teams/team-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";

export const dynamic = "force-dynamic";
export const metadata = { title: "New team" };

export default async function NewTeamPage() {
  await requireRole(TEAM_MANAGER_ROLES);
  return (
    <div className="space-y-6">
      <PageHeader title="New team" description="Create the pool first, then add its reps." />
      <Card>
        <TeamForm mode="create" />
      </Card>
    </div>
  );
}
