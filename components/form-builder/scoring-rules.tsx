"use client";
// Scoring rules (condition → points on a dimension) and knock-outs (condition → forced tier), each
// with the shared condition builder.
import { ConditionBuilder } from "@/components/conditions/condition-builder";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { addKnockout, addScoringRule, removeKnockout, removeScoringRule, updateKnockout, updateScoringRule } from "@/server/domain/forms/editor/scoring-ops";
import { conditionSubjects, withRemovedOptions } from "./builder-model";
import { useFormEditor } from "./use-form-editor";

export function ScoringRuleList() {
  const editor = useFormEditor();
  const { definition, scoring } = editor.state;
  const ro = editor.readOnly;
  const subjects = conditionSubjects(definition);
  return (
    <div className="space-y-2">
      {scoring.rules.map((rule, i) => (
        <div key={rule.id} role="group" aria-label={`Scoring rule ${i + 1}`} className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
          <div className="flex flex-wrap items-center gap-2">
            <Input aria-label={`Scoring rule ${i + 1} label`} className="min-w-0 flex-1 px-2 py-1" value={rule.label} disabled={ro} onChange={(e) => editor.run((s) => updateScoringRule(s, rule.id, { label: e.target.value }), `rule-label-${rule.id}`)} />
            <Input type="number" aria-label={`Scoring rule ${i + 1} points`} className="w-20 px-2 py-1" value={rule.points} disabled={ro} onChange={(e) => e.target.value !== "" && editor.run((s) => updateScoringRule(s, rule.id, { points: Math.trunc(Number(e.target.value)) }), `rule-points-${rule.id}`)} />
            <Select aria-label={`Scoring rule ${i + 1} dimension`} className="w-auto px-2 py-1" value={rule.dimension} disabled={ro} onChange={(e) => editor.run((s) => updateScoringRule(s, rule.id, { dimension: e.target.value }))}>
              {scoring.dimensions.map((d) => (
                <option key={d.key} value={d.key}>{d.label}</option>
              ))}
            </Select>
            <Button variant="ghost" className="px-2 py-1 text-xs" aria-label={`Remove scoring rule ${i + 1}`} disabled={ro} onClick={() => editor.run((s) => removeScoringRule(s, rule.id))}>✕</Button>
          </div>
          <ConditionBuilder value={rule.when} subjects={withRemovedOptions(subjects, definition, rule.when)} idPrefix={`score-${rule.id}`} disabled={ro} onChange={(when) => editor.run((s) => updateScoringRule(s, rule.id, { when }), `rule-when-${rule.id}`)} />
        </div>
      ))}
      {!ro && <Button variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => editor.run((s) => addScoringRule(s))}>Add scoring rule</Button>}
    </div>
  );
}

export function KnockoutList() {
  const editor = useFormEditor();
  const { definition, scoring } = editor.state;
  const ro = editor.readOnly;
  const subjects = conditionSubjects(definition);
  return (
    <div className="space-y-2">
      {scoring.knockouts.map((knockout, i) => (
        <div key={knockout.id} role="group" aria-label={`Knock-out ${i + 1}`} className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
          <div className="flex flex-wrap items-center gap-2">
            <Input aria-label={`Knock-out ${i + 1} label`} className="min-w-0 flex-1 px-2 py-1" value={knockout.label} disabled={ro} onChange={(e) => editor.run((s) => updateKnockout(s, knockout.id, { label: e.target.value }), `ko-label-${knockout.id}`)} />
            <Select aria-label={`Knock-out ${i + 1} tier`} className="w-auto px-2 py-1" value={knockout.tier} disabled={ro} onChange={(e) => editor.run((s) => updateKnockout(s, knockout.id, { tier: e.target.value }))}>
              {scoring.tiers.map((t) => (
                <option key={t.key} value={t.key}>{t.label}</option>
              ))}
            </Select>
            <Button variant="ghost" className="px-2 py-1 text-xs" aria-label={`Remove knock-out ${i + 1}`} disabled={ro} onClick={() => editor.run((s) => removeKnockout(s, knockout.id))}>✕</Button>
          </div>
          <ConditionBuilder value={knockout.when} subjects={withRemovedOptions(subjects, definition, knockout.when)} idPrefix={`ko-${knockout.id}`} disabled={ro} onChange={(when) => editor.run((s) => updateKnockout(s, knockout.id, { when }), `ko-when-${knockout.id}`)} />
        </div>
      ))}
      {!ro && <Button variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => editor.run((s) => addKnockout(s))}>Add knock-out</Button>}
    </div>
  );
}
