"use client";
// Drag and drop of the builder (@dnd-kit): palette items onto any step at a position, questions
// within and across steps, steps among steps — with the pointer or the keyboard (Space to pick
// up, arrows to move, Space to drop, Escape to cancel). While dragging, a transient copy of the
// state shows where things go; every change is one of the pure editor operations, and the drop
// commits it as one undo step. Screen readers hear field labels and step names.
import {
  closestCenter,
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type Over,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { TFormDefinition } from "@/server/domain/forms/definition";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { addField, moveField } from "@/server/domain/forms/editor/field-ops";
import { locateField, stepTitle } from "@/server/domain/forms/editor/editor-state";
import { FIELD_TYPE_LABELS } from "@/server/domain/forms/editor/field-types";
import { moveStep } from "@/server/domain/forms/editor/step-ops";
import { describePlace, dragId, dropTarget, parseDragId, type TDragId } from "./builder-model";
import { CanvasDragContext, type TCanvasDrag } from "./canvas-drag-context";
import { useFormEditor } from "./use-form-editor";

interface TDrag {
  active: TDragId;
  snapshot: TEditorState;
  working: TEditorState;
  indicator: { stepId: string; index: number } | null;
}

const isBelow = (active: Active, over: Over | null) => {
  const rect = active.rect.current.translated;
  return !!rect && !!over && rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2;
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const collision: CollisionDetection = (args) => {
  const kind = parseDragId(args.active.id)?.kind;
  if (kind === "step") return closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => parseDragId(c.id)?.kind === "step") });
  const targets = args.droppableContainers.filter((c) => parseDragId(c.id)?.kind !== "palette");
  const within = pointerWithin({ ...args, droppableContainers: targets });
  if (within.length > 0) {
    const field = within.find((c) => parseDragId(c.id)?.kind === "field");
    return field ? [field] : within;
  }
  return closestCorners({ ...args, droppableContainers: targets });
};

function nameIn(definition: TFormDefinition, raw: string | number): string {
  const id = parseDragId(raw);
  if (!id) return "item";
  if (id.kind === "palette") return `new ${FIELD_TYPE_LABELS[id.type]} question`;
  if (id.kind === "step") return `step '${stepTitle(definition, id.id)}'`;
  const at = locateField(definition, id.key);
  return `question '${at ? definition.steps[at.stepIndex]!.fields[at.index]!.label : id.key}'`;
}

export function BuilderDnd({ children }: { children: ReactNode }) {
  const editor = useFormEditor();
  // A stable id keeps dnd-kit's aria-describedby ids equal on the server and the client.
  const dndId = useId();
  const [drag, setDragState] = useState<TDrag | null>(null);
  const dragRef = useRef<TDrag | null>(null);
  const setDrag = (next: TDrag | null) => {
    dragRef.current = next;
    setDragState(next);
  };
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] } }),
  );

  const current = () => dragRef.current?.working ?? editor.state;
  const nameOf = (raw: string | number) => nameIn(current().definition, raw);
  const placeOf = (active: Active, over: Over | null): string => {
    const id = parseDragId(active.id);
    const { definition } = current();
    if (id?.kind === "step") {
      const overId = over ? parseDragId(over.id) : null;
      const index = overId?.kind === "step" ? definition.steps.findIndex((s) => s.id === overId.id) : -1;
      return index < 0 ? "not over a step" : `position ${index + 1} of ${definition.steps.length}`;
    }
    const key = id?.kind === "field" ? id.key : null;
    return describePlace(definition, dropTarget(definition, over?.id, key, isBelow(active, over)), id?.kind === "palette");
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) => `${nameOf(active.id)} is at ${placeOf(active, over)}.`,
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} was dropped at ${placeOf(active, over)}.` : `${nameOf(active.id)} was dropped outside the form; nothing changed.`),
    onDragCancel: ({ active }) => `Dragging ${nameOf(active.id)} was cancelled; nothing changed.`,
  };

  function onDragOver({ active, over }: DragOverEvent) {
    const d = dragRef.current;
    if (!d || d.active.kind === "step") return;
    const key = d.active.kind === "field" ? d.active.key : null;
    const target = dropTarget(d.working.definition, over?.id, key, isBelow(active, over));
    if (d.active.kind === "palette") return setDrag({ ...d, indicator: target });
    const from = locateField(d.working.definition, d.active.key);
    if (!target || !from || target.stepId === from.stepId) return;
    const moved = moveField(d.working, d.active.key, target);
    if (moved.ok) setDrag({ ...d, working: moved.state });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const d = dragRef.current;
    setDrag(null);
    if (!d || !over) return;
    if (d.active.kind === "palette") {
      const target = dropTarget(d.working.definition, over.id, null, isBelow(active, over));
      const type = d.active.type;
      if (!target) return;
      const result = editor.run((s) => addField(s, { ...target, type }));
      if (result.ok) editor.select({ kind: "field", key: result.key });
      return;
    }
    if (d.active.kind === "step") {
      const overId = parseDragId(over.id);
      const stepId = d.active.id;
      const to = overId?.kind === "step" ? d.snapshot.definition.steps.findIndex((s) => s.id === overId.id) : -1;
      if (to >= 0) editor.run((s) => moveStep(s, stepId, to));
      return;
    }
    let working = d.working;
    const overId = parseDragId(over.id);
    if (overId?.kind === "field" && overId.key !== d.active.key) {
      const from = locateField(working.definition, d.active.key);
      const to = locateField(working.definition, overId.key);
      if (from && to && from.stepId === to.stepId) {
        const moved = moveField(working, d.active.key, { stepId: to.stepId, index: to.index });
        if (moved.ok) working = moved.state;
      }
    }
    if (working !== d.snapshot) editor.commit(working);
  }

  const view: TCanvasDrag = useMemo(
    () => ({ state: drag?.working ?? editor.state, active: drag?.active ?? null, indicator: drag?.indicator ?? null }),
    [drag, editor.state],
  );

  return (
    <DndContext
      id={dndId}
      sensors={sensors}
      collisionDetection={collision}
      accessibility={{ announcements, screenReaderInstructions: { draggable: "To move this item, press Space. Use the arrow keys to move it, Space to drop it here, or Escape to cancel." } }}
      onDragStart={({ active }) => {
        const id = parseDragId(active.id);
        if (id && !editor.readOnly) setDrag({ active: id, snapshot: editor.state, working: editor.state, indicator: null });
      }}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
    >
      <CanvasDragContext.Provider value={view}>{children}</CanvasDragContext.Provider>
      <DragOverlay dropAnimation={null}>{drag ? <div className="rounded-md border border-brand-500 bg-white px-3 py-2 text-sm font-medium text-slate-900 shadow-lg">{capitalize(nameIn(drag.working.definition, dragId(drag.active)))}</div> : null}</DragOverlay>
    </DndContext>
  );
}
