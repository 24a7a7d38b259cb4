"use client";
// The editor's state: one { definition, scoring } object in an undo/redo history, changed only
// through the pure editor operations (`run`), plus what is selected, which question keys are in a
// published version and what is live (the header and the publish button share it). Shared through context.
import { createContext, useCallback, useContext, useMemo, useReducer, useRef, useState } from "react";
import { allFields } from "@/server/domain/forms/definition";
import type { TEditResult, TEditorState } from "@/server/domain/forms/editor/editor-state";
import { canRedo, canUndo, createHistory, historyReducer, type THistory, type THistoryAction } from "@/server/domain/forms/editor/history";
import { followSelection, type TSelection } from "./builder-model";
import { useAnnouncer } from "./use-announcer";
import { describeEdit } from "./keyboard-move";
import { initialPublication, publishedAs, type TPublication } from "./publication-status";

export interface TFormEditor {
  state: TEditorState;
  readOnly: boolean;
  /** Keys in a published version of this form (empty before the first publish): read-only in FieldKeyInput. */
  publishedKeys: ReadonlySet<string>;
  /** The live version and the state that is live (publication-status.ts). */
  publication: TPublication;
  /** Publish succeeded: `state` is now live as `version`. */
  markPublished: (version: number, state: TEditorState) => void;
  /**
   * Applies an operation to the latest state; returns its result (errors are shown as a notice).
   * `joins`: the coalesce key of the edit this one completes — while that edit is the present undo
   * step, this one joins it (history.ts), so one undo takes back both.
   */
  run: <T extends object>(op: (state: TEditorState) => TEditResult<T>, coalesceKey?: string, label?: string, joins?: string) => TEditResult<T>;
  /** Replaces the state without an operation (drag and drop commits its transient result); `label` names it for undo ("moved “Work email”"). */
  commit: (next: TEditorState, label?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  selection: TSelection;
  /** Selects something on purpose (a click, a new question, a clicked problem): its pane comes forward. */
  select: (selection: TSelection) => void;
  /** Counts `select` calls; an undo that only follows a renamed key does not count (the pane stays). */
  selectionRequest: number;
  notice: string | null;
  setNotice: (notice: string | null) => void;
  /** The builder's screen-reader announcement (drag and drop, undo, redo, removals), shown in one live region. */
  announcement: string;
  /** Counts announcements: the live region keys its text by it, so the same words twice are spoken twice (use-announcer.ts). */
  announcementCount: number;
  announce: (text: string) => void;
}

const reducer = (h: THistory<TEditorState>, a: THistoryAction<TEditorState>) => historyReducer(h, a);

export interface TLiveAtLoad {
  version: number | null;
  hasUnpublishedChanges: boolean;
}

/** `publishedAtLoad`: the keys of every version the form had published when the page loaded. */
export function useFormEditorState(initial: TEditorState, readOnly: boolean, publishedAtLoad: readonly string[] = [], live: TLiveAtLoad = { version: null, hasUnpublishedChanges: true }): TFormEditor {
  const [history, dispatch] = useReducer(reducer, initial, createHistory);
  const [publication, setPublication] = useState<TPublication>(() => initialPublication(live.version, live.hasUnpublishedChanges, initial));
  // Keys of the versions this editor publishes lock at once (the page's list follows on refresh).
  const [publishedHere, setPublishedHere] = useState<readonly string[]>([]);
  const markPublished = useCallback((version: number, state: TEditorState) => {
    setPublication(publishedAs(version, state));
    setPublishedHere((keys) => [...keys, ...allFields(state.definition).map((f) => f.key)]);
  }, []);
  const publishedKeys = useMemo(() => new Set([...publishedAtLoad, ...publishedHere]), [publishedAtLoad, publishedHere]);
  const [selection, setSelection] = useState<TSelection>(null);
  const [selectionRequest, setSelectionRequest] = useState(0);
  const select = useCallback((next: TSelection) => {
    setSelection(next);
    setSelectionRequest((n) => n + 1);
  }, []);
  const [notice, setNotice] = useState<string | null>(null);
  const { text: announcement, count: announcementCount, announce } = useAnnouncer();
  // What each committed state did, for "Undone: …" (states without a label are described by diff).
  const labels = useRef(new WeakMap<TEditorState, string>());
  const latest = useRef(history.present);
  latest.current = history.present;

  const run = useCallback(
    <T extends object>(op: (state: TEditorState) => TEditResult<T>, coalesceKey?: string, label?: string, joins?: string): TEditResult<T> => {
      if (readOnly) return { ok: false, error: "You can view this form but not change it" };
      const result = op(latest.current);
      if (!result.ok) {
        setNotice(result.error);
        return result;
      }
      setNotice(null);
      if (label) labels.current.set(result.state, label);
      // A renamed key (the Key input, a label an automatic key follows) keeps its question selected.
      const before = latest.current.definition;
      setSelection((s) => followSelection(s, before, result.state.definition));
      latest.current = result.state;
      dispatch({ type: "apply", next: result.state, at: Date.now(), coalesceKey, joins });
      return result;
    },
    [readOnly],
  );
  const commit = useCallback(
    (next: TEditorState, label?: string) => {
      if (readOnly) return;
      if (label) labels.current.set(next, label);
      latest.current = next;
      dispatch({ type: "apply", next, at: Date.now() });
    },
    [readOnly],
  );
  // Undo/redo of a key rename keeps the renamed question selected (its key changes under it).
  const shown = useRef(history);
  shown.current = history;
  const travel = useCallback(
    (type: "undo" | "redo") => {
      if (readOnly) return;
      const before = shown.current;
      const after = historyReducer(before, { type });
      if (after === before) return;
      shown.current = after;
      dispatch({ type });
      // A notice is about the edit just made (a refused operation, rules left reading a removed question).
      setNotice(null);
      const [from, to] = type === "undo" ? [after.present, before.present] : [before.present, after.present];
      const what = labels.current.get(to) ?? describeEdit(from.definition, to.definition);
      announce(`${type === "undo" ? "Undone" : "Redone"}: ${what}`);
      setSelection((s) => followSelection(s, before.present.definition, after.present.definition));
    },
    [readOnly, announce],
  );
  const undo = useCallback(() => travel("undo"), [travel]);
  const redo = useCallback(() => travel("redo"), [travel]);

  return useMemo(
    () => ({ state: history.present, readOnly, publishedKeys, publication, markPublished, run, commit, undo, redo, canUndo: canUndo(history), canRedo: canRedo(history), selection, select, selectionRequest, notice, setNotice, announcement, announcementCount, announce }),
    [history, readOnly, publishedKeys, publication, markPublished, run, commit, undo, redo, selection, select, selectionRequest, notice, announcement, announcementCount, announce],
  );
}

export const FormEditorContext = createContext<TFormEditor | null>(null);

export function useFormEditor(): TFormEditor {
  const editor = useContext(FormEditorContext);
  if (!editor) throw new Error("useFormEditor outside the form editor");
  return editor;
}
