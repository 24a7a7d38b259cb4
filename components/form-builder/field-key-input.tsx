"use client";
// The question's key: the name of its answer in leads, CSV columns (answers.<key>), routing rules,
// the API and webhooks. Editable until a version with this question is published (then everything
// above may rely on it, so it is shown read-only with the reason; field-key-editing.ts): a question
// added to the draft of a live form keeps an editable key. Checked as you type; committed on blur
// or Enter as one undoable rename that also renames the key in logic and scoring; Escape reverts.
// A key a published version gave to a question since removed is refused (field-key-ops.ts).
// An automatic key also follows the question's label (field-settings.tsx, key-after-relabel.ts).
import { useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TField } from "@/server/domain/forms/definition";
import { fieldKeyProblem, renameFieldKey } from "@/server/domain/forms/editor/field-key-ops";
import { fieldKeyEditing } from "./field-key-editing";
import { ProblemText } from "./problem-text";
import { useFormEditor } from "./use-form-editor";

export function FieldKeyInput({ field, inputId }: { field: TField; inputId: string }) {
  const editor = useFormEditor();
  const [text, setText] = useState(field.key);
  // The key can change under the input (its label on blur, undo): show the new one (adjusted while
  // rendering, not in an effect).
  const [shownKey, setShownKey] = useState(field.key);
  if (shownKey !== field.key) {
    setShownKey(field.key);
    setText(field.key);
  }
  const { editable, help } = fieldKeyEditing(field.key, editor.readOnly, editor.publishedKeys);
  const problem = editable ? (fieldKeyProblem(editor.state, field.key, text, editor.publishedKeys) ?? undefined) : undefined;
  const helpId = `${inputId}-help`;

  function commit() {
    if (text === field.key || problem) return;
    // The selection follows the renamed question (use-form-editor.ts), so focus stays here.
    editor.run((s) => renameFieldKey(s, field.key, text, editor.publishedKeys));
  }

  return (
    <div>
      <Label htmlFor={inputId}>Key</Label>
      <Input
        id={inputId}
        className="font-mono"
        value={editable ? text : field.key}
        readOnly={!editable}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${inputId}-problem ${helpId}` : helpId}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            commit();
          } else if (e.key === "Escape" && text !== field.key) {
            // Reverts the typing only; the next Escape folds the settings sheet (settings-panel.tsx).
            e.preventDefault();
            setText(field.key);
          }
        }}
      />
      <ProblemText inputId={inputId} message={problem} />
      <p id={helpId} className="mt-1 text-xs text-slate-500">
        {help}
      </p>
    </div>
  );
}
