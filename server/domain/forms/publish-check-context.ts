// Shared by the publish checks: where each field and step sits, how to name them for a marketer,
// and the checks every condition gets (refs exist, compared options exist: missingOptionValues,
// which the builder reads too).
import { conditionRefs } from "../conditions/evaluate-condition";
import type { TCondition, TConditionRule, TScalar } from "../conditions/condition";
import { yesNoWord } from "../conditions/yes-no-word";
import { CHOICE_FIELD_TYPES, optionsOf, type TField, type TFormDefinition, type TStep } from "./definition";

export interface TPublishProblem {
  path: string;
  message: string;
  fieldKey?: string;
  stepId?: string;
}

export interface TFieldPlace {
  field: TField;
  stepIndex: number;
  /** Position in the whole form, in order of appearance. */
  position: number;
  path: string;
}

export interface TFormIndex {
  definition: TFormDefinition;
  /** First field with each key. */
  fields: Map<string, TFieldPlace>;
  /** First step with each id. */
  steps: Map<string, { step: TStep; index: number }>;
}

export function indexForm(definition: TFormDefinition): TFormIndex {
  const fields = new Map<string, TFieldPlace>();
  const steps = new Map<string, { step: TStep; index: number }>();
  let position = 0;
  definition.steps.forEach((step, stepIndex) => {
    if (!steps.has(step.id)) steps.set(step.id, { step, index: stepIndex });
    step.fields.forEach((field, j) => {
      if (!fields.has(field.key)) fields.set(field.key, { field, stepIndex, position, path: `steps.${stepIndex}.fields.${j}` });
      position += 1;
    });
  });
  return { definition, fields, steps };
}

/** 'Company size' */
export function fieldName(field: Pick<TField, "label">): string {
  return `'${field.label}'`;
}

/** 'Your company' or 'Step 2' when the step has no title. */
export function stepName(definition: TFormDefinition, index: number): string {
  const step = definition.steps[index];
  return `'${step?.title?.trim() || `Step ${index + 1}`}'`;
}

/** Operators whose value is compared with a choice field's option values. */
const OPTION_OPERATORS = new Set(["equals", "not_equals", "is_any_of", "is_none_of", "contains"]);

/** Refs that are not questions of the form, and compared options a choice question lacks. */
export function checkCondition(index: TFormIndex, condition: TCondition, path: string, ruleName: string): TPublishProblem[] {
  const problems: TPublishProblem[] = [];
  const visit = (c: TCondition, at: string): void => {
    if (c.kind === "group") return c.conditions.forEach((child, i) => visit(child, `${at}.conditions.${i}`));
    const place = index.fields.get(c.ref);
    if (!place) {
      problems.push({ path: `${at}.ref`, message: `${ruleName} checks '${c.ref}', which is not a question on this form` });
      return;
    }
    const field = place.field;
    for (const value of missingOptionValues(field, c)) {
      problems.push({
        path: `${at}.value`,
        fieldKey: field.key,
        message: `${ruleName} checks option '${value}' of ${fieldName(field)}, which has no such option`,
      });
    }
  };
  visit(condition, path);
  return problems;
}

/**
 * The values a condition compares with `field`'s options that are none of them (an option removed
 * since, or a value typed by hand), in the condition's order; empty when it compares no options.
 * Publish refuses each (checkCondition). A yes/no question's answers are "yes"/"no", and a value
 * the evaluator reads as one of them (true, "false", "Yes" …: yes-no-word.ts) is no missing option.
 * Only a question with an option list can have an option removed: the builder names those "a
 * removed option (…)" (removedOptionValues).
 */
export function missingOptionValues(field: TField, rule: TConditionRule): string[] {
  const isChoice = CHOICE_FIELD_TYPES.includes(field.type) || field.type === "yes_no";
  if (!isChoice || !OPTION_OPERATORS.has(rule.operator) || rule.value === undefined) return [];
  const values = new Set(optionsOf(field).map((o) => o.value));
  const compared: TScalar[] = Array.isArray(rule.value) ? rule.value : [rule.value];
  const isOption = (value: TScalar) => (field.type === "yes_no" ? yesNoWord(value) !== null : values.has(String(value)));
  return compared.filter((value) => !isOption(value)).map(String);
}

/**
 * The compared values that name an option `field` no longer has: missingOptionValues, for a question
 * whose options are a list (single/multiple choice, dropdown, company size). A yes/no question has
 * fixed answers and no list to remove from; number, text, email, consent … compare no options.
 */
export function removedOptionValues(field: TField, rule: TConditionRule): string[] {
  return CHOICE_FIELD_TYPES.includes(field.type) ? missingOptionValues(field, rule) : [];
}

/** How a yes/no question reads a compared value: "yes"/true/"true" → Yes, "no"/false/"false" → No (any case); null for anything else. */
export function yesNoLabel(value: TScalar): "Yes" | "No" | null {
  const word = yesNoWord(value);
  return word === null ? null : word === "yes" ? "Yes" : "No";
}

/** The questions a condition reads that exist on the form (hidden-type fields excluded: they are known from the start). */
export function answeredRefs(index: TFormIndex, condition: TCondition): TFieldPlace[] {
  return conditionRefs(condition)
    .map((ref) => index.fields.get(ref))
    .filter((p): p is TFieldPlace => p !== undefined && p.field.type !== "hidden");
}
