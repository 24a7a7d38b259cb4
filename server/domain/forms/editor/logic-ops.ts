// Editor operations on logic rules (show/hide a field or step, jump after a step, end early), and
// which rules belong on a field's or a step's settings.
import type { TCondition } from "../../conditions/condition";
import type { TFormDefinition, TLogicAction, TLogicRule } from "../definition";
import { fail, nextId, ok, type TEditorState, type TEditResult } from "./editor-state";

const ALWAYS: TCondition = { kind: "group", op: "and", conditions: [] };

export interface TNewLogicRule {
  action: TLogicAction;
  when?: TCondition;
  /** Required by jump_to_step and end_form: the step after which the rule is checked. */
  fromStepId?: string;
}

export function addLogicRule(state: TEditorState, input: TNewLogicRule): TEditResult<{ ruleId: string }> {
  const { definition } = state;
  if (definition.logic.length >= 300) return fail("A form has at most 300 logic rules");
  const needsFrom = input.action.type === "jump_to_step" || input.action.type === "end_form";
  if (needsFrom && !input.fromStepId) return fail("Jump and end rules need the step after which they are checked");
  const ruleId = nextId("rule", definition.logic.map((r) => r.id));
  const rule: TLogicRule = { id: ruleId, when: input.when ?? ALWAYS, action: input.action, ...(needsFrom ? { fromStepId: input.fromStepId } : {}) };
  return ok({ ...state, definition: { ...definition, logic: [...definition.logic, rule] } }, { ruleId });
}

export function updateLogicRule(state: TEditorState, ruleId: string, patch: Partial<Omit<TLogicRule, "id">>): TEditResult {
  const { definition } = state;
  if (!definition.logic.some((r) => r.id === ruleId)) return fail(`There is no rule '${ruleId}'`);
  const logic = definition.logic.map((r) => {
    if (r.id !== ruleId) return r;
    const next: TLogicRule = { ...r, ...patch };
    if (next.action.type !== "jump_to_step" && next.action.type !== "end_form") delete next.fromStepId;
    return next;
  });
  return ok({ ...state, definition: { ...definition, logic } });
}

export function removeLogicRule(state: TEditorState, ruleId: string): TEditResult {
  const { definition } = state;
  if (!definition.logic.some((r) => r.id === ruleId)) return fail(`There is no rule '${ruleId}'`);
  return ok({ ...state, definition: { ...definition, logic: definition.logic.filter((r) => r.id !== ruleId) } });
}

/** Rules that show or hide this field (edited on the field's settings). */
export function rulesForField(definition: TFormDefinition, fieldKey: string): TLogicRule[] {
  return definition.logic.filter((r) => (r.action.type === "show_field" || r.action.type === "hide_field") && r.action.fieldKey === fieldKey);
}

/** Rules that show or hide this step, and the jump/end rules checked after it (edited on the step). */
export function rulesForStep(definition: TFormDefinition, stepId: string): TLogicRule[] {
  return definition.logic.filter(
    (r) => ((r.action.type === "show_step" || r.action.type === "hide_step") && r.action.stepId === stepId) || r.fromStepId === stepId,
  );
}
