"use client";
// Validation settings that fit the question's type: length and pattern for text, range for
// numbers, how many choices for multiple choice. A setting that keeps the draft from being saved
// says so below the pair (fieldProblems: a minimum above its maximum, a maximum length of 0 …),
// and both inputs of the pair are marked invalid.
import { useId } from "react";
import { Input } from "@/components/ui/input";
import type { TField, TFieldValidation } from "@/server/domain/forms/definition";
import { fieldProblems } from "./draft-problems";
import { ProblemText } from "./problem-text";
import { useFormEditor } from "./use-form-editor";

type TNumberKey = "minLength" | "maxLength" | "min" | "max" | "minSelected" | "maxSelected";
const TEXT_TYPES = new Set<TField["type"]>(["short_text", "long_text", "phone", "url"]);

const NUMBER_FIELDS: Partial<Record<TField["type"], [TNumberKey, string][]>> = {
  number: [["min", "Minimum"], ["max", "Maximum"]],
  currency: [["min", "Minimum"], ["max", "Maximum"]],
  multiple_choice: [["minSelected", "Pick at least"], ["maxSelected", "Pick at most"]],
};

export function FieldValidation({ field, onChange }: { field: TField; onChange: (next: TFieldValidation) => void }) {
  const editor = useFormEditor();
  const id = useId();
  const v = field.validation ?? {};
  const numbers = TEXT_TYPES.has(field.type) ? ([["minLength", "Min. length"], ["maxLength", "Max. length"]] as [TNumberKey, string][]) : (NUMBER_FIELDS[field.type] ?? []);
  if (numbers.length === 0) return null;
  const set = (change: Partial<TFieldValidation>) => onChange({ ...v, ...change });
  const asNumber = (text: string) => (text.trim() === "" || !Number.isFinite(Number(text)) ? undefined : Number(text));
  const problems = fieldProblems(field);
  // The pair's problem(s), each once, in the order of the inputs.
  const messages = [...new Set(numbers.map(([key]) => problems[`validation.${key}`]).filter((m): m is string => m !== undefined))];
  const problemId = `${id}-bounds`;

  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">Validation</legend>
      <div className="grid grid-cols-2 gap-2">
        {numbers.map(([key, label]) => (
          <label key={key} className="text-xs text-slate-600">
            {label}
            <Input
              type="number"
              className="mt-0.5 px-2 py-1"
              value={v[key] ?? ""}
              disabled={editor.readOnly}
              aria-invalid={messages.length > 0 ? true : undefined}
              aria-describedby={messages.length > 0 ? `${problemId}-problem` : undefined}
              onChange={(e) => set({ [key]: asNumber(e.target.value) })}
            />
          </label>
        ))}
      </div>
      <ProblemText inputId={problemId} message={messages.length > 0 ? messages.join(" ") : undefined} className="-mt-1" />
      {TEXT_TYPES.has(field.type) && (
        <div className="grid grid-cols-2 gap-2">
          <label className="text-xs text-slate-600" htmlFor={`${id}-pattern`}>
            Pattern (regular expression)
            <Input id={`${id}-pattern`} className="mt-0.5 px-2 py-1 font-mono" value={v.pattern ?? ""} disabled={editor.readOnly} onChange={(e) => set({ pattern: e.target.value || undefined })} />
          </label>
          <label className="text-xs text-slate-600" htmlFor={`${id}-pattern-message`}>
            Message when it does not match
            <Input id={`${id}-pattern-message`} className="mt-0.5 px-2 py-1" value={v.patternMessage ?? ""} disabled={editor.readOnly} onChange={(e) => set({ patternMessage: e.target.value || undefined })} />
          </label>
        </div>
      )}
    </fieldset>
  );
}
