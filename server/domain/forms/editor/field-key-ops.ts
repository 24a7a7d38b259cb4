// Renaming a question's key. The key names the answer everywhere (the lead's answers, CSV columns,
// routing conditions, the API and webhooks), so the editor only offers this before the question is
// part of a published version; this operation renames the key and every reference to it in the
// draft: logic conditions and show/hide targets, option points, scoring rules and knock-outs, the
// free-mail penalty and the deal value. A hidden field that took its value from the URL parameter
// named by its old key keeps reading that parameter (its source is pinned to the old key).
// A key a published version gave to a question the draft no longer has is not taken again: leads
// keep that question's answers under it, and they would read as answers to the renamed question
// (the automatic key after a relabel avoids these keys the same way, key-after-relabel.ts).
import type { TCondition } from "../../conditions/condition";
import type { TScoringModel } from "../../scoring/model";
import { allFields, ZField, type TField, type TLogicRule } from "../definition";
import { fail, locateField, ok, slugKey, withSteps, type TEditorState, type TEditResult } from "./editor-state";

/**
 * Why `newKey` cannot replace `oldKey` (null when it can, or when nothing changes).
 * `publishedKeys`: every key in a published version of this form (the builder's editor.publishedKeys).
 */
export function fieldKeyProblem(state: TEditorState, oldKey: string, newKey: string, publishedKeys: ReadonlySet<string> = NONE): string | null {
  if (newKey === oldKey) return null;
  if (newKey.trim() === "") return "Enter a key";
  const parsed = ZField.shape.key.safeParse(newKey);
  if (!parsed.success) {
    if (newKey.length > 64) return "Use at most 64 characters";
    const suggestion = slugKey(newKey, "");
    const hint = ZField.shape.key.safeParse(suggestion).success && suggestion !== oldKey && !allFields(state.definition).some((f) => f.key === suggestion) ? `, e.g. ${suggestion}` : "";
    return `Use lowercase letters, digits and _ (starting with a letter)${hint}`;
  }
  const other = allFields(state.definition).find((f) => f.key === newKey);
  if (other) return `Another question already uses the key '${newKey}'`;
  if (publishedKeys.has(newKey)) {
    return `The key '${newKey}' belonged to a question that was published and has since been removed; leads keep its answers under that key, so they would read as answers to this question. Choose another key`;
  }
  return null;
}

const NONE: ReadonlySet<string> = new Set();

export function renameFieldKey(state: TEditorState, oldKey: string, newKey: string, publishedKeys: ReadonlySet<string> = NONE): TEditResult<{ key: string }> {
  const at = locateField(state.definition, oldKey);
  if (!at) return fail(`There is no question '${oldKey}'`);
  // Nothing to rename: the same state (no undo step).
  if (newKey === oldKey) return ok(state, { key: oldKey });
  const problem = fieldKeyProblem(state, oldKey, newKey, publishedKeys);
  if (problem) return fail(problem);

  const renameField = (f: TField): TField => {
    if (f.key !== oldKey) return f;
    const next: TField = { ...f, key: newKey };
    if (f.type === "hidden" && !f.source) next.source = oldKey;
    return next;
  };
  const steps = state.definition.steps.map((s, i) => (i === at.stepIndex ? { ...s, fields: s.fields.map(renameField) } : s));
  const rename = (key: string) => (key === oldKey ? newKey : key);
  const renamed = withSteps(state, steps);
  const logic = renamed.definition.logic.map((r) => renameInRule(r, oldKey, newKey));
  return ok({ definition: { ...renamed.definition, logic }, scoring: renameInScoring(state.scoring, rename, oldKey, newKey) }, { key: newKey });
}

/** The condition with every rule reading `oldKey` reading `newKey` instead. */
export function renameConditionRef(condition: TCondition, oldKey: string, newKey: string): TCondition {
  if (condition.kind === "rule") return condition.ref === oldKey ? { ...condition, ref: newKey } : condition;
  return { ...condition, conditions: condition.conditions.map((c) => renameConditionRef(c, oldKey, newKey)) };
}

function renameInRule(rule: TLogicRule, oldKey: string, newKey: string): TLogicRule {
  const when = renameConditionRef(rule.when, oldKey, newKey);
  const action = (rule.action.type === "show_field" || rule.action.type === "hide_field") && rule.action.fieldKey === oldKey ? { ...rule.action, fieldKey: newKey } : rule.action;
  return { ...rule, when, action };
}

function renameInScoring(scoring: TScoringModel, rename: (key: string) => string, oldKey: string, newKey: string): TScoringModel {
  const next: TScoringModel = {
    ...scoring,
    optionPoints: scoring.optionPoints.map((p) => ({ ...p, fieldKey: rename(p.fieldKey) })),
    rules: scoring.rules.map((r) => ({ ...r, when: renameConditionRef(r.when, oldKey, newKey) })),
    knockouts: scoring.knockouts.map((k) => ({ ...k, when: renameConditionRef(k.when, oldKey, newKey) })),
  };
  if (scoring.freeEmail) next.freeEmail = { ...scoring.freeEmail, fieldKey: rename(scoring.freeEmail.fieldKey) };
  if (scoring.dealValue) {
    const deal = { ...scoring.dealValue, fromOptions: scoring.dealValue.fromOptions.map((o) => ({ ...o, fieldKey: rename(o.fieldKey) })) };
    if (deal.fromField !== undefined) deal.fromField = rename(deal.fromField);
    next.dealValue = deal;
  }
  return next;
}
