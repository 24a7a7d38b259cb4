// The editor's state and the shape every editor operation returns. Operations are pure: they take
// the current state and return a NEW state (never mutating), or an error a marketer can read.
import type { TFormDefinition, TStep } from "../definition";
import type { TScoringModel } from "../../scoring/model";

export interface TEditorState {
  definition: TFormDefinition;
  scoring: TScoringModel;
}

export type TEditResult<TExtra extends object = object> = ({ ok: true; state: TEditorState } & TExtra) | { ok: false; error: string };

export function ok<TExtra extends object>(state: TEditorState, extra?: TExtra): TEditResult<TExtra> {
  return { ok: true, state, ...(extra as TExtra) };
}

export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** Where a field sits: its step, that step's position and the field's position in it. */
export interface TFieldLocation {
  stepId: string;
  stepIndex: number;
  index: number;
}

export function locateField(definition: TFormDefinition, fieldKey: string): TFieldLocation | null {
  for (const [stepIndex, step] of definition.steps.entries()) {
    const index = step.fields.findIndex((f) => f.key === fieldKey);
    if (index >= 0) return { stepId: step.id, stepIndex, index };
  }
  return null;
}

export function findStep(definition: TFormDefinition, stepId: string): TStep | undefined {
  return definition.steps.find((s) => s.id === stepId);
}

/** 'Your company' or 'Step 2' — how the editor names a step. */
export function stepTitle(definition: TFormDefinition, stepId: string): string {
  const index = definition.steps.findIndex((s) => s.id === stepId);
  const step = definition.steps[index];
  return step?.title?.trim() || `Step ${index + 1}`;
}

export function withSteps(state: TEditorState, steps: TStep[]): TEditorState {
  return { ...state, definition: { ...state.definition, steps } };
}

/** A copy of `list` with the item at `from` moved to `to` (an index in the list without it). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** The first `prefix_N` (N = 1, 2 …) not in `taken`. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

/** Lowercase letters, digits and _ starting with a letter, at most `max` long: "Company size?" → "company_size". */
export function slugKey(label: string, fallback: string, max = 64): string {
  const slug = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, max)
    .replace(/_+$/, "");
  if (!slug) return fallback;
  return /^[a-z]/.test(slug) ? slug : `${fallback}_${slug}`.slice(0, max).replace(/_+$/, "");
}

/** `base`, else `base_2`, `base_3` … (kept within `max` characters). */
export function dedupe(base: string, taken: Iterable<string>, max = 64): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${base.slice(0, max - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
