"use client";
// The canvas: the form's steps in order (sortable), each with its questions, and "Add step".
// Questions are keyed by a stable id that follows key renames (canvas-item-ids.ts).
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { addStep } from "@/server/domain/forms/editor/step-ops";
import { Button } from "@/components/ui/button";
import { dragId } from "./builder-model";
import { useCanvasDrag } from "./canvas-drag-context";
import { useCanvasItemIds } from "./canvas-item-ids";
import { CanvasStep } from "./canvas-step";
import { useFormEditor } from "./use-form-editor";

export function EditorCanvas() {
  const editor = useFormEditor();
  const { state } = useCanvasDrag();
  const { steps } = state.definition;
  const itemIds = useCanvasItemIds(state.definition);
  return (
    // Its end is as far as a drag near the window's bottom edge scrolls the page (edge-scroll.tsx).
    <div className="space-y-3" data-testid="canvas" data-builder-canvas="">
      <SortableContext id="steps" items={steps.map((s) => dragId({ kind: "step", id: s.id }))} strategy={verticalListSortingStrategy}>
        {steps.map((step, index) => (
          <CanvasStep key={step.id} step={step} index={index} itemIds={itemIds} />
        ))}
      </SortableContext>
      {!editor.readOnly && (
        <Button
          variant="secondary"
          className="w-full"
          onClick={() => {
            const result = editor.run((s) => addStep(s));
            if (result.ok) editor.select({ kind: "step", id: result.stepId });
          }}
        >
          Add step
        </Button>
      )}
    </div>
  );
}
