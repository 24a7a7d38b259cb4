"use client";
// What the canvas shows while something is dragged: the transient state, the dragged item and,
// for a palette item, where it would be inserted; and whether it was picked up with the keyboard
// (then what moves is kept in view: keep-in-view.ts).
import { createContext, useContext } from "react";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import type { TDragId } from "./builder-model";

export interface TCanvasDrag {
  state: TEditorState;
  active: TDragId | null;
  indicator: { stepId: string; index: number } | null;
  /** Picked up with the keyboard: the arrows move it in the state, and it is scrolled into view. */
  isKeyboard: boolean;
}

export const CanvasDragContext = createContext<TCanvasDrag | null>(null);

export function useCanvasDrag(): TCanvasDrag {
  const value = useContext(CanvasDragContext);
  if (!value) throw new Error("useCanvasDrag outside BuilderDnd");
  return value;
}
