"use client";
// One end screen on the End screens tab: its kind (message, booking with the assigned rep, go to a
// web address), its title and text or its web address, where it is used, and Remove. The default
// and the last end screen cannot be removed (the card says why); removing one that tiers or end
// rules use moves them to the default (outcome-ops.ts). An input that keeps the draft from being
// saved says why at the input. Selecting the end screen (a clicked problem, a new one) focuses it.
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TOutcome } from "@/server/domain/forms/definition";
import {
  changeOutcomeType,
  describeUses,
  OUTCOME_TYPE_LABELS,
  OUTCOME_TYPES,
  outcomeName,
  outcomeUses,
  removeOutcome,
  type TOutcomeType,
  updateOutcome,
} from "@/server/domain/forms/editor/outcome-ops";
import { outcomeProblems } from "./draft-problems";
import { ProblemText, problemProps } from "./problem-text";
import { useFormEditor } from "./use-form-editor";

export function EndScreenCard({ outcome, index, onRemoved }: { outcome: TOutcome; index: number; onRemoved: (text: string) => void }) {
  const editor = useFormEditor();
  const { definition, scoring } = editor.state;
  const ro = editor.readOnly;
  const id = useId();
  const card = useRef<HTMLDivElement>(null);
  const isSelected = editor.selection?.kind === "outcome" && editor.selection.id === outcome.id;
  // Each selection of it (a new object every time: a problem clicked again) brings it into view,
  // focused on the input at fault, else on its first input.
  const selection = isSelected ? editor.selection : null;
  useEffect(() => {
    const target = card.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? card.current?.querySelector<HTMLElement>("select, input, textarea");
    if (!selection || !target) return;
    target.scrollIntoView({ block: "nearest" });
    target.focus();
  }, [selection]);

  const problems = outcomeProblems(outcome);
  const checked = (name: "title" | "body" | "url") => ({ id: `${id}-${name}`, ...problemProps(`${id}-${name}`, problems[name]) });
  const uses = outcomeUses(definition, scoring, outcome.id);
  const isDefault = definition.defaultOutcomeId === outcome.id;
  const isLast = definition.outcomes.length === 1;
  const name = outcomeName(outcome);
  const heading = `End screen ${index + 1}`;

  function remove() {
    const result = editor.run((s) => removeOutcome(s, outcome.id), undefined, `removed end screen “${name}”`);
    if (!result.ok) return;
    const fallback = definition.outcomes.find((o) => o.id === definition.defaultOutcomeId);
    const moved = result.moved > 0 && fallback ? `; ${describeUses(uses)} now ${uses.length === 1 ? "uses" : "use"} the default, “${outcomeName(fallback)}”` : "";
    onRemoved(`Removed end screen “${name}”${moved}.`);
  }

  return (
    <li>
      <div ref={card} role="group" aria-labelledby={`${id}-heading`} className={`space-y-2 rounded-md border bg-white p-3 ${isSelected ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200"}`} data-testid="end-screen">
        <div className="flex items-start justify-between gap-2">
          <p id={`${id}-heading`} className="min-w-0 break-words text-sm font-medium text-slate-800">
            {heading}: {name}
            {isDefault && <span className="text-xs font-normal text-slate-500"> (default)</span>}
          </p>
          {!ro && !isDefault && !isLast && (
            <Button variant="ghost" className="shrink-0 px-2 py-1 text-xs" aria-label={`Remove ${heading}`} onClick={remove}>
              Remove
            </Button>
          )}
        </div>
        <div>
          <Label htmlFor={`${id}-type`}>Kind</Label>
          <Select id={`${id}-type`} value={outcome.type} disabled={ro} onChange={(e) => editor.run((s) => changeOutcomeType(s, outcome.id, e.target.value as TOutcomeType), undefined, `changed the kind of “${name}”`)}>
            {OUTCOME_TYPES.map((type) => (
              <option key={type} value={type}>{OUTCOME_TYPE_LABELS[type]}</option>
            ))}
          </Select>
        </div>
        {outcome.type === "redirect" ? (
          <div>
            <Label htmlFor={`${id}-url`}>Web address</Label>
            <Input
              {...checked("url")}
              type="url"
              inputMode="url"
              placeholder="https://example.com/thank-you"
              value={outcome.url}
              disabled={ro}
              onChange={(e) => editor.run((s) => updateOutcome(s, outcome.id, { url: e.target.value }), `outcome-url-${outcome.id}`, `edited the web address of ${heading}`)}
            />
            <ProblemText inputId={`${id}-url`} message={problems.url} />
          </div>
        ) : (
          <>
            <div>
              <Label htmlFor={`${id}-title`}>Title</Label>
              <Input {...checked("title")} value={outcome.title} disabled={ro} onChange={(e) => editor.run((s) => updateOutcome(s, outcome.id, { title: e.target.value }), `outcome-title-${outcome.id}`, `edited the title of ${heading}`)} />
              <ProblemText inputId={`${id}-title`} message={problems.title} />
            </div>
            <div>
              <Label htmlFor={`${id}-body`}>Text</Label>
              <Textarea {...checked("body")} rows={2} value={outcome.body} disabled={ro} onChange={(e) => editor.run((s) => updateOutcome(s, outcome.id, { body: e.target.value }), `outcome-body-${outcome.id}`, `edited the text of ${heading}`)} />
              <ProblemText inputId={`${id}-body`} message={problems.body} />
            </div>
            {outcome.type === "booking" && <p className="text-xs text-slate-500">Below the text, the prospect picks a time on the calendar of the rep the lead was routed to.</p>}
          </>
        )}
        <p className="text-xs text-slate-500">
          {uses.length === 0 ? "Not used yet: choose it for a tier below, or in a step's end rule." : `Shown to: ${describeUses(uses)}.`}
          {!ro && isDefault && !isLast && " To remove it, make another end screen the default first."}
          {!ro && !isDefault && uses.length > 0 && " Removing it shows them the default instead."}
        </p>
      </div>
    </li>
  );
}
