"use client";
// Drag and drop of the builder (@dnd-kit): palette items onto any step at a position, questions
// within and across steps, steps among steps — with the pointer or the keyboard (Space to pick
// up, arrows to move, Space to drop, Escape to cancel). While dragging, a transient copy of the
// state shows where things go; every change is one of the pure editor operations, and the drop
// commits it as one undo step. Screen readers hear field labels and step names (in the editor's
// live region, which undo and redo also speak in).
// Anything picked up with the keyboard — a question, a step, a palette item — does not follow
// on-screen geometry (dnd-kit's keyboard coordinates jumped to whatever was nearest on screen, and
// never moved a palette item at all): each arrow moves it one place by the form's order
// (keyboard-drag.ts), it is "over" nothing but itself, and Space drops it where it is. The keyboard
// sensor listens from the pick-up on (keyboard-sensor.ts), so no arrow pressed after Space is lost.
import {
  closestCenter,
  closestCorners,
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type KeyboardCoordinateGetter,
  type Over,
} from "@dnd-kit/core";
import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from "react";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { addField, moveField } from "@/server/domain/forms/editor/field-ops";
import { locateField, stepTitle } from "@/server/domain/forms/editor/editor-state";
import { moveStep } from "@/server/domain/forms/editor/step-ops";
import { describePlace, dragId, dropTarget, parseDragId, type TDragId } from "./builder-model";
import { CanvasDragContext, type TCanvasDrag } from "./canvas-drag-context";
import { EdgeScroll } from "./edge-scroll";
import { capitalize, fieldName, keyboardArrow, keyboardBackText, keyboardDrop, keyboardPickUp, nameIn, pickUpText } from "./keyboard-drag";
import { PromptKeyboardSensor } from "./keyboard-sensor";
import { useFormEditor } from "./use-form-editor";

interface TDrag {
  active: TDragId;
  snapshot: TEditorState;
  working: TEditorState;
  indicator: { stepId: string; index: number } | null;
  /** Picked up with the keyboard: moved by the arrow keys in the form's order, not by the pointer. */
  isKeyboard: boolean;
}

const isBelow = (active: Active, over: Over | null) => {
  const rect = active.rect.current.translated;
  return !!rect && !!over && rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2;
};

const collision = (isKeyboard: boolean): CollisionDetection => (args) => {
  // A keyboard-moved question or step is always over itself (a palette item over nothing): the
  // arrows move it in the state itself, or move the palette item's insertion point.
  if (isKeyboard) return args.droppableContainers.filter((c) => c.id === args.active.id).map((c) => ({ id: c.id, data: { droppableContainer: c, value: 0 } }));
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
  const announce = editor.announce;
  // Arrow keys on anything picked up: one place per press in the form's order, announced;
  // nothing for dnd-kit to move (left and right do nothing).
  const coordinateGetter: KeyboardCoordinateGetter = useCallback(
    (event) => {
      if (!["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight"].includes(event.code)) return undefined;
      event.preventDefault();
      const d = dragRef.current;
      if (!d?.isKeyboard || (event.code !== "ArrowDown" && event.code !== "ArrowUp")) return undefined;
      const { drag: next, text } = keyboardArrow(d, event.code === "ArrowDown" ? "down" : "up");
      setDrag({ ...d, ...next });
      announce(text);
      return undefined;
    },
    [announce],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(PromptKeyboardSensor, { coordinateGetter, keyboardCodes: { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] } }),
  );
  const isKeyboard = drag?.isKeyboard === true;
  const collisionDetection = useMemo(() => collision(isKeyboard), [isKeyboard]);
  // dnd-kit asks for its announcements after onDragEnd has already cleared the drag.
  const dropText = useRef<string | null>(null);

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
  // Spoken in the editor's live region (so undo and redo are heard in the same place); returning
  // nothing leaves dnd-kit's own region silent.
  const say = (text: string | null): undefined => {
    if (text) announce(text);
    return undefined;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const d = dragRef.current;
      return say(d?.isKeyboard ? pickUpText(d) : `Picked up ${nameOf(active.id)}.`);
    },
    onDragOver: ({ active, over }) => (dragRef.current?.isKeyboard ? undefined : say(`${capitalize(nameOf(active.id))} is at ${placeOf(active, over)}.`)),
    onDragEnd: ({ active, over }) => {
      const text = dropText.current;
      dropText.current = null;
      return say(text ?? `${capitalize(nameOf(active.id))} ${over ? `was dropped at ${placeOf(active, over)}` : "was dropped outside the form; nothing changed"}.`);
    },
    onDragCancel: ({ active }) => {
      const back = dropText.current;
      dropText.current = null;
      return say(`Dragging ${nameOf(active.id)} was cancelled; nothing changed${back ? ` (${back})` : ""}.`);
    },
  };

  function onDragOver({ active, over }: DragOverEvent) {
    const d = dragRef.current;
    if (!d || d.active.kind === "step" || d.isKeyboard) return;
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
    if (d?.isKeyboard) {
      const { drop, text } = keyboardDrop(d.snapshot, d);
      dropText.current = text;
      if (drop.kind === "commit") editor.commit(drop.state, drop.label);
      if (drop.kind === "add") {
        const result = editor.run((s) => addField(s, { ...drop.place, type: drop.type }));
        if (result.ok) editor.select({ kind: "field", key: result.key });
      }
      return;
    }
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
      if (to >= 0) editor.run((s) => moveStep(s, stepId, to), undefined, `moved step “${stepTitle(d.snapshot.definition, stepId)}”`);
      return;
    }
    let working = d.working;
    const overId = parseDragId(over.id);
    if (overId?.kind === "step") {
      // Dropped on the step itself (below its last question): the end of that step, as announced
      // ("position 7 of 7"), not where the drag first entered it (onDragOver's move).
      const target = dropTarget(working.definition, over.id, d.active.key, false);
      const moved = target ? moveField(working, d.active.key, target) : null;
      if (moved?.ok) working = moved.state;
    }
    if (overId?.kind === "field" && overId.key !== d.active.key) {
      const from = locateField(working.definition, d.active.key);
      const to = locateField(working.definition, overId.key);
      if (from && to && from.stepId === to.stepId) {
        const moved = moveField(working, d.active.key, { stepId: to.stepId, index: to.index });
        if (moved.ok) working = moved.state;
      }
    }
    if (working !== d.snapshot && d.active.kind === "field") editor.commit(working, `moved “${fieldName(working.definition, d.active.key)}”`);
  }

  const view: TCanvasDrag = useMemo(
    () => ({ state: drag?.working ?? editor.state, active: drag?.active ?? null, indicator: drag?.indicator ?? null, isKeyboard: drag?.isKeyboard === true }),
    [drag, editor.state],
  );

  return (
    <DndContext
      id={dndId}
      sensors={sensors}
      collisionDetection={collisionDetection}
      // The page scrolls at the window's edges by EdgeScroll (edge-scroll.tsx), at a steady speed
      // and only as far as the canvas goes; dnd-kit's own auto-scroll would add its steps to it.
      autoScroll={false}
      accessibility={{ announcements, screenReaderInstructions: { draggable: "To move this item, press Space. Use the arrow keys to move it, Space to drop it here, or Escape to cancel." } }}
      onDragStart={({ active, activatorEvent }) => {
        const id = parseDragId(active.id);
        const isKeyboard = typeof KeyboardEvent !== "undefined" && activatorEvent instanceof KeyboardEvent;
        if (!id || editor.readOnly) return;
        const start = isKeyboard ? keyboardPickUp(editor.state, id, editor.selection).drag : { active: id, working: editor.state, indicator: null };
        setDrag({ ...start, snapshot: editor.state, isKeyboard });
      }}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        const d = dragRef.current;
        if (d?.isKeyboard) dropText.current = keyboardBackText(d.snapshot, d.active);
        setDrag(null);
      }}
    >
      <CanvasDragContext.Provider value={view}>{children}</CanvasDragContext.Provider>
      <EdgeScroll />
      <DragOverlay dropAnimation={null}>{drag && !drag.isKeyboard ? <div className="rounded-md border border-brand-500 bg-white px-3 py-2 text-sm font-medium text-slate-900 shadow-lg">{capitalize(nameIn(drag.working.definition, dragId(drag.active)))}</div> : null}</DragOverlay>
    </DndContext>
  );
}
