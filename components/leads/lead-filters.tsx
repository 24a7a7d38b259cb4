// The inbox filters as a plain GET form: works without JavaScript, and the URL is shareable.
// Applying filters starts again at page 1 (no page input) and keeps the filters only the URL carries
// (an analytics slice, a rep's leads): hidden inputs here, shown and removed as chips (lead-slice-filters.tsx).
// On a phone only the search box and a "Filters · N active" button show; the menus unfold from it
// (folded-filters.tsx; N counts the menus and the spam box set, not the sort). At 1024–1279 px the
// search and the five menus take two rows of four columns (one row of seven from xl, 1280 px): in
// seven columns there, each menu was ~125 px and cut its own choice short ("Newest firs"). A menu
// never grows past its column: a form or source someone named long is cut in the closed menu (its
// title holds the whole name) and read in full in the open list, which may be wider than the menu.
import { activeFilterCount } from "@/components/ui/active-filters";
import { FoldedFilters } from "@/components/ui/folded-filters";
import { IntentLink } from "@/components/ui/intent-link";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LEAD_STATUS_LABELS } from "@/components/assignments/lead-status";
import { LEAD_STATUSES, type TLeadFilterOptions } from "@/server/services/leads";
import { SORT_OPTIONS, type TLeadListParams } from "./lead-list-params";
import { sourceLabel } from "./source-label";

export function LeadFilters({ params, options }: { params: TLeadListParams; options: TLeadFilterOptions }) {
  const activeCount = activeFilterCount({ tier: params.tier, formId: params.formId, source: params.source, status: params.status, spam: params.includeSpam });
  const formName = options.forms.find((f) => f.id === params.formId)?.name;
  return (
    <form method="get" action="/leads" role="search" aria-label="Filter leads" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end xl:grid-cols-7">
      {Object.entries(params.slice ?? {}).map(([key, value]) => value && <input key={key} type="hidden" name={key} value={value} />)}
      <div className="lg:col-span-2">
        <Label htmlFor="lead-search">Search</Label>
        <Input id="lead-search" name="search" type="search" defaultValue={params.search} placeholder="Email, name, company or phone" maxLength={200} />
      </div>
      <FoldedFilters id="lead-filter-controls" activeCount={activeCount}>
        <div>
          <Label htmlFor="lead-tier">Tier</Label>
          <Select id="lead-tier" name="tier" defaultValue={params.tier}>
            <option value="">All tiers</option>
            {options.tiers.map((t) => (
              <option key={t.key} value={t.key}>{t.label}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="lead-form">Form</Label>
          <Select id="lead-form" name="formId" defaultValue={params.formId} title={formName} className="truncate">
            <option value="">All forms</option>
            {options.forms.map((f) => (
              <option key={f.id} value={f.id}>{f.name}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="lead-source">Source</Label>
          <Select id="lead-source" name="source" defaultValue={params.source} title={params.source ? sourceLabel(params.source) : undefined} className="truncate">
            <option value="">All sources</option>
            {options.sources.map((s) => (
              <option key={s} value={s}>{sourceLabel(s)}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="lead-status">Status</Label>
          <Select id="lead-status" name="status" defaultValue={params.status}>
            <option value="">All statuses</option>
            {LEAD_STATUSES.map((s) => (
              <option key={s} value={s}>{LEAD_STATUS_LABELS[s]}</option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="lead-sort">Sort</Label>
          <Select id="lead-sort" name="sort" defaultValue={params.sort}>
            {SORT_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </Select>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4 xl:col-span-7">
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" name="spam" value="1" defaultChecked={params.includeSpam} className="h-4 w-4 rounded border-slate-300" />
            Show spam
          </label>
          <button type="submit" className={buttonClasses("primary")}>Apply</button>
          <IntentLink href="/leads" className="text-sm text-brand-600 hover:underline">Clear filters</IntentLink>
        </div>
      </FoldedFilters>
    </form>
  );
}
