// What still compares an option once it is gone from its question. removeOption drops the option's
// points and deal amount but keeps the conditions that compare it (dropping a condition would
// silently widen or narrow its rule); changeOptionValue rewrites them, so a dangling option comes
// from a removal (or a value typed elsewhere). Publish refuses such a condition, naming the rule and
// the option (publish-check-context.ts, missingOptionValues; here removedOptionValues, the same test
// for questions with an option list only — a yes/no question's true/false is no removed option); the builder
// says so at the removal, marks the rule on the canvas and reads the condition as "Your role is a
// removed option (option_1)" instead of the bare stored value. Pure: the builder and its tests call it.
import type { TCondition } from "../../conditions/condition";
import { conditionRules } from "../../conditions/evaluate-condition";
import type { TFormDefinition } from "../definition";
import { indexForm, removedOptionValues } from "../publish-check-context";
import type { TEditorState } from "./editor-state";
import { rulesWhose, stillChecking } from "./removed-question-refs";

export interface TRemovedOptionRef {
  /** The question's key. */
  ref: string;
  /** The question's label. */
  label: string;
  /** The compared value no option of that question has. */
  value: string;
}

/** Options a condition compares that its (existing) question no longer has, once each, in order. */
export function removedOptionsOf(definition: TFormDefinition, when: TCondition): TRemovedOptionRef[] {
  const index = indexForm(definition);
  const found = new Map<string, TRemovedOptionRef>();
  for (const rule of conditionRules(when)) {
    const field = index.fields.get(rule.ref)?.field;
    if (!field) continue;
    for (const value of removedOptionValues(field, rule)) found.set(`${rule.ref}\u0000${value}`, { ref: rule.ref, label: field.label, value });
  }
  return [...found.values()];
}

/** How the builder reads a compared value that is no option any more: "a removed option (option_1)". */
export function removedOptionPhrase(value: string): string {
  return `a removed option (${value})`;
}

/** The canvas marker's words: "a removed option of 'Your role' (option_1)", several joined by commas, each once; null for none. */
export function removedOptionsText(refs: readonly TRemovedOptionRef[]): string | null {
  const texts = [...new Set(refs.map((o) => `a removed option of '${o.label}' (${o.value})`))];
  return texts.length === 0 ? null : texts.join(", ");
}

/** The rules whose conditions compare option `value` of question `fieldKey` that it no longer has. */
export function rulesCheckingOption(state: TEditorState, fieldKey: string, value: string): string[] {
  return rulesWhose(state, (when) => removedOptionsOf(state.definition, when).some((o) => o.ref === fieldKey && o.value === value));
}

/**
 * The notice after removing the option labelled `option` of the question labelled `question`: null
 * when no rule compares it, else which rules still do and what to do.
 */
export function removedOptionNotice(option: string, question: string, rules: readonly string[]): string | null {
  if (rules.length === 0) return null;
  return `The option “${option}” of “${question}” is removed, but ${stillChecking(rules)} — or press Undo to bring the option back.`;
}
