"use client";
// The field palette: one button per field type. Click (or Enter) adds the question at the end of
// the selected step (else the last step); drag it — with the pointer, or Space and the arrow
// keys (starting where a click adds, one place per arrow in the form's order) — onto any step at
// a position. Below lg it is one row that scrolls sideways (swipe along it; a drag down from a
// type still drops it onto a step), without its box and with its heading for screen readers only
// (the navigation keeps its name "Questions"), so that on a phone the toolbar and it take ~110 px.
import { useDraggable } from "@dnd-kit/core";
import { FIELD_TYPES, type TFieldType } from "@/server/domain/forms/definition";
import { addField } from "@/server/domain/forms/editor/field-ops";
import { FIELD_TYPE_LABELS } from "@/server/domain/forms/editor/field-types";
import { dragId } from "./builder-model";
import { FieldIcon } from "./field-icons";
import { clickPlace } from "./keyboard-move";
import { useFormEditor } from "./use-form-editor";

function PaletteItem({ type }: { type: TFieldType }) {
  const editor = useFormEditor();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: dragId({ kind: "palette", type }), disabled: editor.readOnly });

  function add() {
    const place = clickPlace(editor.state.definition, editor.selection);
    const result = editor.run((s) => addField(s, { ...place, type }));
    if (result.ok) editor.select({ kind: "field", key: result.key });
  }

  return (
    <li className="max-lg:shrink-0">
      <button
        ref={setNodeRef}
        type="button"
        {...attributes}
        {...listeners}
        aria-label={`Add ${FIELD_TYPE_LABELS[type]}`}
        aria-roledescription="draggable question type"
        disabled={editor.readOnly}
        onClick={add}
        className={`flex w-full items-center max-lg:whitespace-nowrap max-lg:touch-pan-x lg:touch-none gap-2 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left text-sm text-slate-800 shadow-sm hover:border-brand-400 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 disabled:cursor-not-allowed disabled:opacity-60 ${isDragging ? "opacity-50" : ""}`}
      >
        <FieldIcon type={type} />
        <span className="min-w-0">{FIELD_TYPE_LABELS[type]}</span>
      </button>
    </li>
  );
}

export function FieldPalette() {
  return (
    <nav aria-labelledby="palette-title" className="rounded-lg border border-slate-200 bg-slate-50 p-3 max-lg:rounded-none max-lg:border-0 max-lg:bg-transparent max-lg:p-0">
      <h2 id="palette-title" className="mb-1 text-sm font-semibold text-slate-900 max-lg:sr-only">Questions</h2>
      <p className="mb-3 text-xs text-slate-500 max-lg:sr-only">Click to add to the selected step, or drag onto a step.</p>
      <ul className="max-lg:flex max-lg:gap-1.5 max-lg:overflow-x-auto max-lg:pb-0.5 max-lg:[scrollbar-width:thin] lg:space-y-1.5">
        {FIELD_TYPES.map((type) => (
          <PaletteItem key={type} type={type} />
        ))}
      </ul>
    </nav>
  );
}
