// /analytics: speed-to-lead, funnel, forms, fairness and score predictiveness for owners, admins,
// managers and marketers (reps get 403, checked here on the server). Filters and the view live in
// the URL; each view's table exports as CSV (./export.csv).
import Link from "next/link";
import { AnalyticsChart } from "@/components/analytics/analytics-chart";
import { AnalyticsFiltersForm } from "@/components/analytics/analytics-filters-form";
import { AnalyticsTable } from "@/components/analytics/analytics-table";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ANALYTICS_ROLES, ANALYTICS_VIEWS, loadAnalyticsView, VIEW_LABELS } from "@/server/services/analytics/analytics-view";
import { FUNNEL_DIMENSION_LABELS, FUNNEL_DIMENSIONS } from "@/server/services/analytics/funnel-report";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";
export const metadata = { title: "Analytics" };

type TSearchParams = Record<string, string | string[] | undefined>;

function flat(params: TSearchParams): Record<string, string> {
  return Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v.slice(0, 200)]] : Array.isArray(v) && v[0] ? [[k, v[0].slice(0, 200)]] : [])));
}

export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const { workspace } = await requireRole(ANALYTICS_ROLES);
  const params = flat(await searchParams);
  const data = await loadAnalyticsView(await getDb(), workspace.id, workspace.role, params, now());
  const query = (extra: Record<string, string>) => new URLSearchParams({ ...params, ...extra }).toString();
  const tab = "rounded-md px-3 py-1.5 text-sm ring-1 ring-slate-300";
  return (
    <div className="space-y-6">
      <PageHeader
        title="Analytics"
        description={`${data.filters.from} – ${data.filters.to} (UTC days). Spam is never counted.`}
        actions={
          <a href={`/analytics/export.csv?${query({ view: data.view })}`} download className={buttonClasses("secondary")}>
            Export CSV
          </a>
        }
      />
      <nav aria-label="Views" className="flex flex-wrap gap-2">
        {ANALYTICS_VIEWS.map((v) => (
          <Link key={v} href={`/analytics?${query({ view: v })}`} aria-current={v === data.view ? "page" : undefined} className={`${tab} ${v === data.view ? "bg-brand-600 text-white ring-brand-600" : "hover:bg-slate-50"}`}>
            {VIEW_LABELS[v]}
          </Link>
        ))}
      </nav>
      <Card>
        <AnalyticsFiltersForm data={data} />
      </Card>
      {data.dimension && (
        <nav aria-label="Slice by" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">Slice by</span>
          {FUNNEL_DIMENSIONS.map((d) => (
            <Link key={d} href={`/analytics?${query({ view: "funnel", dimension: d })}`} aria-current={d === data.dimension ? "page" : undefined} className={`${tab} ${d === data.dimension ? "bg-slate-800 text-white" : "hover:bg-slate-50"}`}>
              {FUNNEL_DIMENSION_LABELS[d]}
            </Link>
          ))}
        </nav>
      )}
      {data.pools && data.pools.length > 0 && (
        <nav aria-label="Pool" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600">Pool</span>
          {data.pools.map((p) => (
            <Link key={p.id} href={`/analytics?${query({ view: "fairness", pool: p.id })}`} aria-current={p.id === data.pool ? "page" : undefined} className={`${tab} ${p.id === data.pool ? "bg-slate-800 text-white" : "hover:bg-slate-50"}`}>
              {p.label}
            </Link>
          ))}
        </nav>
      )}
      <Card title={VIEW_LABELS[data.view]}>
        <div className="space-y-4">
          <ul className="space-y-1 text-sm text-slate-700" data-testid="analytics-notes">
            {data.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <AnalyticsChart kind={data.chart.kind} xKey={data.chart.xKey} series={data.chart.series} data={data.chart.data} />
          <AnalyticsTable table={data.table} />
        </div>
      </Card>
    </div>
  );
}
