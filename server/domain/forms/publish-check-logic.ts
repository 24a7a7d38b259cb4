// Publish checks of the form's logic rules and of which steps can be reached.
import type { TCondition } from "../conditions/condition";
import type { TLogicRule } from "./definition";
import { answeredRefs, checkCondition, fieldName, stepName, type TFormIndex, type TPublishProblem } from "./publish-check-context";

export function checkLogicRules(index: TFormIndex): TPublishProblem[] {
  return index.definition.logic.flatMap((rule, i) => checkRule(index, rule, `logic.${i}`));
}

function checkRule(index: TFormIndex, rule: TLogicRule, path: string): TPublishProblem[] {
  const { definition } = index;
  // Named as the builder shows it; a rule id appears nowhere in the builder.
  const name = describeRule(index, rule) ?? `The ${ordinal(definition.logic.indexOf(rule) + 1)} logic rule`;
  const problems = checkCondition(index, rule.when, `${path}.when`, name);
  const refs = answeredRefs(index, rule.when);
  const action = rule.action;
  const actionPath = `${path}.action`;

  if (action.type === "show_field" || action.type === "hide_field") {
    const target = index.fields.get(action.fieldKey);
    const verb = action.type === "show_field" ? "shows" : "hides";
    if (!target) return [...problems, { path: actionPath, message: `${name} ${verb} a question that does not exist ('${action.fieldKey}')` }];
    for (const ref of refs) {
      if (ref.position < target.position) continue;
      const message =
        ref.field.key === target.field.key
          ? `${name} checks ${fieldName(ref.field)}, the question it controls`
          : `${name} checks ${fieldName(ref.field)}, which is answered after the question it controls (${fieldName(target.field)})`;
      problems.push({ path: `${path}.when`, message, fieldKey: ref.field.key });
    }
    return problems;
  }

  if (action.type === "show_step" || action.type === "hide_step") {
    const target = index.steps.get(action.stepId);
    const verb = action.type === "show_step" ? "shows" : "hides";
    if (!target) return [...problems, { path: actionPath, message: `${name} ${verb} a step that does not exist ('${action.stepId}')` }];
    for (const ref of refs) {
      if (ref.stepIndex < target.index) continue;
      const message = `${name} checks ${fieldName(ref.field)}, which is answered after the step it controls (${stepName(definition, target.index)})`;
      problems.push({ path: `${path}.when`, message, fieldKey: ref.field.key, stepId: action.stepId });
    }
    return problems;
  }

  if (rule.fromStepId === undefined) {
    problems.push({ path: `${path}.fromStepId`, message: `${name} must say after which step it is checked` });
  }
  const from = rule.fromStepId === undefined ? undefined : index.steps.get(rule.fromStepId);
  if (rule.fromStepId !== undefined && !from) {
    problems.push({ path: `${path}.fromStepId`, message: `${name} is checked after step '${rule.fromStepId}', which does not exist` });
  }
  if (from) {
    for (const ref of refs) {
      if (ref.stepIndex <= from.index) continue;
      const message = `${name} checks ${fieldName(ref.field)}, which is answered after the step it is checked at (${stepName(definition, from.index)})`;
      problems.push({ path: `${path}.when`, message, fieldKey: ref.field.key, stepId: from.step.id });
    }
  }

  if (action.type === "end_form") {
    if (!definition.outcomes.some((o) => o.id === action.outcomeId)) {
      problems.push({ path: actionPath, message: `${name} ends the form with an outcome that does not exist ('${action.outcomeId}')` });
    }
    return problems;
  }

  const target = index.steps.get(action.stepId);
  if (!target) return [...problems, { path: actionPath, message: `${name} jumps to a step that does not exist ('${action.stepId}')` }];
  if (from && target.index <= from.index) {
    const message =
      target.index === from.index
        ? `${name} jumps from ${stepName(definition, from.index)} to itself, which would loop forever`
        : `${name} jumps back from ${stepName(definition, from.index)} to ${stepName(definition, target.index)}, which makes a loop; jumps may only go forward`;
    problems.push({ path: actionPath, message, stepId: action.stepId });
  }
  return problems;
}

/**
 * A rule as the builder shows it (under the question or step it belongs to, by what it does):
 * "The show-if rule of 'Budget'", "The jump after 'Your company'"; by position among the rules
 * of that kind there when there are several ("The 2nd jump after 'Your company'"). Null when
 * what it belongs to does not exist (the caller names it by its place in the form's rules).
 */
export function describeRule(index: TFormIndex, rule: TLogicRule): string | null {
  const action = rule.action;
  const kind = action.type.startsWith("show") ? "show-if rule" : "hide-if rule";
  const siblings = index.definition.logic.filter((r) => r.action.type === action.type && belongsTo(r) === belongsTo(rule));
  const nth = siblings.length > 1 ? `${ordinal(siblings.indexOf(rule) + 1)} ` : "";
  if (action.type === "show_field" || action.type === "hide_field") {
    const target = index.fields.get(action.fieldKey);
    return target ? `The ${nth}${kind} of ${fieldName(target.field)}` : null;
  }
  if (action.type === "show_step" || action.type === "hide_step") {
    const target = index.steps.get(action.stepId);
    return target ? `The ${nth}${kind} of ${stepName(index.definition, target.index)}` : null;
  }
  const from = rule.fromStepId === undefined ? undefined : index.steps.get(rule.fromStepId);
  if (!from) return null;
  return action.type === "jump_to_step" ? `The ${nth}jump after ${stepName(index.definition, from.index)}` : `The ${nth}end rule after ${stepName(index.definition, from.index)}`;
}

/** The question or step a rule sits under in the builder. */
function belongsTo(rule: TLogicRule): string | undefined {
  const action = rule.action;
  if (action.type === "show_field" || action.type === "hide_field") return `field:${action.fieldKey}`;
  if (action.type === "show_step" || action.type === "hide_step") return `step:${action.stepId}`;
  return `from:${rule.fromStepId ?? ""}`;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

export function checkReachability(index: TFormIndex): TPublishProblem[] {
  const { steps, logic } = index.definition;
  const visibility = steps.map((step) => stepVisibility(logic, step.id));
  /** Steps a prospect may land on when the form moves to step i (hidden steps pass on to the next). */
  const landings = (i: number): number[] => {
    const result: number[] = [];
    for (let j = i; j < steps.length; j += 1) {
      if (visibility[j] !== "never") result.push(j);
      if (visibility[j] === "always") break;
    }
    return result;
  };
  const reached = new Set<number>();
  const queue = landings(0);
  while (queue.length > 0) {
    const i = queue.shift() as number;
    if (reached.has(i)) continue;
    reached.add(i);
    queue.push(...successors(index, i).flatMap(landings));
  }
  return steps.flatMap((step, i) =>
    reached.has(i) ? [] : [{ path: `steps.${i}`, stepId: step.id, message: `Step ${stepName(index.definition, i)} can never be reached from the first step` }],
  );
}

/** Step indexes the form may move to after step i (before skipping hidden steps). */
function successors(index: TFormIndex, i: number): number[] {
  const { steps, logic } = index.definition;
  const fromHere = logic.filter((r) => r.fromStepId === steps[i]?.id);
  if (fromHere.some((r) => r.action.type === "end_form" && isAlwaysTrue(r.when))) return [];
  const next: number[] = [];
  for (const rule of fromHere) {
    const action = rule.action;
    if (action.type !== "jump_to_step" || isAlwaysFalse(rule.when)) continue;
    const target = steps.findIndex((s) => s.id === action.stepId);
    if (target < 0) continue;
    next.push(target);
    if (isAlwaysTrue(rule.when)) return next;
  }
  return [...next, i + 1];
}

function stepVisibility(logic: readonly TLogicRule[], stepId: string): "always" | "maybe" | "never" {
  const rules = logic.filter((r) => (r.action.type === "show_step" || r.action.type === "hide_step") && r.action.stepId === stepId);
  if (rules.length === 0) return "always";
  const shows = rules.filter((r) => r.action.type === "show_step");
  const hides = rules.filter((r) => r.action.type === "hide_step");
  if (hides.some((r) => isAlwaysTrue(r.when))) return "never";
  if (shows.length > 0 && shows.every((r) => isAlwaysFalse(r.when))) return "never";
  return "maybe";
}

function isAlwaysTrue(c: TCondition): boolean {
  if (c.kind === "rule") return false;
  return c.op === "and" ? c.conditions.every(isAlwaysTrue) : c.conditions.some(isAlwaysTrue);
}

function isAlwaysFalse(c: TCondition): boolean {
  if (c.kind === "rule") return false;
  return c.op === "or" ? c.conditions.every(isAlwaysFalse) : c.conditions.some(isAlwaysFalse);
}
