"use client";
// The scoring tab: points per option of every choice question, dimensions, tier thresholds,
// scoring rules and knock-outs (with the condition builder) and the estimated deal value.
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { allFields } from "@/server/domain/forms/definition";
import { hasEditableOptions } from "@/server/domain/forms/editor/field-types";
import { addDimension, addTier, removeDimension, removeTier, renameDimension, updateTier } from "@/server/domain/forms/editor/scoring-ops";
import { DealValueEditor } from "./deal-value-editor";
import { scoringPublishProblem } from "./draft-problems";
import { OptionPointsGrid } from "./option-points-grid";
import { ProblemText, problemProps } from "./problem-text";
import { KnockoutList, ScoringRuleList } from "./scoring-rules";
import { useFormEditor } from "./use-form-editor";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="space-y-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {children}
    </section>
  );
}

export function ScoringEditor() {
  const editor = useFormEditor();
  const { definition, scoring } = editor.state;
  const ro = editor.readOnly;
  const [newDimension, setNewDimension] = useState("");
  const choiceFields = allFields(definition).filter((f) => hasEditableOptions(f.type) || f.type === "yes_no");
  const publishProblem = useMemo(() => scoringPublishProblem(editor.state), [editor.state]);

  return (
    <div className="space-y-4" data-testid="scoring-editor">
      <Section title="Points per option">
        {choiceFields.length === 0 && <p className="text-sm text-slate-500">No choice questions yet.</p>}
        {choiceFields.map((field) => (
          <div key={field.key}>
            <p className="text-sm font-medium text-slate-700">{field.label}</p>
            <OptionPointsGrid field={field} />
          </div>
        ))}
      </Section>
      <Section title="Dimensions">
        <ul className="space-y-1.5">
          {scoring.dimensions.map((d) => (
            <li key={d.key} className="flex items-center gap-2">
              <Input aria-label={`Dimension ${d.key} label`} className="px-2 py-1" value={d.label} disabled={ro} onChange={(e) => editor.run((s) => renameDimension(s, d.key, e.target.value), `dimension-${d.key}`)} />
              <Button variant="ghost" className="px-2 py-1 text-xs" aria-label={`Remove dimension ${d.label}`} disabled={ro} onClick={() => editor.run((s) => removeDimension(s, d.key))}>✕</Button>
            </li>
          ))}
        </ul>
        {!ro && (
          <form className="flex gap-2" onSubmit={(e) => { e.preventDefault(); if (editor.run((s) => addDimension(s, newDimension)).ok) setNewDimension(""); }}>
            <Input aria-label="New dimension" placeholder="e.g. Intent" className="px-2 py-1" value={newDimension} onChange={(e) => setNewDimension(e.target.value)} />
            <Button type="submit" variant="secondary" className="px-2.5 py-1 text-xs">Add dimension</Button>
          </form>
        )}
      </Section>
      <Section title="Tiers">
        <p className="text-xs text-slate-500">Best first: a lead gets the first tier whose minimum its total reaches.</p>
        <ul className="space-y-1.5">
          {scoring.tiers.map((tier, i) => {
            const isFloor = i === scoring.tiers.length - 1;
            return (
              <li key={tier.key} className="flex items-center gap-2">
                {/* Sizes by flex-basis: the base Input's w-full is not merged away by a width class. */}
                <Input aria-label={`Tier ${tier.key} label`} className="min-w-0 flex-1 px-2 py-1" value={tier.label} disabled={ro} onChange={(e) => editor.run((s) => updateTier(s, tier.key, { label: e.target.value }), `tier-${tier.key}`)} />
                {isFloor ? (
                  <span className="shrink-0 grow-0 basis-24 text-xs text-slate-500">everything else</span>
                ) : (
                  <Input
                    type="number"
                    aria-label={`${tier.label} minimum score`}
                    className="min-w-0 shrink-0 grow-0 basis-24 px-2 py-1"
                    value={tier.minScore ?? ""}
                    disabled={ro}
                    {...problemProps("tiers-problem", publishProblem?.path === `scoring.tiers.${i}.minScore` ? publishProblem.message : undefined)}
                    onChange={(e) => e.target.value !== "" && editor.run((s) => updateTier(s, tier.key, { minScore: Math.trunc(Number(e.target.value)) }), `tier-min-${tier.key}`)}
                  />
                )}
                <Button variant="ghost" className="shrink-0 px-2 py-1 text-xs" aria-label={`Remove tier ${tier.label}`} disabled={ro || isFloor} onClick={() => editor.run((s) => removeTier(s, tier.key))}>✕</Button>
              </li>
            );
          })}
        </ul>
        <ProblemText inputId="tiers-problem" message={publishProblem ? `Cannot publish: ${publishProblem.message}.` : undefined} />
        {!ro && (
          // The new tier goes just above the floor, 10 below the lowest tier (below 0 if need be: a
          // tier at the same minimum could never be reached).
          <Button variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => editor.run((s) => addTier(s, "New tier", (s.scoring.tiers.at(-2)?.minScore ?? 10) - 10))}>
            Add tier
          </Button>
        )}
      </Section>
      <Section title="Scoring rules">
        <ScoringRuleList />
      </Section>
      <Section title="Knock-outs">
        <KnockoutList />
      </Section>
      <Section title="Estimated deal value">
        <DealValueEditor />
      </Section>
    </div>
  );
}
