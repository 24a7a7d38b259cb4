// Editor operations on a choice question's options. An option's stored value is stable: renaming
// its label never changes it (answers, logic and scoring refer to the value). Changing the value
// itself is a separate, explicit operation that rewrites every reference on this form.
import type { TCondition, TScalar } from "../../conditions/condition";
import { optionsOf, type TField, type TFieldOption } from "../definition";
import { dedupe, fail, locateField, moveItem, ok, slugKey, withSteps, type TEditorState, type TEditResult } from "./editor-state";
import { hasEditableOptions } from "./field-types";

function withOptions(state: TEditorState, fieldKey: string, change: (options: TFieldOption[], field: TField) => TFieldOption[] | string): TEditResult {
  const at = locateField(state.definition, fieldKey);
  if (!at) return fail(`There is no question '${fieldKey}'`);
  const field = state.definition.steps[at.stepIndex]!.fields[at.index]!;
  if (!hasEditableOptions(field.type)) return fail(`'${field.label}' has no options to edit`);
  // company_size starts from the built-in bands; editing them makes them the field's own.
  const next = change(optionsOf(field).map((o) => ({ ...o })), field);
  if (typeof next === "string") return fail(next);
  const steps = state.definition.steps.map((s, i) =>
    i === at.stepIndex ? { ...s, fields: s.fields.map((f) => (f.key === fieldKey ? { ...f, options: next } : f)) } : s,
  );
  return ok(withSteps(state, steps));
}

/** A stored value for a new option: from its label, unique among the field's options. */
export function optionValueFromLabel(label: string, taken: Iterable<string>): string {
  return dedupe(slugKey(label, "option", 120), taken, 120);
}

export function addOption(state: TEditorState, fieldKey: string, label?: string, index?: number): TEditResult<{ value: string }> {
  let value = "";
  const result = withOptions(state, fieldKey, (options) => {
    if (options.length >= 200) return "A question has at most 200 options";
    const at = index ?? options.length;
    if (!Number.isInteger(at) || at < 0 || at > options.length) return `Position ${at} is outside the options`;
    const text = label?.trim() || `Option ${options.length + 1}`;
    value = optionValueFromLabel(text, options.map((o) => o.value));
    return [...options.slice(0, at), { value, label: text }, ...options.slice(at)];
  });
  return result.ok ? { ...result, value } : result;
}

export function moveOption(state: TEditorState, fieldKey: string, value: string, toIndex: number): TEditResult {
  return withOptions(state, fieldKey, (options, field) => {
    const from = options.findIndex((o) => o.value === value);
    if (from < 0) return `'${field.label}' has no option '${value}'`;
    if (!Number.isInteger(toIndex) || toIndex < 0 || toIndex >= options.length) return `Position ${toIndex} is outside the options`;
    return moveItem(options, from, toIndex);
  });
}

/** Changes the label only; the stored value stays. */
export function renameOption(state: TEditorState, fieldKey: string, value: string, label: string): TEditResult {
  return withOptions(state, fieldKey, (options, field) => {
    if (!options.some((o) => o.value === value)) return `'${field.label}' has no option '${value}'`;
    return options.map((o) => (o.value === value ? { ...o, label } : o));
  });
}

/** Removes the option and its points and deal amount; conditions comparing it are reported at publish. */
export function removeOption(state: TEditorState, fieldKey: string, value: string): TEditResult {
  const result = withOptions(state, fieldKey, (options, field) => {
    if (!options.some((o) => o.value === value)) return `'${field.label}' has no option '${value}'`;
    return options.filter((o) => o.value !== value);
  });
  if (!result.ok) return result;
  const matches = (e: { fieldKey: string; optionValue: string }) => e.fieldKey === fieldKey && e.optionValue === value;
  const scoring = { ...result.state.scoring, optionPoints: result.state.scoring.optionPoints.filter((p) => !matches(p)) };
  if (scoring.dealValue) scoring.dealValue = { ...scoring.dealValue, fromOptions: scoring.dealValue.fromOptions.filter((o) => !matches(o)) };
  return ok({ ...result.state, scoring });
}

/** Changes an option's stored value and every reference to it (option points, deal amounts, conditions). */
export function changeOptionValue(state: TEditorState, fieldKey: string, value: string, nextValue: string): TEditResult {
  const trimmed = nextValue.trim();
  if (!trimmed || trimmed.length > 120) return fail("An option's stored value needs 1 to 120 characters");
  const result = withOptions(state, fieldKey, (options, field) => {
    if (!options.some((o) => o.value === value)) return `'${field.label}' has no option '${value}'`;
    if (trimmed !== value && options.some((o) => o.value === trimmed)) return `'${field.label}' already has an option stored as '${trimmed}'`;
    return options.map((o) => (o.value === value ? { ...o, value: trimmed } : o));
  });
  if (!result.ok || trimmed === value) return result;
  const swap = <T extends { fieldKey: string; optionValue: string }>(e: T): T => (e.fieldKey === fieldKey && e.optionValue === value ? { ...e, optionValue: trimmed } : e);
  const recond = (c: TCondition) => renameConditionValue(c, fieldKey, value, trimmed);
  const { definition, scoring } = result.state;
  return ok({
    definition: { ...definition, logic: definition.logic.map((r) => ({ ...r, when: recond(r.when) })) },
    scoring: {
      ...scoring,
      optionPoints: scoring.optionPoints.map(swap),
      rules: scoring.rules.map((r) => ({ ...r, when: recond(r.when) })),
      knockouts: scoring.knockouts.map((k) => ({ ...k, when: recond(k.when) })),
      ...(scoring.dealValue ? { dealValue: { ...scoring.dealValue, fromOptions: scoring.dealValue.fromOptions.map(swap) } } : {}),
    },
  });
}

function renameConditionValue(condition: TCondition, ref: string, from: string, to: string): TCondition {
  if (condition.kind === "group") return { ...condition, conditions: condition.conditions.map((c) => renameConditionValue(c, ref, from, to)) };
  if (condition.ref !== ref || condition.value === undefined) return condition;
  const swap = (v: TScalar) => (v === from ? to : v);
  return { ...condition, value: Array.isArray(condition.value) ? condition.value.map(swap) : swap(condition.value) };
}
