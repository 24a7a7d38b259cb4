// Which question or step a logic rule belongs to: where the builder shows and edits it. A show-if
// or hide-if rule of a question sits in that question's settings; a show-if or hide-if rule of a
// step, and a jump or end rule checked after a step, sit in that step's settings (logic-ops.ts,
// rulesForField and rulesForStep). Publish problems about a rule select it (problemTarget), and a
// rule marked on the canvas is found by it (reveal-marked-rules.ts). Pure.
import type { TFormDefinition, TLogicRule } from "@/server/domain/forms/definition";
import { locateField } from "@/server/domain/forms/editor/editor-state";
import { removedOptionsOf } from "@/server/domain/forms/editor/removed-option-refs";

export type TRuleOwner = { kind: "field"; key: string } | { kind: "step"; id: string };

/** The question or step whose settings hold `rule`; null when it names neither that exists. */
export function ruleOwner(definition: TFormDefinition, rule: TLogicRule): TRuleOwner | null {
  const action = rule.action;
  if (action.type === "show_field" || action.type === "hide_field") {
    return locateField(definition, action.fieldKey) ? { kind: "field", key: action.fieldKey } : null;
  }
  if ((action.type === "show_step" || action.type === "hide_step") && hasStep(definition, action.stepId)) return { kind: "step", id: action.stepId };
  if (rule.fromStepId !== undefined && hasStep(definition, rule.fromStepId)) return { kind: "step", id: rule.fromStepId };
  return null;
}

/** The owner of the rule a problem's path is in ("logic.2.when.conditions.0.value" → rule 3's), or null. */
export function ruleOwnerAtPath(definition: TFormDefinition, path: string): TRuleOwner | null {
  const [head, index] = path.split(".");
  const rule = head === "logic" ? definition.logic[Number(index)] : undefined;
  return rule ? ruleOwner(definition, rule) : null;
}

/** The owners of the logic rules still comparing option `value` of question `fieldKey`, which it no longer has; once each, in rule order. */
export function ownersOfRulesComparingRemovedOption(definition: TFormDefinition, fieldKey: string, value: string): TRuleOwner[] {
  const owners = new Map<string, TRuleOwner>();
  for (const rule of definition.logic) {
    if (!removedOptionsOf(definition, rule.when).some((o) => o.ref === fieldKey && o.value === value)) continue;
    const owner = ruleOwner(definition, rule);
    if (owner) owners.set(owner.kind === "field" ? `field:${owner.key}` : `step:${owner.id}`, owner);
  }
  return [...owners.values()];
}

function hasStep(definition: TFormDefinition, stepId: string): boolean {
  return definition.steps.some((s) => s.id === stepId);
}
