// The leads inbox: search, filters, sort and paging from the URL; REPs see only the leads they own
// (enforced in the service). Filters only a link sets (an analytics slice, a rep's leads) show as
// removable chips, their ids as names read in this workspace; a tier, form or source the menus do
// not offer is dropped (it matches no lead, and its menu can only say "All …").
import { formatCount } from "@/components/dashboard/count-label";
import { IntentLink } from "@/components/ui/intent-link";
import { LeadFilters } from "@/components/leads/lead-filters";
import { leadExportHref, leadListHref, readLeadListParams, toListInput, withOfferedChoices, type TLeadListParams, type TSearchParams } from "@/components/leads/lead-list-params";
import type { TSliceNames } from "@/components/leads/lead-slice-chips";
import { LeadSliceFilters } from "@/components/leads/lead-slice-filters";
import { LeadsTable } from "@/components/leads/leads-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb, type Db } from "@/server/db/client";
import { listLeadFilterOptions, listLeads } from "@/server/services/leads";
import { currentWorkspaceNames } from "@/server/services/leads/workspace-names";
import { getPublishedRouting } from "@/server/services/routing/routing-settings";

export const dynamic = "force-dynamic";
export const metadata = { title: "Leads" };

/** The names of the slice's reps, teams and routing paths (its own and its routed assignment's), read only when it names one. */
async function sliceNames(db: Db, workspaceId: string, slice: TLeadListParams["slice"]): Promise<TSliceNames> {
  const [names, routing] = await Promise.all([
    slice?.repId || slice?.teamId || slice?.assignedRepId || slice?.assignedTeamId ? currentWorkspaceNames(db, workspaceId) : null,
    slice?.pathId || slice?.assignedPathId ? getPublishedRouting(db, workspaceId) : null,
  ]);
  return {
    reps: new Map((names?.reps ?? []).map((r) => [r.id, r.name ?? r.email])),
    teams: new Map((names?.teams ?? []).map((t) => [t.id, t.name])),
    paths: new Map((routing?.config.paths ?? []).map((p) => [p.id, p.name])),
  };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const { user, workspace } = await requireMember();
  const db = await getDb();
  const read = readLeadListParams(await searchParams);
  const optionsRead = listLeadFilterOptions(db, workspace.id);
  // Only a tier, form or source in the URL waits for the menus' choices before the list is read.
  const params = read.tier || read.formId || read.source ? withOfferedChoices(read, await optionsRead) : read;
  const [list, options, names] = await Promise.all([
    listLeads(db, workspace.id, toListInput(params), { userId: user.id, role: workspace.role }),
    optionsRead,
    sliceNames(db, workspace.id, params.slice),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const first = list.total === 0 ? 0 : (list.page - 1) * list.pageSize + 1;
  const last = Math.min(list.total, list.page * list.pageSize);
  const pagerClass = "rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <div className="space-y-6">
      <PageHeader
        title={workspace.role === "REP" ? "Your leads" : "Leads"}
        description={workspace.role === "REP" ? "Leads you own, newest first. Times are in your time zone." : "Every submission, newest first (spam hidden unless you ask). Times are in your time zone."}
        actions={
          <a href={leadExportHref(params)} download className={buttonClasses("secondary")}>
            Export CSV
          </a>
        }
      />
      <Card>
        <LeadFilters params={params} options={options} />
      </Card>
      <Card title={`Leads (${formatCount(list.total)})`}>
        <LeadSliceFilters params={params} names={names} />
        {list.items.length === 0 ? (
          <p className="text-sm text-slate-500">{list.total === 0 ? "No leads match these filters." : "No leads on this page."}</p>
        ) : (
          <LeadsTable leads={list.items} />
        )}
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3 text-sm text-slate-600">
          <span>{list.total === 0 ? "0 leads" : `${first}–${last} of ${list.total} · page ${list.page} of ${pages}`}</span>
          <span className="flex gap-2">
            {list.page > 1 && <IntentLink href={leadListHref({ ...params, page: Math.min(list.page - 1, pages) })} className={pagerClass} rel="prev">← Previous</IntentLink>}
            {list.page < pages && <IntentLink href={leadListHref({ ...params, page: list.page + 1 })} className={pagerClass} rel="next">Next →</IntentLink>}
          </span>
        </nav>
      </Card>
    </div>
  );
}
