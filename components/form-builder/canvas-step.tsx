"use client";
// A step on the canvas: a region named by its title with a drag handle, rename (select it to edit
// the title), and delete; its questions sort within and across steps. A line marks where a
// palette item would be dropped; the step lights up while something is dragged over it. A step
// without questions says at once that publish refuses it, in publish's words. Deleting a step is
// spoken in the builder's live region, like removing a question. Moved with the keyboard, a step's
// header (or a palette item's drop line) is kept in view.
import { useSortable, SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRef } from "react";
import type { TStep } from "@/server/domain/forms/definition";
import { stepTitle } from "@/server/domain/forms/editor/editor-state";
import { removeStep } from "@/server/domain/forms/editor/step-ops";
import { removedStepAnnouncement, rulesCheckingKey } from "@/server/domain/forms/editor/removed-question-refs";
import { removedOptionsOf, removedOptionsText } from "@/server/domain/forms/editor/removed-option-refs";
import { rulesForStep } from "@/server/domain/forms/editor/logic-ops";
import { emptyStepProblem } from "@/server/domain/forms/content-problems";
import { dragId } from "./builder-model";
import { CardSelectButton } from "./card-select-button";
import { useCanvasDrag } from "./canvas-drag-context";
import { CanvasField } from "./canvas-field";
import { DragHandle } from "./drag-handle";
import { useKeepInView } from "./keep-in-view";
import { useFormEditor } from "./use-form-editor";

/** Where a palette item would go; moved with the keyboard, it is kept in view. */
function DropLine() {
  const view = useCanvasDrag();
  const line = useRef<HTMLLIElement | null>(null);
  useKeepInView(line, view.isKeyboard && view.active?.kind === "palette", view.indicator);
  return <li ref={line} aria-hidden="true" data-testid="drop-indicator" className="h-1 rounded-full bg-brand-500" />;
}

/** `itemIds`: field key → stable React key (canvas-item-ids.ts): a renamed key does not remount its card. */
export function CanvasStep({ step, index, itemIds }: { step: TStep; index: number; itemIds: Readonly<Record<string, string>> }) {
  const editor = useFormEditor();
  const view = useCanvasDrag();
  const { definition } = view.state;
  const title = stepTitle(definition, step.id);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging, isOver } = useSortable({
    id: dragId({ kind: "step", id: step.id }),
    disabled: { draggable: editor.readOnly, droppable: false },
  });
  const isSelected = editor.selection?.kind === "step" && editor.selection.id === step.id;
  const indicator = view.indicator?.stepId === step.id ? view.indicator.index : null;
  const isTarget = view.active !== null && view.active.kind !== "step" && (isOver || indicator !== null);
  // Publish refuses an empty step in these words (content-problems.ts); say so while it is empty —
  // not while a question is dragged over it. Its rules comparing a removed option say so too.
  const empty = editor.readOnly || indicator !== null ? null : emptyStepProblem(definition, index);
  const removedOptions = removedOptionsText(rulesForStep(definition, step.id).flatMap((r) => removedOptionsOf(definition, r.when)));
  // Moved with the keyboard, its header stays in view (a step may be taller than the window).
  const header = useRef<HTMLElement | null>(null);
  useKeepInView(header, view.isKeyboard && view.active?.kind === "step" && view.active.id === step.id, definition);

  function remove() {
    const count = step.fields.length;
    if (count > 0 && !window.confirm(`Delete '${title}' and its ${count} ${count === 1 ? "question" : "questions"}?`)) return;
    const result = editor.run((s) => removeStep(s, step.id));
    if (result.ok) {
      editor.select(null);
      // Named as the builder and publish name them (a rule id appears nowhere in the builder).
      const names = [...new Set(step.fields.flatMap((f) => rulesCheckingKey(result.state, f.key)))].map((n) => n.charAt(0).toLowerCase() + n.slice(1));
      if (result.flagged.length > 0) editor.setNotice(`Some rules still check questions of '${title}' (${names.join("; ")}); fix them before publishing, or press Undo.`);
      // Spoken like a removed question (Undo is offered on screen).
      editor.announce(removedStepAnnouncement(index + 1, title, names.length));
    }
  }

  return (
    <section
      ref={setNodeRef}
      aria-label={title}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`rounded-lg border-2 bg-slate-50 p-3 ${isDragging ? "border-dashed border-brand-500 opacity-60" : isTarget ? "border-brand-400 bg-brand-50/50" : isSelected ? "border-brand-500" : "border-slate-200"}`}
    >
      <header ref={header} className="mb-2 flex items-center gap-2">
        {/* Read-only: no drag handle (nothing can move). */}
        {!editor.readOnly && (
          <DragHandle label={`Drag step ${title}`} activatorRef={setActivatorNodeRef} attributes={attributes} listeners={listeners} hoverClass="hover:bg-slate-200" />
        )}
        <CardSelectButton selection={{ kind: "step", id: step.id }} isSelected={isSelected}>
          <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Step {index + 1}</span>
          <span className="block truncate text-sm font-semibold text-slate-900">{title}</span>
        </CardSelectButton>
        {!editor.readOnly && (
          <button type="button" aria-label={`Delete step ${title}`} onClick={remove} className="rounded px-1.5 text-slate-400 hover:bg-red-50 hover:text-red-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-500">
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </header>
      {empty && (
        <p className="mb-2 text-xs text-amber-800" data-testid="canvas-step-empty">
          Cannot publish yet — {empty.message}
        </p>
      )}
      {removedOptions && (
        <p className="mb-2 text-xs text-amber-800 max-lg:scroll-mt-20 max-lg:scroll-mb-[calc(55vh+1rem)]" data-testid="canvas-step-removed-options">
          Its rule checks {removedOptions}
        </p>
      )}
      <SortableContext id={step.id} items={step.fields.map((f) => dragId({ kind: "field", key: f.key }))} strategy={verticalListSortingStrategy}>
        <ul className="min-h-12 space-y-2" aria-label={`Questions of ${title}`}>
          {step.fields.map((field, i) => (
            <FieldWithLine key={itemIds[field.key] ?? field.key} showLine={indicator === i}>
              <CanvasField field={field} stepId={step.id} />
            </FieldWithLine>
          ))}
          {indicator !== null && indicator >= step.fields.length && <DropLine />}
          {step.fields.length === 0 && indicator === null && <li className="rounded-md border border-dashed border-slate-300 px-3 py-3 text-center text-xs text-slate-500">{editor.readOnly ? "No questions" : "Drop questions here"}</li>}
        </ul>
      </SortableContext>
    </section>
  );
}

function FieldWithLine({ showLine, children }: { showLine: boolean; children: React.ReactNode }) {
  return (
    <>
      {showLine && <DropLine />}
      {children}
    </>
  );
}
