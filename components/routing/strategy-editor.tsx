"use client";
// A team destination's strategy: filters (in order) then a chooser, plus account ownership.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { describeStrategy } from "@/server/domain/routing/describe-strategy";
import { ChooserEditor } from "./chooser-editor";
import { FilterEditor } from "./filter-editor";
import { defaultFilter, type TFilter, type TStrategy } from "./routing-editor-model";

const FILTER_CHOICES: { type: TFilter["type"]; label: string }[] = [
  { type: "match", label: "Match (skills, industry, segment, language, region)" },
  { type: "seniority", label: "Seniority by deal value" },
  { type: "available_now", label: "Available now (working hours, out of office)" },
  { type: "capacity", label: "Capacity (pipeline cap, upcoming leave, backlog)" },
  { type: "recent_volume", label: "Recent volume balancing" },
];

export function StrategyEditor({ strategy, idPrefix, pathLabel, issuePath, onChange }: { strategy: TStrategy; idPrefix: string; pathLabel: string; issuePath: string; onChange: (s: TStrategy) => void }) {
  const [adding, setAdding] = useState<TFilter["type"]>("match");
  return (
    <div className="space-y-3 rounded-md border border-slate-200 p-3">
      <p className="text-sm text-slate-700"><span className="font-medium">Strategy: </span>{describeStrategy(strategy)}</p>
      <div>
        <p className="mb-1 text-sm font-medium text-slate-700">Filters (applied in order)</p>
        {strategy.filters.length === 0 && <p className="text-sm text-slate-500">No filters: every active team member qualifies.</p>}
        <ol className="space-y-2">
          {strategy.filters.map((f, i) => (
            <FilterEditor key={i} filter={f} label={`${pathLabel} filter ${i + 1}`} issuePath={`${issuePath}.filters.${i}`}
              onChange={(next) => onChange({ ...strategy, filters: strategy.filters.map((x, j) => (j === i ? next : x)) })}
              onRemove={() => onChange({ ...strategy, filters: strategy.filters.filter((_, j) => j !== i) })} />
          ))}
        </ol>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Select className="max-w-md" aria-label={`${pathLabel}: filter to add`} value={adding} onChange={(e) => setAdding(e.target.value as TFilter["type"])}>
            {FILTER_CHOICES.map((c) => <option key={c.type} value={c.type}>{c.label}</option>)}
          </Select>
          <Button variant="secondary" onClick={() => onChange({ ...strategy, filters: [...strategy.filters, defaultFilter(adding)] })}>+ Filter</Button>
        </div>
      </div>
      <ChooserEditor chooser={strategy.chooser} idPrefix={idPrefix} issuePath={`${issuePath}.chooser`} onChange={(chooser) => onChange({ ...strategy, chooser })} />
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" checked={strategy.accountOwnership} onChange={(e) => onChange({ ...strategy, accountOwnership: e.target.checked })} />
        Account ownership: a lead from a company we already work with goes to its owner when eligible
      </label>
    </div>
  );
}
