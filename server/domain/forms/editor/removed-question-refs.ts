// What still checks a question once it is removed from the draft. removeField drops the rules that
// act on the question and its scoring entries, but keeps the conditions of other rules that read it
// (dropping a condition would silently widen or narrow that rule). Such a rule reads an answer no
// prospect can give and publish refuses it; the builder says so at the removal, names the rules and
// marks them on the canvas, instead of only at publish. Pure: the builder and its tests call it.
import { conditionRefs } from "../../conditions/condition-evaluator";
import type { TCondition } from "../../conditions/condition";
import type { TFormDefinition, TLogicRule } from "../definition";
import { indexForm } from "../publish-check-context";
import { describeRule, ordinal } from "../publish-check-logic";
import type { TEditorState } from "./editor-state";

/** The rules (logic, scoring rules, knock-outs) whose conditions read `key`, named as publish names them. */
export function rulesCheckingKey(state: TEditorState, key: string): string[] {
  return rulesWhose(state, (when) => conditionRefs(when).includes(key));
}

/** The rules (logic, scoring rules, knock-outs) whose condition `reads`, named as publish names them. */
export function rulesWhose(state: TEditorState, reads: (when: TCondition) => boolean): string[] {
  const index = indexForm(state.definition);
  return [
    ...state.definition.logic.flatMap((rule, i) => (reads(rule.when) ? [describeRule(index, rule) ?? `The ${ordinal(i + 1)} logic rule`] : [])),
    ...state.scoring.rules.flatMap((rule) => (reads(rule.when) ? [`Scoring rule '${rule.label}'`] : [])),
    ...state.scoring.knockouts.flatMap((knockout) => (reads(knockout.when) ? [`Knock-out '${knockout.label}'`] : [])),
  ];
}

/** Keys a rule's condition reads that are no question of the form (a removed question), in order. */
export function missingKeysOfRule(definition: TFormDefinition, rule: Pick<TLogicRule, "when">): string[] {
  const keys = new Set(definition.steps.flatMap((s) => s.fields.map((f) => f.key)));
  return [...new Set(conditionRefs(rule.when).filter((ref) => !keys.has(ref)))];
}

/**
 * The notice after removing the question labelled `label`: null when nothing reads it any more, else
 * which rules still do and what to do ("“Your role” is removed, but the show-if rule of 'Team size'
 * still checks it: …").
 */
export function removedQuestionNotice(label: string, rules: readonly string[]): string | null {
  if (rules.length === 0) return null;
  return `“${label}” is removed, but ${stillChecking(rules)} — or press Undo to bring the question back.`;
}

/** "the show-if rule of 'X' still checks it. Publishing is refused until you change that rule" (several: "2 rules still check it (…) … those rules"). */
export function stillChecking(rules: readonly string[]): string {
  const named = rules.map((r) => r.charAt(0).toLowerCase() + r.slice(1));
  const who = named.length === 1 ? `${named[0]} still checks it` : `${named.length} rules still check it (${named.join("; ")})`;
  return `${who}. Publishing is refused until you change ${named.length === 1 ? "that rule" : "those rules"}`;
}

/**
 * The live region's words at the removal ("Removed question “Your role”. 2 rules still refer to
 * it. Undo available."): `ruleCount` rules still read it (rulesCheckingKey).
 */
export function removedQuestionAnnouncement(label: string, ruleCount: number): string {
  const rules = ruleCount === 0 ? "" : ` ${ruleCount} ${ruleCount === 1 ? "rule still refers" : "rules still refer"} to it.`;
  return `Removed question “${label}”.${rules} Undo available.`;
}

/**
 * The live region's words at a step's deletion, in the style of a question's ("Removed step 2
 * “Company”. 1 rule still refers to its questions. Undo available."): `position` counts from 1,
 * `title` as the canvas shows it, `ruleCount` rules still read its questions.
 */
export function removedStepAnnouncement(position: number, title: string, ruleCount: number): string {
  const rules = ruleCount === 0 ? "" : ` ${ruleCount} ${ruleCount === 1 ? "rule still refers" : "rules still refer"} to its questions.`;
  return `Removed step ${position} “${title}”.${rules} Undo available.`;
}
