import { IntentLink } from "@/components/ui/intent-link";
import { RoutingHistory } from "@/components/routing/routing-history";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";

export const dynamic = "force-dynamic";
export const metadata = { title: "Routing history" };

export default async function RoutingHistoryPage() {
  await requireRole(TEAM_MANAGER_ROLES);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Routing history"
        description="Every published version, what changed between two of them, and rollback."
        actions={<IntentLink href="/routing" className={buttonClasses("secondary")}>Back to the editor</IntentLink>}
      />
      <RoutingHistory />
    </div>
  );
}
