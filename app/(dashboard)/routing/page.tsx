import { IntentLink } from "@/components/ui/intent-link";
import { RoutingEditor } from "@/components/routing/routing-editor";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { ADMIN_ROLES, TEAM_MANAGER_ROLES } from "@/server/domain/auth/roles";
import { PathFeedback } from "@/components/outcomes/path-feedback";
import { getDb } from "@/server/db/client";
import { feedbackByPath } from "@/server/services/outcomes/lead-feedback";
import { getPublishedRouting } from "@/server/services/routing/routing-settings";

export const dynamic = "force-dynamic";
export const metadata = { title: "Routing" };

export default async function RoutingPage() {
  const { workspace } = await requireRole(TEAM_MANAGER_ROLES);
  const db = await getDb();
  const [feedback, published] = await Promise.all([feedbackByPath(db, workspace.id), getPublishedRouting(db, workspace.id)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Routing"
        description="Routing paths in order: the first whose condition matches and that finds an eligible rep wins; otherwise the fallback queue."
        actions={
          <>
            {/* Value thresholds, pipeline caps and the review's minimum are in the routing currency: admins set it and its rates there. */}
            {(ADMIN_ROLES as readonly string[]).includes(workspace.role) && <IntentLink href="/settings/currencies" className={buttonClasses("secondary")}>Currencies</IntentLink>}
            <IntentLink href="/routing/history" className={buttonClasses("secondary")}>History</IntentLink>
          </>
        }
      />
      {/* The editor loads the published config with its data (routing.get), for "no changes to publish". */}
      <RoutingEditor />
      <PathFeedback feedback={feedback} paths={published?.config.paths.map((p) => ({ id: p.id, name: p.name })) ?? []} />
    </div>
  );
}
