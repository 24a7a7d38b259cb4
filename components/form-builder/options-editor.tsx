"use client";
// A choice question's options: label (renaming keeps the stored value), stored value (changing it
// rewrites every reference), reorder and remove; "Add option". A label that keeps the draft from
// being saved (empty, too long) says so under its option. Removing an option rules still compare
// says which rules at once (removed-option-refs.ts) and, on a phone, scrolls the first card it marks
// into view above the settings sheet (reveal-marked-card.ts); options still named "Option 1" … say that
// publish refuses them.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { optionsOf, type TField, type TFieldOption } from "@/server/domain/forms/definition";
import { placeholderOptionsProblem } from "@/server/domain/forms/content-problems";
import { addOption, changeOptionValue, moveOption, removeOption, renameOption } from "@/server/domain/forms/editor/option-ops";
import { removedOptionNotice, rulesCheckingOption } from "@/server/domain/forms/editor/removed-option-refs";
import { ProblemText, problemProps } from "./problem-text";
import { revealMarkedCard } from "./reveal-marked-card";
import { ownersOfRulesComparingRemovedOption } from "./rule-owner";
import { useFormEditor } from "./use-form-editor";

function StoredValue({ field, option, index }: { field: TField; option: TFieldOption; index: number }) {
  const editor = useFormEditor();
  const [draft, setDraft] = useState(option.value);
  const commit = () => {
    if (draft !== option.value && !editor.run((s) => changeOptionValue(s, field.key, option.value, draft)).ok) setDraft(option.value);
  };
  return (
    <Input
      aria-label={`Option ${index + 1} stored value`}
      className="px-2 py-1 font-mono text-xs"
      value={draft}
      disabled={editor.readOnly}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === "Enter" && commit()}
    />
  );
}

/** `problems`: the question's problems by path inside it (fieldProblems), "options.1.label" … */
export function OptionsEditor({ field, problems }: { field: TField; problems: Record<string, string> }) {
  const editor = useFormEditor();
  const id = useId();
  const options = optionsOf(field);
  const ro = editor.readOnly;
  const placeholders = placeholderOptionsProblem(field, "")?.message;
  function remove(option: TFieldOption) {
    const result = editor.run((s) => removeOption(s, field.key, option.value));
    // Conditions comparing it stay (publish refuses them): say which, at once, as for a removed question.
    const notice = result.ok ? removedOptionNotice(option.label.trim() || option.value, field.label.trim() || field.key, rulesCheckingOption(result.state, field.key, option.value)) : null;
    if (notice) editor.setNotice(notice);
    // On a phone the marked cards may sit under the settings sheet: show the first above it.
    if (notice && result.ok) revealMarkedCard(ownersOfRulesComparingRemovedOption(result.state.definition, field.key, option.value));
  }
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">Options</legend>
      <ul className="space-y-1.5">
        {options.map((option, i) => (
          <li key={option.value} role="group" aria-label={`Option ${i + 1}`} className="grid grid-cols-[minmax(0,1fr)_6.5rem_auto_auto_auto] items-center gap-1">
            <Input
              id={`${id}-${i}-label`}
              {...problemProps(`${id}-${i}-label`, problems[`options.${i}.label`])}
              aria-label={`Option ${i + 1} label`}
              className="px-2 py-1"
              value={option.label}
              disabled={ro}
              onChange={(e) => editor.run((s) => renameOption(s, field.key, option.value, e.target.value), `option-${field.key}-${option.value}`)}
            />
            <StoredValue key={option.value} field={field} option={option} index={i} />
            <Button variant="ghost" className="px-1.5 py-1" aria-label={`Move ${option.label} up`} disabled={ro || i === 0} onClick={() => editor.run((s) => moveOption(s, field.key, option.value, i - 1))}>↑</Button>
            <Button variant="ghost" className="px-1.5 py-1" aria-label={`Move ${option.label} down`} disabled={ro || i === options.length - 1} onClick={() => editor.run((s) => moveOption(s, field.key, option.value, i + 1))}>↓</Button>
            <Button variant="ghost" className="px-1.5 py-1" aria-label={`Remove option ${option.label}`} disabled={ro} onClick={() => remove(option)}>✕</Button>
            <ProblemText inputId={`${id}-${i}-label`} message={problems[`options.${i}.label`]} className="col-span-full" />
          </li>
        ))}
      </ul>
      {placeholders && !ro && (
        <p className="text-xs text-amber-800" data-testid="options-placeholder-warning">Cannot publish yet — {placeholders}.</p>
      )}
      {!ro && (
        <Button variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => editor.run((s) => addOption(s, field.key))}>
          Add option
        </Button>
      )}
    </fieldset>
  );
}
