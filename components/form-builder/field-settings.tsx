"use client";
// Settings of the selected question: label, key (editable until a version with it is published), help,
// placeholder, required, validation, options with their points, the hidden field's source
// parameter, and the logic rules that show or hide it. When the Label input loses focus after a
// change, a key the builder made follows the new label (key-after-relabel.ts), in the label edit's
// undo step (one undo takes back the label and the key).
// An input whose value keeps the draft from being saved says so at the input.
import { useId, useRef } from "react";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { KNOWN_HIDDEN_SOURCES, type TField } from "@/server/domain/forms/definition";
import { updateField, type TFieldPatch } from "@/server/domain/forms/editor/field-ops";
import { FIELD_TYPE_LABELS, hasEditableOptions } from "@/server/domain/forms/editor/field-types";
import { followLabel } from "@/server/domain/forms/editor/key-after-relabel";
import { fieldProblems } from "./draft-problems";
import { FieldKeyInput } from "./field-key-input";
import { FieldValidation } from "./field-validation";
import { LogicRules } from "./logic-rules";
import { OptionPointsGrid } from "./option-points-grid";
import { OptionsEditor } from "./options-editor";
import { ProblemText, problemProps } from "./problem-text";
import { useFormEditor } from "./use-form-editor";

const PLACEHOLDER_TYPES = new Set<TField["type"]>(["short_text", "long_text", "email", "phone", "url", "number", "currency"]);

export function FieldSettings({ field }: { field: TField }) {
  const editor = useFormEditor();
  const id = useId();
  const ro = editor.readOnly;
  const patch = (change: TFieldPatch, coalesce?: string) => editor.run((s) => updateField(s, field.key, change), coalesce && `${coalesce}-${field.key}`);
  const isChoice = hasEditableOptions(field.type) || field.type === "yes_no";
  const problems = fieldProblems(field);
  const checked = (name: "label" | "help" | "placeholder" | "source" | "currency") => ({ id: `${id}-${name}`, ...problemProps(`${id}-${name}`, problems[name]) });
  const problemOf = (name: "label" | "help" | "placeholder" | "source" | "currency") => <ProblemText inputId={`${id}-${name}`} message={problems[name]} />;
  // The label when the Label input got focus: on blur, an automatic key follows the label it has then.
  const labelAtFocus = useRef<string | null>(null);
  const keyFollowsLabel = () => {
    const before = labelAtFocus.current;
    labelAtFocus.current = null;
    if (ro || before === null || before === field.label) return;
    const follows = (s: typeof editor.state) => followLabel(s, field.key, before, editor.publishedKeys);
    const next = follows(editor.state);
    // Only a rename changes the history (a no-op must not relabel the label edit's step). It joins
    // the label edit's step while that is the latest one (the label's coalesce key, as `patch` gives it).
    if (next.ok && next.key !== field.key) {
      editor.run(follows, undefined, `changed the label “${before}” to “${field.label}” and its key ${field.key} to ${next.key}`, `label-${field.key}`);
    }
  };

  return (
    <div className="space-y-4" data-testid="field-settings">
      <p className="text-xs text-slate-500">{FIELD_TYPE_LABELS[field.type]}</p>
      <div>
        <Label htmlFor={`${id}-label`}>Label</Label>
        <Input
          {...checked("label")}
          value={field.label}
          disabled={ro}
          onFocus={() => (labelAtFocus.current = field.label)}
          onChange={(e) => patch({ label: e.target.value }, "label")}
          onBlur={keyFollowsLabel}
        />
        {problemOf("label")}
      </div>
      <FieldKeyInput field={field} inputId={`${id}-key`} />
      <div>
        <Label htmlFor={`${id}-help`}>Help text</Label>
        <Textarea {...checked("help")} rows={2} value={field.help ?? ""} disabled={ro} onChange={(e) => patch({ help: e.target.value }, "help")} />
        {problemOf("help")}
      </div>
      {PLACEHOLDER_TYPES.has(field.type) && (
        <div>
          <Label htmlFor={`${id}-placeholder`}>Placeholder</Label>
          <Input {...checked("placeholder")} value={field.placeholder ?? ""} disabled={ro} onChange={(e) => patch({ placeholder: e.target.value }, "placeholder")} />
          {problemOf("placeholder")}
        </div>
      )}
      {field.type !== "statement" && field.type !== "hidden" && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4" checked={field.required} disabled={ro} onChange={(e) => patch({ required: e.target.checked })} />
          Required
        </label>
      )}
      {field.type === "hidden" && (
        <div>
          <Label htmlFor={`${id}-source`}>Source parameter</Label>
          <Input {...checked("source")} list={`${id}-sources`} value={field.source ?? ""} placeholder={field.key} disabled={ro} onChange={(e) => patch({ source: e.target.value }, "source")} />
          {problemOf("source")}
          <datalist id={`${id}-sources`}>
            {KNOWN_HIDDEN_SOURCES.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <p className="mt-1 text-xs text-slate-500">Filled from this URL or embed parameter (default: the key).</p>
        </div>
      )}
      {field.type === "currency" && (
        <div>
          <Label htmlFor={`${id}-currency`}>Currency</Label>
          <Input {...checked("currency")} className="w-24 uppercase" maxLength={3} value={field.currency ?? ""} disabled={ro} onChange={(e) => patch({ currency: e.target.value.toUpperCase() }, "currency")} />
          {problemOf("currency")}
        </div>
      )}
      <FieldValidation field={field} onChange={(validation) => patch({ validation }, "validation")} />
      {hasEditableOptions(field.type) && <OptionsEditor field={field} problems={problems} />}
      {isChoice && (
        <section aria-labelledby={`${id}-points`} className="space-y-2">
          <h3 id={`${id}-points`} className="text-sm font-semibold text-slate-900">Points per option</h3>
          <OptionPointsGrid field={field} />
        </section>
      )}
      {field.type !== "hidden" && <LogicRules target={{ kind: "field", key: field.key }} />}
    </div>
  );
}
