"use client";
// What the canvas shows while something is dragged: the transient state, the dragged item and,
// for a palette item, where it would be inserted.
import { createContext, useContext } from "react";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import type { TDragId } from "./builder-model";

export interface TCanvasDrag {
  state: TEditorState;
  active: TDragId | null;
  indicator: { stepId: string; index: number } | null;
}

export const CanvasDragContext = createContext<TCanvasDrag | null>(null);

export function useCanvasDrag(): TCanvasDrag {
  const value = useContext(CanvasDragContext);
  if (!value) throw new Error("useCanvasDrag outside BuilderDnd");
  return value;
}
