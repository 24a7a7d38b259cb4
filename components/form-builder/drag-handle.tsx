"use client";
// The ⠿ handle that starts dragging a step or a question (keyboard: focus it, Space, arrows,
// Space). Its props come from dnd-kit's useSortable; the caller leaves it out when read-only.
import type { DraggableAttributes, DraggableSyntheticListeners } from "@dnd-kit/core";

interface TDragHandleProps {
  label: string;
  activatorRef: (element: HTMLElement | null) => void;
  attributes: DraggableAttributes;
  listeners: DraggableSyntheticListeners;
  /** The hover background: a question sits on white, a step's header on slate-50. */
  hoverClass: string;
}

export function DragHandle({ label, activatorRef, attributes, listeners, hoverClass }: TDragHandleProps) {
  return (
    <button
      ref={activatorRef}
      type="button"
      {...attributes}
      {...listeners}
      aria-label={label}
      className={`cursor-grab touch-none rounded px-1 text-slate-400 ${hoverClass} hover:text-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500`}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
