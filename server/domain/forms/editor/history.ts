// Undo/redo for the editor: a pure reducer over past / present / future with a cap. Rapid edits
// of the same text input (same coalesce key within COALESCE_MS) count as one step, so undo takes
// back a whole word typed into "Label" rather than one letter. An edit that completes the last one
// (the automatic key that follows a label when the Label input loses focus) joins its step when
// that step is still the present one (`joins` = its coalesce key, however long ago), so one undo
// takes back both. `at` is passed in (no clock here).

export const HISTORY_CAP = 100;
export const COALESCE_MS = 1000;

export interface THistory<T> {
  past: T[];
  present: T;
  future: T[];
  /** Key and time of the last coalescable edit; null after undo/redo or a non-coalescing edit. */
  lastEdit: { key: string; at: number } | null;
}

export type THistoryAction<T> =
  /** `joins`: the present step's coalesce key this edit completes (the step is replaced, not added to). */
  | { type: "apply"; next: T; at: number; coalesceKey?: string; joins?: string }
  | { type: "undo" }
  | { type: "redo" }
  /** Replace everything (e.g. after loading); no undo across it. */
  | { type: "reset"; present: T };

export function createHistory<T>(present: T): THistory<T> {
  return { past: [], present, future: [], lastEdit: null };
}

export function canUndo<T>(history: THistory<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: THistory<T>): boolean {
  return history.future.length > 0;
}

export function historyReducer<T>(history: THistory<T>, action: THistoryAction<T>, cap = HISTORY_CAP): THistory<T> {
  switch (action.type) {
    case "apply": {
      if (Object.is(action.next, history.present)) return history;
      const last = history.lastEdit;
      const key = action.coalesceKey;
      const lastEdit = key ? { key, at: action.at } : null;
      if (action.joins !== undefined && last?.key === action.joins && history.past.length > 0) {
        return { ...history, present: action.next, future: [], lastEdit: null };
      }
      if (key && last && last.key === key && action.at - last.at < COALESCE_MS && history.past.length > 0) {
        return { ...history, present: action.next, future: [], lastEdit };
      }
      const past = [...history.past, history.present];
      return { past: past.length > cap ? past.slice(past.length - cap) : past, present: action.next, future: [], lastEdit };
    }
    case "undo": {
      if (history.past.length === 0) return history;
      const previous = history.past[history.past.length - 1] as T;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastEdit: null };
    }
    case "redo": {
      if (history.future.length === 0) return history;
      const [next, ...future] = history.future;
      return { past: [...history.past, history.present], present: next as T, future, lastEdit: null };
    }
    case "reset":
      return createHistory(action.present);
  }
}
