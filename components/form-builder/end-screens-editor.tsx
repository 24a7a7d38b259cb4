"use client";
// The End screens tab: what a prospect sees after the form — the list of end screens (add a
// message, a booking with the assigned rep, or a redirect; edit; remove) and, under "When a lead
// completes the form", which end screen each tier of the scoring model sees, and the default for
// everyone else. A form ended early by a step's end rule shows that rule's end screen.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/input";
import { addOutcome, OUTCOME_TYPE_LABELS, outcomeName, setDefaultOutcome, setTierOutcome, type TOutcomeType } from "@/server/domain/forms/editor/outcome-ops";
import { EndScreenCard } from "./end-screen-card";
import { useFormEditor } from "./use-form-editor";

const ADD_LABELS: Record<TOutcomeType, string> = { message: "Add message", booking: "Add booking", redirect: "Add redirect" };

export function EndScreensEditor() {
  const editor = useFormEditor();
  const { definition, scoring } = editor.state;
  const ro = editor.readOnly;
  const [status, setStatus] = useState("");
  const isFull = definition.outcomes.length >= 20;
  const defaultOutcome = definition.outcomes.find((o) => o.id === definition.defaultOutcomeId);
  const defaultName = defaultOutcome ? outcomeName(defaultOutcome) : "not set";

  function add(type: TOutcomeType) {
    const result = editor.run((s) => addOutcome(s, type), undefined, `added an end screen (${OUTCOME_TYPE_LABELS[type].toLowerCase()})`);
    if (!result.ok) return;
    setStatus("");
    editor.select({ kind: "outcome", id: result.outcomeId });
  }

  return (
    <div className="space-y-4" data-testid="end-screens-editor">
      <section aria-labelledby="end-screens-title" className="space-y-2">
        <h3 id="end-screens-title" className="text-sm font-semibold text-slate-900">End screens</h3>
        <p className="text-xs text-slate-500">What a prospect sees after sending the form: a message, a calendar to book with the rep the lead was routed to, or another web page.</p>
        <ul className="space-y-2">
          {definition.outcomes.map((outcome, i) => (
            <EndScreenCard key={outcome.id} outcome={outcome} index={i} onRemoved={setStatus} />
          ))}
        </ul>
        <p role="status" className="text-xs text-slate-700">{status}</p>
        {!ro && (
          <div className="flex flex-wrap gap-2">
            {(["message", "booking", "redirect"] as const).map((type) => (
              <Button key={type} variant="secondary" className="px-2.5 py-1 text-xs" disabled={isFull} onClick={() => add(type)}>
                {ADD_LABELS[type]}
              </Button>
            ))}
          </div>
        )}
        {!ro && isFull && <p className="text-xs text-slate-500">A form has at most 20 end screens.</p>}
      </section>
      <section aria-labelledby="end-screens-tiers-title" className="space-y-2 border-t border-slate-200 pt-3">
        <h3 id="end-screens-tiers-title" className="text-sm font-semibold text-slate-900">When a lead completes the form</h3>
        <p className="text-xs text-slate-500">Each tier (Scoring tab) can see its own end screen; a step&apos;s end rule shows its own.</p>
        <ul className="space-y-2">
          {scoring.tiers.map((tier) => {
            const selectId = `end-screen-tier-${tier.key}`;
            return (
              <li key={tier.key}>
                <Label htmlFor={selectId} className="break-words">{`${tier.label || tier.key} leads see`}</Label>
                <Select
                  id={selectId}
                  value={definition.tierOutcomes[tier.key] ?? ""}
                  disabled={ro}
                  onChange={(e) => editor.run((s) => setTierOutcome(s, tier.key, e.target.value || null), undefined, `changed the end screen of ${tier.label || tier.key}`)}
                >
                  <option value="">{`The default (${defaultName})`}</option>
                  {definition.outcomes.map((o, i) => (
                    <option key={o.id} value={o.id}>{`End screen ${i + 1}: ${outcomeName(o)}`}</option>
                  ))}
                </Select>
              </li>
            );
          })}
          <li>
            <Label htmlFor="end-screen-default">Default (everyone else)</Label>
            <Select
              id="end-screen-default"
              value={definition.defaultOutcomeId}
              disabled={ro}
              onChange={(e) => editor.run((s) => setDefaultOutcome(s, e.target.value), undefined, "changed the default end screen")}
            >
              {definition.outcomes.map((o, i) => (
                <option key={o.id} value={o.id}>{`End screen ${i + 1}: ${outcomeName(o)}`}</option>
              ))}
            </Select>
          </li>
        </ul>
      </section>
    </div>
  );
}
