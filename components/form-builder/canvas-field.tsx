"use client";
// A question on the canvas: a drag handle ("Drag <label>"), the label to select it, its type and
// badges, and a remove button (removing a question other rules read says which ones at once, and
// those rules' cards say so until they are changed, as they do for a compared option that was
// removed; the removal is announced in the builder's live region). Options still named "Option 1"
// … say that publish refuses them. The item left behind while dragging is the drop placeholder. A
// question that keeps the draft from being saved says so here too, selected or not. A long label
// is truncated, never its required marker. Below lg, selecting it scrolls it into view above the
// settings sheet (its scroll margins leave room for the palette strip and the sheet); chosen with
// the keyboard, the focus moves into the sheet (settings-sheet.ts). Removed, its card hands the focus to
// the next question's remove button (else the previous one's, else Delete step), not to <body>.
// Moved with the keyboard, it is kept in view.
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useEffect, useMemo, useRef } from "react";
import type { TField } from "@/server/domain/forms/definition";
import { FIELD_TYPE_LABELS } from "@/server/domain/forms/editor/field-types";
import { removeField } from "@/server/domain/forms/editor/field-ops";
import { rulesForField } from "@/server/domain/forms/editor/logic-ops";
import { removedOptionsOf, removedOptionsText } from "@/server/domain/forms/editor/removed-option-refs";
import { missingKeysOfRule, removedQuestionAnnouncement, removedQuestionNotice, rulesCheckingKey } from "@/server/domain/forms/editor/removed-question-refs";
import { placeholderOptionsProblem } from "@/server/domain/forms/content-problems";
import { dragId } from "./builder-model";
import { useCanvasDrag } from "./canvas-drag-context";
import { CardSelectButton } from "./card-select-button";
import { DragHandle } from "./drag-handle";
import { fieldProblemSummary } from "./draft-problems";
import { FieldIcon } from "./field-icons";
import { useKeepInView } from "./keep-in-view";
import { isSheetLayout } from "./settings-sheet";
import { useFormEditor } from "./use-form-editor";

/** The questions' own remove buttons in a step's list (each carries data-remove-question, made for this). */
const REMOVE_BUTTONS_OF_LIST = ":scope > li > button[data-remove-question]";

/**
 * The next question's remove button in the same step, else the previous one's, else its step's
 * Delete step. Only the questions' cards count (a drop line between them is skipped), found by the
 * attribute made for it, not by test ids or labels that a question's own words could match.
 */
function focusAfterRemoval(card: HTMLLIElement | null): HTMLElement | null {
  const list = card?.parentElement;
  if (!card || !list) return null;
  const removeButtons = [...list.querySelectorAll<HTMLElement>(REMOVE_BUTTONS_OF_LIST)];
  const own = removeButtons.findIndex((button) => button.parentElement === card);
  const neighbour = own === -1 ? undefined : (removeButtons[own + 1] ?? removeButtons[own - 1]);
  return neighbour ?? card.closest("section")?.querySelector<HTMLElement>("button[aria-label^='Delete step ']") ?? null;
}

export function CanvasField({ field, stepId }: { field: TField; stepId: string }) {
  const editor = useFormEditor();
  const view = useCanvasDrag();
  const isStepDrag = view.active?.kind === "step";
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: dragId({ kind: "field", key: field.key }),
    data: { stepId },
    disabled: { draggable: editor.readOnly, droppable: isStepDrag },
  });
  const isSelected = editor.selection?.kind === "field" && editor.selection.key === field.key;
  const rules = rulesForField(view.state.definition, field.key);
  const ruleCount = rules.length;
  // Its rules reading a question that was removed: the card says so until they are changed.
  const missing = [...new Set(rules.flatMap((r) => missingKeysOfRule(view.state.definition, r)))];
  // …or comparing an option its question no longer has.
  const removedOptions = removedOptionsText(rules.flatMap((r) => removedOptionsOf(view.state.definition, r.when)));
  const problem = useMemo(() => fieldProblemSummary(field), [field]);
  // Options still named "Option 1", "Option 2": publish refuses them, in these words.
  const placeholders = useMemo(() => placeholderOptionsProblem(field, "")?.message, [field]);
  const name = field.label.trim() || `${FIELD_TYPE_LABELS[field.type]} without a label`;
  const item = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    if (!isSelected || !isSheetLayout()) return;
    item.current?.scrollIntoView({ block: "nearest" });
  }, [isSelected, editor.selectionRequest]);
  // Moved with the keyboard, it stays in view (keep-in-view.ts).
  useKeepInView(item, view.isKeyboard && view.active?.kind === "field" && view.active.key === field.key, view.state.definition);

  return (
    <li
      ref={(el) => {
        setNodeRef(el);
        item.current = el;
      }}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid={`canvas-field-${field.key}`}
      className={`flex items-center gap-2 max-lg:scroll-mt-20 max-lg:scroll-mb-[calc(55vh+1rem)] rounded-md border bg-white px-2 py-2 shadow-sm ${
        isDragging ? "border-dashed border-brand-500 bg-brand-50 opacity-70" : isSelected ? "border-brand-500 ring-1 ring-brand-500" : "border-slate-200"
      }`}
    >
      {/* Read-only: no drag handle (nothing can move). */}
      {!editor.readOnly && (
        <DragHandle label={`Drag ${name}`} activatorRef={setActivatorNodeRef} attributes={attributes} listeners={listeners} hoverClass="hover:bg-slate-100" />
      )}
      <FieldIcon type={field.type} />
      <CardSelectButton selection={{ kind: "field", key: field.key }} isSelected={isSelected}>
        {/* A long label is cut with an ellipsis; the required marker stays visible after it. The "*" is
            not read out; the words are (an aria-label on a plain span is not reliably announced). */}
        <span className="flex min-w-0 items-baseline text-sm font-medium text-slate-900" data-testid="canvas-field-label">
          <span className="min-w-0 truncate">{field.label.trim() ? field.label : <span className="italic text-slate-500">No label</span>}</span>
          {field.required && (
            <span className="shrink-0 whitespace-pre text-red-600" data-testid="canvas-field-required">
              <span aria-hidden="true">{" *"}</span>
              <span className="sr-only"> (required)</span>
            </span>
          )}
        </span>
        <span className="block text-xs text-slate-500">
          {FIELD_TYPE_LABELS[field.type]} · <code>{field.key}</code>
          {ruleCount > 0 && ` · ${ruleCount} ${ruleCount === 1 ? "rule" : "rules"}`}
        </span>
        {problem && <span className="block text-xs text-red-700">Not saved: {problem}</span>}
        {missing.length > 0 && (
          <span className="block text-xs text-amber-800" data-testid="canvas-field-missing-refs">
            Its rule checks {missing.map((k) => `'${k}'`).join(", ")}, no longer on the form
          </span>
        )}
        {removedOptions && (
          <span className="block text-xs text-amber-800" data-testid="canvas-field-removed-options">
            Its rule checks {removedOptions}
          </span>
        )}
        {placeholders && !editor.readOnly && (
          <span className="block text-xs text-amber-800" data-testid="canvas-field-placeholder-options">
            Cannot publish yet — {placeholders}
          </span>
        )}
      </CardSelectButton>
      {!editor.readOnly && (
        <button
          type="button"
          aria-label={`Remove ${name}`}
          data-remove-question=""
          onClick={() => {
            // Where the focus goes, chosen before this card leaves the page (else it falls to <body>).
            const nextFocus = focusAfterRemoval(item.current);
            const result = editor.run((s) => removeField(s, field.key));
            if (!result.ok) return;
            nextFocus?.focus();
            if (isSelected) editor.select(null);
            // Rules of other questions, steps or scoring that read it keep their condition: say so now,
            // and in the builder's live region (Undo is offered on screen).
            const stillReading = rulesCheckingKey(result.state, field.key);
            const notice = removedQuestionNotice(name, stillReading);
            if (notice) editor.setNotice(notice);
            editor.announce(removedQuestionAnnouncement(name, stillReading.length));
          }}
          className="rounded px-1.5 text-slate-400 hover:bg-red-50 hover:text-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-500"
        >
          <span aria-hidden="true">✕</span>
        </button>
      )}
    </li>
  );
}
