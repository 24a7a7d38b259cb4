"use client";
// Settings of the learned chooser ("best expected outcome"): the outcome it optimises, the lead
// attributes a segment is made of, the floor share, the warm-up and its fallback, the kill switch.
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LEARNED_FALLBACKS, LEARNED_OUTCOMES, LEARNED_OUTCOME_LABELS, SEGMENT_ATTRIBUTES, type TLearnedChooser, type TSegmentAttribute } from "@/server/domain/routing/learned/learned-config";

const FALLBACK_LABELS: Record<TLearnedChooser["fallback"], string> = { round_robin: "round-robin", least_loaded: "least loaded" };

export function LearnedChooserSettings({ chooser, idPrefix, onChange }: { chooser: TLearnedChooser; idPrefix: string; onChange: (c: TLearnedChooser) => void }) {
  const toggleAttribute = (a: TSegmentAttribute, on: boolean) =>
    onChange({ ...chooser, segmentBy: on ? SEGMENT_ATTRIBUTES.filter((x) => x === a || chooser.segmentBy.includes(x)) : chooser.segmentBy.filter((x) => x !== a) });
  return (
    <fieldset className="space-y-2" aria-label="Learned chooser settings">
      <div className="flex flex-wrap gap-3">
        <div>
          <Label htmlFor={`${idPrefix}-outcome`}>Outcome to optimise</Label>
          <Select id={`${idPrefix}-outcome`} className="w-auto" value={chooser.outcome} onChange={(e) => onChange({ ...chooser, outcome: e.target.value as TLearnedChooser["outcome"] })}>
            {LEARNED_OUTCOMES.map((o) => <option key={o} value={o}>{LEARNED_OUTCOME_LABELS[o]}</option>)}
          </Select>
        </div>
        <div>
          <Label htmlFor={`${idPrefix}-floor`}>Floor share (% of fair share per week)</Label>
          <Input id={`${idPrefix}-floor`} type="number" min={0} max={100} className="w-24" value={Math.round(chooser.floorShare * 100)}
            onChange={(e) => onChange({ ...chooser, floorShare: Math.min(100, Math.max(0, Number(e.target.value) || 0)) / 100 })} />
        </div>
        <div>
          <Label htmlFor={`${idPrefix}-warmup`}>Warm-up (outcomes)</Label>
          <Input id={`${idPrefix}-warmup`} type="number" min={0} className="w-24" value={chooser.warmUpOutcomes}
            onChange={(e) => onChange({ ...chooser, warmUpOutcomes: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} />
        </div>
        <div>
          <Label htmlFor={`${idPrefix}-fallback`}>Until then</Label>
          <Select id={`${idPrefix}-fallback`} className="w-auto" value={chooser.fallback} onChange={(e) => onChange({ ...chooser, fallback: e.target.value as TLearnedChooser["fallback"] })}>
            {LEARNED_FALLBACKS.map((f) => <option key={f} value={f}>{FALLBACK_LABELS[f]}</option>)}
          </Select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-slate-600">Segment by:</span>
        {SEGMENT_ATTRIBUTES.map((a) => (
          <label key={a} className="flex items-center gap-1">
            <input type="checkbox" checked={chooser.segmentBy.includes(a)} onChange={(e) => toggleAttribute(a, e.target.checked)} /> {a === "segment" ? "size band" : a}
          </label>
        ))}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={chooser.enabled} onChange={(e) => onChange({ ...chooser, enabled: e.target.checked })} />
        Learning on (off = plain round-robin; the outcome counts are kept)
      </label>
    </fieldset>
  );
}
