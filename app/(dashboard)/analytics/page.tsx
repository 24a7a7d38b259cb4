// /analytics: speed-to-lead, funnel, forms, fairness and score predictiveness for owners, admins,
// managers and marketers (reps get 403, checked here on the server). Filters and the view live in
// the URL; each view's table exports as CSV (./export.csv).
import { IntentLink } from "@/components/ui/intent-link";
import { AnalyticsChart } from "@/components/analytics/analytics-chart";
import { SpeedBody } from "@/components/analytics/speed-body";
import { AnalyticsFiltersForm } from "@/components/analytics/analytics-filters-form";
import { AnalyticsTable } from "@/components/analytics/analytics-table";
import { formatMoneyFigure } from "@/components/analytics/money-figure";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ANALYTICS_ROLES, ANALYTICS_VIEWS, loadAnalyticsView, VIEW_LABELS, type TAnalyticsView } from "@/server/services/analytics/analytics-view";
import { ANALYTICS_FILTER_KEYS, analyticsFilters } from "@/server/services/analytics/analytics-filters";
import type { TRole } from "@/server/domain/auth/roles";
import { listLeadFilterOptions } from "@/server/services/leads";
import { FUNNEL_DIMENSION_LABELS, FUNNEL_DIMENSIONS } from "@/server/services/analytics/funnel-report";
import { now } from "@/server/time/clock";
import { dayRangeText } from "@/server/domain/analytics/day-words";
import { AppError, type TErrorDetail } from "@/server/errors";

export const dynamic = "force-dynamic";
export const metadata = { title: "Analytics" };

type TSearchParams = Record<string, string | string[] | undefined>;

function flat(params: TSearchParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v.slice(0, 200)]] : Array.isArray(v) && v[0] ? [[k, v[0].slice(0, 200)]] : [])));
}

/**
 * The view for the URL's parameters; filters that cannot apply (from after to, a day that does not
 * exist) are returned as `refused` and the view is shown for the default range instead of failing.
 */
async function loadViewOrDefaults(workspace: { id: string; role: TRole }, params: Record<string, string>, at: Date): Promise<{ data: TAnalyticsView; refused: TErrorDetail[] }> {
  const db = await getDb();
  try {
    return { data: await loadAnalyticsView(db, workspace.id, workspace.role, params, at), refused: [] };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    const choices = Object.fromEntries(Object.entries(params).filter(([key]) => !ANALYTICS_FILTER_KEYS.has(key)));
    return { data: await loadAnalyticsView(db, workspace.id, workspace.role, choices, at), refused: error.details };
  }
}

/** The view's dates are not the default last 90 days (the phone's "Filters · N active" counts them as one filter). */
function isRangeChosen(filters: TAnalyticsView["filters"], at: Date): boolean {
  const defaults = analyticsFilters({}, at);
  return filters.from !== defaults.from || filters.to !== defaults.to;
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const { workspace } = await requireRole(ANALYTICS_ROLES);
  const params = flat(await searchParams);
  const at = now();
  const [{ data, refused }, leadOptions] = await Promise.all([loadViewOrDefaults(workspace, params, at), getDb().then((db) => listLeadFilterOptions(db, workspace.id))]);
  const query = (extra: Record<string, string>) => new URLSearchParams({ ...params, ...extra }).toString();
  const tab = "rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300";
  return (
    <div className="space-y-6">
      <PageHeader
        title="Analytics"
        description={`${dayRangeText(data.filters.from, data.filters.to)} (UTC days). Spam is never counted.`}
        actions={
          <a href={`/analytics/export.csv?${query({ view: data.view })}`} download className={buttonClasses("secondary")}>
            Export CSV
          </a>
        }
      />
      <nav aria-label="Views" className="flex flex-wrap gap-2">
        {ANALYTICS_VIEWS.map((v) => (
          <IntentLink key={v} href={`/analytics?${query({ view: v })}`} aria-current={v === data.view ? "page" : undefined} className={`${tab} ${v === data.view ? "bg-brand-600 text-white ring-brand-600" : "hover:bg-slate-50"}`}>
            {VIEW_LABELS[v]}
          </IntentLink>
        ))}
      </nav>
      {refused.length > 0 && (
        <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          These filters were not applied, so the last 90 days are shown: {refused.map((d) => `${d.path}: ${d.message}`).join("; ")}.
        </p>
      )}
      <Card>
        <AnalyticsFiltersForm data={data} tierLabels={leadOptions.tiers} isRangeChosen={isRangeChosen(data.filters, at)} />
      </Card>
      {data.dimension && (
        <nav aria-label="Slice by" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">Slice by</span>
          {FUNNEL_DIMENSIONS.map((d) => (
            <IntentLink key={d} href={`/analytics?${query({ view: "funnel", dimension: d })}`} aria-current={d === data.dimension ? "page" : undefined} className={`${tab} ${d === data.dimension ? "bg-slate-800 text-white" : "hover:bg-slate-50"}`}>
              {FUNNEL_DIMENSION_LABELS[d]}
            </IntentLink>
          ))}
        </nav>
      )}
      {data.pools && data.pools.length > 0 && (
        <nav aria-label="Pool" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">Pool</span>
          {data.pools.map((p) => (
            <IntentLink key={p.id} href={`/analytics?${query({ view: "fairness", pool: p.id })}`} aria-current={p.id === data.pool ? "page" : undefined} className={`${tab} ${p.id === data.pool ? "bg-slate-800 text-white" : "hover:bg-slate-50"}`}>
              {p.label}
            </IntentLink>
          ))}
        </nav>
      )}
      <Card title={VIEW_LABELS[data.view]}>
        {data.view === "speed" ? (
          <SpeedBody data={data} />
        ) : (
          <div className="space-y-4">
            <ul className="space-y-1 text-sm text-slate-700" data-testid="analytics-notes">
              {data.moneyNote && <li>{data.moneyNote.map((part) => (typeof part === "string" ? part : formatMoneyFigure(part.money, data.table.currencies ?? []))).join("")}</li>}
              {data.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
            <AnalyticsChart kind={data.chart.kind} xKey={data.chart.xKey} series={data.chart.series} data={data.chart.data} />
            <AnalyticsTable table={data.table} />
          </div>
        )}
      </Card>
    </div>
  );
}
