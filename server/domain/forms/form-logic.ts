// Form logic: which questions and steps a prospect sees, where the form goes after a step, and
// which answers count. One implementation for the hosted page, the editor preview and the API:
// createFormLogic takes the condition evaluator (the hosted page's may lack the free-mail list
// until it loads); logic.ts binds the server's.
//
// Decisions:
// - show_field / show_step: hidden unless one of its show rules holds (several show rules: any).
//   hide_field / hide_step: shown unless one of its hide rules holds. Both kinds may combine.
// - A field inside a hidden step is hidden. Statement fields are visible (they take no answer).
//   Hidden-type fields (filled from the page URL) always count as visible and active.
// - Only answers that count are seen by conditions: the answers of active fields (visible and on
//   the path) and of hidden-type fields. A stale answer left in a question that was later hidden
//   or skipped never changes what comes next. The path is walked in order, so a condition sees
//   the answers given before the point where it is checked.
// - After a step: the first matching end_form rule of that step ends the form with its outcome;
//   else the first matching jump_to_step rule continues at its step (if that step is hidden, at
//   the next visible step after it); else the next visible step; none left → end, outcome null.
//   Rules pointing to unknown steps are ignored; an unknown current step ends the form.
// - stepPath stops when a step would be visited twice (a backward jump loop).
import type { TCondition, TResolve, TResolvedValue } from "../conditions/condition";
import type { TEvaluateCondition } from "../conditions/condition-evaluator";
import type { TFormDefinition, TLogicRule, TStep } from "./definition";
import { allFields } from "./form-fields";

/**
 * Answers as held by a form (react-hook-form values, raw or validated answers): field key →
 * value; missing, null or undefined mean unanswered. Values other than text, numbers, booleans
 * and lists of text (objects, lists of numbers …) are read as unanswered.
 */
export type TAnswersLike = Readonly<Record<string, unknown>>;
export type TNextStep = { type: "step"; stepId: string } | { type: "end"; outcomeId: string | null };
export interface TStepPath {
  stepIds: string[];
  endOutcomeId: string | null;
}
type TLogicDefinition = Pick<TFormDefinition, "steps" | "logic">;

export interface TFormLogic {
  visibleFieldKeys(definition: TLogicDefinition, answers: TAnswersLike): Set<string>;
  isStepVisible(definition: TLogicDefinition, stepId: string, answers: TAnswersLike): boolean;
  nextStep(definition: TLogicDefinition, currentStepId: string, answers: TAnswersLike): TNextStep;
  stepPath(definition: TLogicDefinition, answers: TAnswersLike): TStepPath;
  /** Fields that may carry answers: visible and on the path, plus hidden-type fields. */
  activeFieldKeys(definition: TLogicDefinition, answers: TAnswersLike): Set<string>;
  /** The answers that count (those of active fields), for evaluating conditions elsewhere. */
  countedAnswers(definition: TLogicDefinition, answers: TAnswersLike): Record<string, TResolvedValue>;
}

/** Whether any logic rule asks is_work_email / is_free_email (it then needs the free-mail list). */
export function readsFreeEmailList(definition: Pick<TFormDefinition, "logic">): boolean {
  const reads = (c: TCondition): boolean => (c.kind === "group" ? c.conditions.some(reads) : c.operator === "is_work_email" || c.operator === "is_free_email");
  return definition.logic.some((rule) => reads(rule.when));
}

export function createFormLogic(evaluateCondition: TEvaluateCondition): TFormLogic {
  function visibleFieldKeys(definition: TLogicDefinition, answers: TAnswersLike): Set<string> {
    const resolve = resolverOf(walk(definition, answers).known);
    const keys = new Set<string>();
    for (const step of definition.steps) {
      const isShown = isStepShown(definition.logic, step.id, resolve);
      for (const field of step.fields) {
        if (field.type === "hidden" || (isShown && isFieldShown(definition.logic, field.key, resolve))) keys.add(field.key);
      }
    }
    return keys;
  }

  function isStepVisible(definition: TLogicDefinition, stepId: string, answers: TAnswersLike): boolean {
    const step = definition.steps.find((s) => s.id === stepId);
    if (!step) return false;
    const resolve = resolverOf(walk(definition, answers).known);
    return isStepShown(definition.logic, stepId, resolve) && asksSomething(definition, step, resolve);
  }

  function nextStep(definition: TLogicDefinition, currentStepId: string, answers: TAnswersLike): TNextStep {
    return nextStepWith(definition, currentStepId, resolverOf(walk(definition, answers).known));
  }

  function stepPath(definition: TLogicDefinition, answers: TAnswersLike): TStepPath {
    const { stepIds, endOutcomeId } = walk(definition, answers);
    return { stepIds, endOutcomeId };
  }

  function activeFieldKeys(definition: TLogicDefinition, answers: TAnswersLike): Set<string> {
    return walk(definition, answers).activeKeys;
  }

  function countedAnswers(definition: TLogicDefinition, answers: TAnswersLike): Record<string, TResolvedValue> {
    return walk(definition, answers).known;
  }

  function walk(definition: TLogicDefinition, answers: TAnswersLike): TWalk {
    const known: Record<string, TResolvedValue> = {};
    const activeKeys = new Set<string>();
    const take = (key: string) => {
      activeKeys.add(key);
      if (Object.hasOwn(answers, key)) known[key] = asResolved(answers[key]);
    };
    for (const field of allFields(definition)) if (field.type === "hidden") take(field.key);

    const resolve = resolverOf(known);
    const stepIds: string[] = [];
    let endOutcomeId: string | null = null;
    const start = firstStep(definition, resolve);
    if (start.type === "end") return { stepIds, endOutcomeId: start.outcomeId, activeKeys, known };
    let current = definition.steps.find((s) => s.id === start.stepId);
    while (current && !stepIds.includes(current.id)) {
      stepIds.push(current.id);
      for (const field of current.fields) {
        if (field.type !== "hidden" && isFieldShown(definition.logic, field.key, resolve)) take(field.key);
      }
      const next = nextStepWith(definition, current.id, resolve);
      if (next.type === "end") {
        endOutcomeId = next.outcomeId;
        break;
      }
      current = definition.steps.find((s) => s.id === next.stepId);
    }
    return { stepIds, endOutcomeId, activeKeys, known };
  }

  /**
   * The next step to show. A step whose questions the logic all hides is passed through, not shown
   * empty: its own end and jump rules still apply (they read earlier answers), as if it had been
   * answered. A loop of such steps ends the form.
   */
  function nextStepWith(definition: TLogicDefinition, currentStepId: string, resolve: TResolve): TNextStep {
    const passed = new Set([currentStepId]);
    let next = nextStepByRules(definition, currentStepId, resolve);
    while (next.type === "step") {
      const stepId = next.stepId;
      const step = definition.steps.find((s) => s.id === stepId);
      if (!step || asksSomething(definition, step, resolve)) return next;
      if (passed.has(stepId)) return { type: "end", outcomeId: null };
      passed.add(stepId);
      next = nextStepByRules(definition, stepId, resolve);
    }
    return next;
  }

  /** The first step to show (the first step the rules show, passed through when it shows nothing). */
  function firstStep(definition: TLogicDefinition, resolve: TResolve): TNextStep {
    const first = firstVisibleStep(definition, 0, resolve);
    if (!first) return { type: "end", outcomeId: null };
    return asksSomething(definition, first, resolve) ? { type: "step", stepId: first.id } : nextStepWith(definition, first.id, resolve);
  }

  /** Whether the step shows anything: it has no visible-type fields at all, or the logic shows one of them. */
  function asksSomething(definition: TLogicDefinition, step: TStep, resolve: TResolve): boolean {
    const asked = step.fields.filter((field) => field.type !== "hidden");
    return asked.length === 0 || asked.some((field) => isFieldShown(definition.logic, field.key, resolve));
  }

  function nextStepByRules(definition: TLogicDefinition, currentStepId: string, resolve: TResolve): TNextStep {
    const index = definition.steps.findIndex((s) => s.id === currentStepId);
    if (index < 0) return { type: "end", outcomeId: null };
    const fromHere = definition.logic.filter((r) => r.fromStepId === currentStepId);
    for (const rule of fromHere) {
      if (rule.action.type === "end_form" && evaluateCondition(rule.when, resolve)) return { type: "end", outcomeId: rule.action.outcomeId };
    }
    for (const rule of fromHere) {
      if (rule.action.type !== "jump_to_step") continue;
      const targetId = rule.action.stepId;
      const target = definition.steps.findIndex((s) => s.id === targetId);
      if (target < 0 || !evaluateCondition(rule.when, resolve)) continue;
      return toNext(firstVisibleStep(definition, target, resolve));
    }
    return toNext(firstVisibleStep(definition, index + 1, resolve));
  }

  function firstVisibleStep(definition: TLogicDefinition, fromIndex: number, resolve: TResolve): TStep | undefined {
    return definition.steps.slice(fromIndex).find((s) => isStepShown(definition.logic, s.id, resolve));
  }

  function isStepShown(logic: readonly TLogicRule[], stepId: string, resolve: TResolve): boolean {
    return isShown(logic, resolve, (r) => (r.action.type === "show_step" || r.action.type === "hide_step") && r.action.stepId === stepId);
  }

  function isFieldShown(logic: readonly TLogicRule[], fieldKey: string, resolve: TResolve): boolean {
    return isShown(logic, resolve, (r) => (r.action.type === "show_field" || r.action.type === "hide_field") && r.action.fieldKey === fieldKey);
  }

  function isShown(logic: readonly TLogicRule[], resolve: TResolve, targets: (rule: TLogicRule) => boolean): boolean {
    const rules = logic.filter(targets);
    const showRules = rules.filter((r) => r.action.type === "show_field" || r.action.type === "show_step");
    const hideRules = rules.filter((r) => r.action.type === "hide_field" || r.action.type === "hide_step");
    if (showRules.length > 0 && !showRules.some((r) => evaluateCondition(r.when, resolve))) return false;
    return !hideRules.some((r) => evaluateCondition(r.when, resolve));
  }

  return { visibleFieldKeys, isStepVisible, nextStep, stepPath, activeFieldKeys, countedAnswers };
}

function toNext(step: TStep | undefined): TNextStep {
  return step ? { type: "step", stepId: step.id } : { type: "end", outcomeId: null };
}

interface TWalk extends TStepPath {
  activeKeys: Set<string>;
  known: Record<string, TResolvedValue>;
}

function resolverOf(known: Readonly<Record<string, TResolvedValue>>): TResolve {
  return (ref) => (Object.hasOwn(known, ref) ? known[ref] : undefined);
}

function asResolved(value: unknown): TResolvedValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return value as TResolvedValue;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  return undefined;
}
