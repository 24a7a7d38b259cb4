"use client";
// The editor's state: one { definition, scoring } object in an undo/redo history, changed only
// through the pure editor operations (`run`), plus what is selected. Shared through context.
import { createContext, useCallback, useContext, useMemo, useReducer, useRef, useState } from "react";
import type { TEditResult, TEditorState } from "@/server/domain/forms/editor/editor-state";
import { canRedo, canUndo, createHistory, historyReducer, type THistory, type THistoryAction } from "@/server/domain/forms/editor/history";
import type { TSelection } from "./builder-model";

export interface TFormEditor {
  state: TEditorState;
  readOnly: boolean;
  /** Applies an operation to the latest state; returns its result (errors are shown as a notice). */
  run: <T extends object>(op: (state: TEditorState) => TEditResult<T>, coalesceKey?: string) => TEditResult<T>;
  /** Replaces the state without an operation (drag and drop commits its transient result). */
  commit: (next: TEditorState) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  selection: TSelection;
  select: (selection: TSelection) => void;
  notice: string | null;
  setNotice: (notice: string | null) => void;
}

const reducer = (h: THistory<TEditorState>, a: THistoryAction<TEditorState>) => historyReducer(h, a);

export function useFormEditorState(initial: TEditorState, readOnly: boolean): TFormEditor {
  const [history, dispatch] = useReducer(reducer, initial, createHistory);
  const [selection, select] = useState<TSelection>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(history.present);
  latest.current = history.present;

  const run = useCallback(
    <T extends object>(op: (state: TEditorState) => TEditResult<T>, coalesceKey?: string): TEditResult<T> => {
      if (readOnly) return { ok: false, error: "You can view this form but not change it" };
      const result = op(latest.current);
      if (!result.ok) {
        setNotice(result.error);
        return result;
      }
      setNotice(null);
      latest.current = result.state;
      dispatch({ type: "apply", next: result.state, at: Date.now(), coalesceKey });
      return result;
    },
    [readOnly],
  );
  const commit = useCallback(
    (next: TEditorState) => {
      if (readOnly) return;
      latest.current = next;
      dispatch({ type: "apply", next, at: Date.now() });
    },
    [readOnly],
  );
  const undo = useCallback(() => !readOnly && dispatch({ type: "undo" }), [readOnly]);
  const redo = useCallback(() => !readOnly && dispatch({ type: "redo" }), [readOnly]);

  return useMemo(
    () => ({ state: history.present, readOnly, run, commit, undo, redo, canUndo: canUndo(history), canRedo: canRedo(history), selection, select, notice, setNotice }),
    [history, readOnly, run, commit, undo, redo, selection, notice],
  );
}

export const FormEditorContext = createContext<TFormEditor | null>(null);

export function useFormEditor(): TFormEditor {
  const editor = useContext(FormEditorContext);
  if (!editor) throw new Error("useFormEditor outside the form editor");
  return editor;
}
