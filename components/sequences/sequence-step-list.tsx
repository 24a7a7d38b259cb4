"use client";
// The ordered steps of the sequence editor: a sortable list (@dnd-kit, pointer or keyboard) over
// react-hook-form's field array, and buttons to add an email, a wait or the end.
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useId, useRef } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { fieldMessage } from "@/components/reps/form-field";
import { Button } from "@/components/ui/button";
import { newStep, stepName, type TSequenceFormValues, type TStepType } from "./sequence-form-model";
import { SequenceStepCard } from "./sequence-step-card";

export function SequenceStepList({ isReadOnly }: { isReadOnly: boolean }) {
  const dndId = useId();
  const { control, getValues, formState: { errors } } = useFormContext<TSequenceFormValues>();
  // keyName: the steps carry their own `id`, which the field array must not overwrite.
  const { fields, append, insert, move, remove } = useFieldArray({ control, name: "draft.steps", keyName: "sortKey" });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const indexOf = (sortKey: string | number) => fields.findIndex((f) => f.sortKey === sortKey);
  const nameOf = (sortKey: string | number) => {
    const index = indexOf(sortKey);
    return stepName(getValues(`draft.steps.${index}`), index);
  };
  // The dragged step's name as it was when picked up (the drop renumbers the steps).
  const dragged = useRef("");
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${(dragged.current = nameOf(active.id))}.`,
    onDragOver: ({ over }) => (over ? `${dragged.current} is over position ${indexOf(over.id) + 1} of ${fields.length}.` : `${dragged.current} is not over a step.`),
    onDragEnd: ({ over }) => (over ? `${dragged.current} was dropped at position ${indexOf(over.id) + 1} of ${fields.length}.` : "Dropped outside the list; nothing changed."),
    onDragCancel: () => `Moving ${dragged.current} was cancelled; nothing changed.`,
  };
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = indexOf(active.id);
    const to = indexOf(over.id);
    if (from >= 0 && to >= 0) move(from, to);
  }
  const onMove = (from: number, to: number) => {
    if (to >= 0 && to < fields.length) move(from, to);
  };
  // New emails and waits go before the end, which stays last.
  const add = (type: TStepType) => {
    const endAt = fields.findIndex((f) => f.type === "end");
    if (type !== "end" && endAt >= 0) insert(endAt, newStep(type));
    else append(newStep(type));
  };
  const hasEnd = fields.some((f) => f.type === "end");
  const listError = fieldMessage(errors, "draft.steps.root") ?? (typeof errors.draft?.steps?.message === "string" ? errors.draft.steps.message : undefined);

  return (
    <div className="space-y-3">
      {fields.length === 0 && <p className="text-sm text-slate-500">No steps yet. Add an email to start.</p>}
      <DndContext
        id={dndId}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: "To reorder this step, press Space. Use the arrow keys to move it, Space to drop it, or Escape to cancel." } }}
      >
        <SortableContext items={fields.map((f) => f.sortKey)} strategy={verticalListSortingStrategy}>
          <ol className="space-y-3" aria-label="Steps">
            {fields.map((field, index) => (
              <SequenceStepCard key={field.sortKey} sortId={field.sortKey} index={index} count={fields.length} isReadOnly={isReadOnly} onMove={onMove} onRemove={remove} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {listError && <p role="alert" className="text-sm text-red-600">{listError}</p>}
      {!isReadOnly && (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => add("email")}>Add email</Button>
          <Button variant="secondary" onClick={() => add("wait")}>Add wait</Button>
          {!hasEnd && <Button variant="secondary" onClick={() => add("end")}>Add end</Button>}
        </div>
      )}
    </div>
  );
}
