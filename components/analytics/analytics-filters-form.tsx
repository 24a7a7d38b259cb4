// The analytics filters: a GET form (date range, rep, team, path, tier, form, source, UTM source,
// score band) that keeps the view and its choice (funnel dimension, fairness pool). Tiers and
// sources read as on the leads page: the scoring models' tier labels (`tierLabels`, from
// listLeadFilterOptions) and sourceLabel. On a phone the filters fold behind a "Filters · N active"
// button (folded-filters.tsx): N counts the filters applied, the date range as one when it is not
// the default last 90 days (`isRangeChosen`: Apply always sends From and To, so their presence in
// the URL says nothing).
import { activeFilterCount } from "@/components/ui/active-filters";
import { FoldedFilters } from "@/components/ui/folded-filters";
import { IntentLink } from "@/components/ui/intent-link";
import { sourceLabel } from "@/components/leads/source-label";
import { buttonClasses } from "@/components/ui/button";
import { SCORE_BANDS } from "@/server/domain/analytics/score-predictiveness";
import type { TAnalyticsView } from "@/server/services/analytics/analytics-view";
import { tierLabelOf } from "@/server/domain/leads/tier-label";

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <label className="text-sm text-slate-700">
      {label}
      <select name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AnalyticsFiltersForm({
  data,
  tierLabels = [],
  isRangeChosen = false,
}: {
  data: TAnalyticsView;
  tierLabels?: readonly { key: string; label: string }[];
  /** The view's From – To is not the default last 90 days. */
  isRangeChosen?: boolean;
}) {
  const { filters: f, labels } = data;
  const { from: _from, to: _to, fromAt: _fromAt, toExclusive: _toExclusive, ...applied } = f;
  const activeCount = activeFilterCount({ ...applied, range: isRangeChosen });
  const tierLabel = (tier: string) => tierLabelOf(tier, tierLabels.find((t) => t.key === tier)?.label);
  return (
    <form method="get" action="/analytics" role="search" aria-label="Filter analytics" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
      <input type="hidden" name="view" value={data.view} />
      {data.dimension && <input type="hidden" name="dimension" value={data.dimension} />}
      {data.pool && <input type="hidden" name="pool" value={data.pool} />}
      <FoldedFilters id="analytics-filter-controls" activeCount={activeCount}>
        <label className="text-sm text-slate-700">
          From
          <input type="date" name="from" defaultValue={f.from} className={selectClass} />
        </label>
        <label className="text-sm text-slate-700">
          To
          <input type="date" name="to" defaultValue={f.to} className={selectClass} />
        </label>
        <Select name="repId" label="Rep" value={f.repId} options={labels.reps.map((r) => ({ value: r.id, label: r.name }))} />
        <Select name="teamId" label="Team" value={f.teamId} options={labels.teams.map((t) => ({ value: t.id, label: t.name }))} />
        <Select name="pathId" label="Path" value={f.pathId} options={labels.paths.map((p) => ({ value: p.id, label: p.name }))} />
        <Select name="tier" label="Tier" value={f.tier} options={labels.tiers.map((t) => ({ value: t, label: tierLabel(t) }))} />
        <Select name="formId" label="Form" value={f.formId} options={labels.forms.map((x) => ({ value: x.id, label: x.name }))} />
        <Select name="source" label="Source" value={f.source} options={labels.sources.map((s) => ({ value: s, label: sourceLabel(s) }))} />
        <label className="text-sm text-slate-700">
          UTM source
          <input type="text" name="utmSource" defaultValue={f.utmSource ?? ""} className={selectClass} />
        </label>
        <Select name="scoreBand" label="Score band" value={f.scoreBand} options={SCORE_BANDS.map((b) => ({ value: b.key, label: b.key }))} />
        <div className="flex items-center gap-3 lg:col-span-2">
          <button type="submit" className={buttonClasses("primary")}>Apply</button>
          <IntentLink href={`/analytics?view=${data.view}`} className="text-sm text-brand-600 hover:underline">Clear filters</IntentLink>
        </div>
      </FoldedFilters>
    </form>
  );
}
