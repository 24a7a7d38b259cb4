"use client";
// The chooser of a team strategy: which eligible rep gets the lead, with its settings.
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { describeChooser } from "@/server/domain/routing/describe-strategy";
import { BEST_MATCH_SIGNALS, ROUND_ROBIN_VARIANTS } from "@/server/domain/routing/routing-config";
import { LearnedChooserSettings } from "./learned-chooser-settings";
import { defaultChooser, type TChooser } from "./routing-editor-model";

export const CHOOSER_HELP: Record<TChooser["type"], string> = {
  round_robin: "Takes turns: strict (equal turns), weighted (by each rep's routing weight) or priority (higher weight first).",
  least_loaded: "The rep with the lightest open pipeline.",
  best_match: "The highest score over the weighted signals (skills, industry, segment, language, region, seniority, load, availability).",
  soonest_available: "Whoever is at work now, else who starts work soonest.",
  learned: "Learns from outcomes: the rep most likely to reach the chosen outcome with leads like this one (Thompson sampling), with a floor share for every rep.",
};

const VARIANT_HELP: Record<(typeof ROUND_ROBIN_VARIANTS)[number], string> = {
  strict: "strict — equal turns in the qualified pool",
  weighted: "weighted — turns in proportion to routing weight",
  priority: "priority — higher weight reps first",
};

export function ChooserEditor({ chooser, idPrefix, issuePath, onChange }: { chooser: TChooser; idPrefix: string; issuePath: string; onChange: (c: TChooser) => void }) {
  return (
    <div className="space-y-2">
      <Label htmlFor={`${idPrefix}-chooser`}>Then choose</Label>
      <Select id={`${idPrefix}-chooser`} className="max-w-md" value={chooser.type} onChange={(e) => onChange(defaultChooser(e.target.value as TChooser["type"]))}>
        {(Object.keys(CHOOSER_HELP) as TChooser["type"][]).map((t) => (
          <option key={t} value={t}>{describeChooser(defaultChooser(t))}</option>
        ))}
      </Select>
      <p className="text-xs text-slate-500">{CHOOSER_HELP[chooser.type]}</p>
      {chooser.type === "round_robin" && (
        <div className="flex flex-wrap gap-3">
          <div>
            <Label htmlFor={`${idPrefix}-variant`}>Round-robin variant</Label>
            <Select id={`${idPrefix}-variant`} className="w-auto" value={chooser.variant} onChange={(e) => onChange({ ...chooser, variant: e.target.value as typeof chooser.variant })}>
              {ROUND_ROBIN_VARIANTS.map((v) => <option key={v} value={v}>{VARIANT_HELP[v]}</option>)}
            </Select>
          </div>
          <div>
            <Label htmlFor={`${idPrefix}-catchup`}>Max catch-up turns</Label>
            <Input id={`${idPrefix}-catchup`} type="number" min={0} className="w-28" placeholder="no limit" value={chooser.maxCatchUp ?? ""}
              onChange={(e) => onChange({ ...chooser, maxCatchUp: e.target.value === "" ? null : Number(e.target.value) })} />
          </div>
        </div>
      )}
      {chooser.type === "learned" && <LearnedChooserSettings chooser={chooser} idPrefix={idPrefix} issuePath={issuePath} onChange={onChange} />}
      {chooser.type === "best_match" && (
        <fieldset className="flex flex-wrap gap-3" aria-label="Best-match weights">
          {BEST_MATCH_SIGNALS.map((s) => (
            <div key={s}>
              <Label htmlFor={`${idPrefix}-w-${s}`}>{s} weight</Label>
              <Input id={`${idPrefix}-w-${s}`} type="number" min={0} max={100} className="w-20" value={chooser.weights[s]}
                onChange={(e) => onChange({ ...chooser, weights: { ...chooser.weights, [s]: Number(e.target.value) || 0 } })} />
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}
