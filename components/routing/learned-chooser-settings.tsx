"use client";
// Settings of the learned chooser ("best expected outcome"): the outcome it optimises, the lead
// attributes a segment is made of, the floor share, the warm-up and its fallback, the shrinkage and
// the half-life of outcomes, the kill switch. The server's errors show under their field.
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LEARNED_FALLBACKS, LEARNED_OUTCOMES, LEARNED_OUTCOME_LABELS, SEGMENT_ATTRIBUTES, type TLearnedChooser, type TSegmentAttribute } from "@/server/domain/routing/learned/learned-config";
import { FieldIssue, useFieldIssue } from "./field-issues";

const FALLBACK_LABELS: Record<TLearnedChooser["fallback"], string> = { round_robin: "round-robin", least_loaded: "least loaded" };

/** A number as typed (an empty box is "not a number", refused by the server with the field). */
const typed = (raw: string) => (raw.trim() === "" ? Number.NaN : Number(raw));
const shown = (value: number) => (Number.isNaN(value) ? "" : value);

export function LearnedChooserSettings({ chooser, idPrefix, issuePath, onChange }: { chooser: TLearnedChooser; idPrefix: string; issuePath: string; onChange: (c: TLearnedChooser) => void }) {
  const toggleAttribute = (a: TSegmentAttribute, on: boolean) =>
    onChange({ ...chooser, segmentBy: on ? SEGMENT_ATTRIBUTES.filter((x) => x === a || chooser.segmentBy.includes(x)) : chooser.segmentBy.filter((x) => x !== a) });
  const setting = (key: keyof TLearnedChooser, id: string, label: string, control: (fieldProps: object) => React.ReactNode) => (
    <Setting key={key} id={`${idPrefix}-${id}`} label={label} path={`${issuePath}.${key}`} control={control} />
  );
  return (
    <fieldset className="space-y-2" aria-label="Learned chooser settings">
      <div className="flex flex-wrap items-start gap-3">
        {setting("outcome", "outcome", "Outcome to optimise", (p) => (
          <Select id={`${idPrefix}-outcome`} className="w-auto" value={chooser.outcome} onChange={(e) => onChange({ ...chooser, outcome: e.target.value as TLearnedChooser["outcome"] })} {...p}>
            {LEARNED_OUTCOMES.map((o) => <option key={o} value={o}>{LEARNED_OUTCOME_LABELS[o]}</option>)}
          </Select>
        ))}
        {setting("floorShare", "floor", "Floor share (% of fair share per week)", (p) => (
          <Input id={`${idPrefix}-floor`} type="number" min={0} max={100} className="w-24" value={shown(Math.round(chooser.floorShare * 100))}
            onChange={(e) => onChange({ ...chooser, floorShare: typed(e.target.value) / 100 })} {...p} />
        ))}
        {setting("warmUpOutcomes", "warmup", "Warm-up (outcomes)", (p) => (
          <Input id={`${idPrefix}-warmup`} type="number" min={0} className="w-24" value={shown(chooser.warmUpOutcomes)}
            onChange={(e) => onChange({ ...chooser, warmUpOutcomes: typed(e.target.value) })} {...p} />
        ))}
        {setting("fallback", "fallback", "Until then", (p) => (
          <Select id={`${idPrefix}-fallback`} className="w-auto" value={chooser.fallback} onChange={(e) => onChange({ ...chooser, fallback: e.target.value as TLearnedChooser["fallback"] })} {...p}>
            {LEARNED_FALLBACKS.map((f) => <option key={f} value={f}>{FALLBACK_LABELS[f]}</option>)}
          </Select>
        ))}
        {setting("shrinkage", "shrinkage", "Shrinkage (leads)", (p) => (
          <Input id={`${idPrefix}-shrinkage`} type="number" min={1} max={1000} className="w-24" value={shown(chooser.shrinkage)}
            onChange={(e) => onChange({ ...chooser, shrinkage: typed(e.target.value) })} {...p} />
        ))}
        {setting("halfLifeWeeks", "half-life", "Half-life (weeks; empty: never)", (p) => (
          <Input id={`${idPrefix}-half-life`} type="number" min={1} max={104} className="w-24" placeholder="never" value={chooser.halfLifeWeeks ?? ""}
            onChange={(e) => onChange({ ...chooser, halfLifeWeeks: e.target.value.trim() === "" ? null : typed(e.target.value) })} {...p} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm" role="group" aria-label="Segment by">
        <span className="text-slate-600">Segment by:</span>
        {SEGMENT_ATTRIBUTES.map((a) => (
          <label key={a} className="flex items-center gap-1">
            <input type="checkbox" checked={chooser.segmentBy.includes(a)} onChange={(e) => toggleAttribute(a, e.target.checked)} /> {a === "segment" ? "size band" : a}
          </label>
        ))}
      </div>
      <FieldIssue path={`${issuePath}.segmentBy`} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={chooser.enabled} onChange={(e) => onChange({ ...chooser, enabled: e.target.checked })} />
        Learning on (off = plain round-robin; the outcome counts are kept)
      </label>
    </fieldset>
  );
}

function Setting({ id, label, path, control }: { id: string; label: string; path: string; control: (fieldProps: object) => React.ReactNode }) {
  const { fieldProps } = useFieldIssue(path);
  return (
    <div className="max-w-48">
      <Label htmlFor={id}>{label}</Label>
      {control(fieldProps)}
      <FieldIssue path={path} />
    </div>
  );
}
