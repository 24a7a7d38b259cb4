// Editor operations on steps: add, move, rename, remove. A removed step takes its fields with it,
// and the rules that act on that step or its fields (or are checked after it) go too; rules whose
// conditions read a removed field stay and are returned as `flagged` (the publish check names them).
import { conditionRefs } from "../../conditions/evaluate-condition";
import type { TLogicRule, TStep } from "../definition";
import { dropFieldRefs } from "./field-ops";
import { fail, findStep, moveItem, nextId, ok, stepTitle, withSteps, type TEditorState, type TEditResult } from "./editor-state";

export function addStep(state: TEditorState, input: { index?: number; title?: string } = {}): TEditResult<{ stepId: string }> {
  const { steps } = state.definition;
  const index = input.index ?? steps.length;
  if (!Number.isInteger(index) || index < 0 || index > steps.length) return fail(`Position ${index} is outside the form`);
  if (steps.length >= 30) return fail("A form has at most 30 steps");
  const stepId = nextId("step", steps.map((s) => s.id));
  const step: TStep = { id: stepId, title: input.title?.trim() || `Step ${steps.length + 1}`, fields: [] };
  return ok(withSteps(state, [...steps.slice(0, index), step, ...steps.slice(index)]), { stepId });
}

export function moveStep(state: TEditorState, stepId: string, toIndex: number): TEditResult {
  const { steps } = state.definition;
  const from = steps.findIndex((s) => s.id === stepId);
  if (from < 0) return fail(`There is no step '${stepId}'`);
  if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= steps.length) return fail(`Position ${toIndex} is outside the form`);
  return ok(withSteps(state, moveItem(steps, from, toIndex)));
}

export function updateStep(state: TEditorState, stepId: string, patch: { title?: string; description?: string }): TEditResult {
  if (!findStep(state.definition, stepId)) return fail(`There is no step '${stepId}'`);
  const steps = state.definition.steps.map((s) => {
    if (s.id !== stepId) return s;
    const next: TStep = { ...s, ...patch };
    if (!next.description) delete next.description;
    return next;
  });
  return ok(withSteps(state, steps));
}

export function renameStep(state: TEditorState, stepId: string, title: string): TEditResult {
  return updateStep(state, stepId, { title });
}

export function removeStep(state: TEditorState, stepId: string): TEditResult<{ flagged: string[] }> {
  const { definition } = state;
  const step = findStep(definition, stepId);
  if (!step) return fail(`There is no step '${stepId}'`);
  if (definition.steps.length === 1) return fail(`'${stepTitle(definition, stepId)}' is the only step; a form needs at least one`);
  const removedKeys = new Set(step.fields.map((f) => f.key));
  const actsOnStep = (r: TLogicRule) =>
    r.fromStepId === stepId || ((r.action.type === "show_step" || r.action.type === "hide_step" || r.action.type === "jump_to_step") && r.action.stepId === stepId);
  const kept = withSteps(state, definition.steps.filter((s) => s.id !== stepId));
  const cleaned = dropFieldRefs({ ...kept, definition: { ...kept.definition, logic: kept.definition.logic.filter((r) => !actsOnStep(r)) } }, removedKeys);
  const readsRemoved = (when: TLogicRule["when"]) => conditionRefs(when).some((ref) => removedKeys.has(ref));
  const flagged = [
    ...cleaned.definition.logic.filter((r) => readsRemoved(r.when)).map((r) => r.id),
    ...cleaned.scoring.rules.filter((r) => readsRemoved(r.when)).map((r) => r.id),
    ...cleaned.scoring.knockouts.filter((k) => readsRemoved(k.when)).map((k) => k.id),
  ];
  return ok(cleaned, { flagged });
}
