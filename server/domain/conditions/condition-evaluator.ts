// The one condition evaluator: form logic on the hosted page, the live score in the editor
// preview and the server all call this. Pure; `resolve` supplies the value behind each ref.
// The free-mail list is given, not imported (createConditionEvaluator): the server binds the full
// list (evaluate-condition.ts); the hosted page loads it lazily, and only for forms whose logic
// asks is_work_email / is_free_email (it weighs more than the rest of the page's code).
//
// Semantics (kept in one place so every caller agrees):
// - Groups: "and" needs every condition, "or" any. An empty "and" is true, an empty "or" false.
// - Empty answer: undefined, null, a blank string (after trimming) or an empty list. `false` is
//   an answer (an unticked consent), not empty.
// - Yes/no: "yes", true and "true" are the same answer, and "no", false and "false" (any case), so
//   a rule stored as true matches a yes/no question's "yes" and a boolean answer (a lead sent
//   without a form) matches "yes" (yes-no-word.ts). Anything else never equals a yes/no word.
// - Strings compare trimmed and case-insensitively. When one side is a number and both sides
//   read as numbers, equality is numeric ("50000" equals 50000, "5e4" too).
// - List answers (multiple choice): equals / is_any_of hold when any selected value matches any
//   expected value; contains holds when the list includes the value; starts_with when any item
//   starts with it; is_none_of / not_equals hold when no selected value matches.
// - Negations (not_equals, is_none_of, is_not_empty) are exact negations, so an unanswered
//   question "is not" anything and "is none of" anything.
// - gt / gte / lt / lte / between compare numbers; numeric strings are coerced (" 42 " → 42);
//   anything else (text, lists, booleans, empty) makes them false. between is inclusive,
//   [min, max]; the bounds may be given in either order; a malformed value makes it false.
// - contains / starts_with on text: substring / prefix, case-insensitive; an empty needle is false.
// - is_work_email: a valid-looking address whose domain is not free-mail; is_free_email: a
//   valid-looking free-mail address. Both are false for empty answers and non-addresses, and
//   while the list is not at hand (isFreeEmailDomain null: the hosted page before it loaded).
// - An equals/is_any_of rule without a value is false (nothing to match).
import type { TCondition, TConditionRule, TResolve, TResolvedValue, TScalar } from "./condition";
import { emailDomain } from "./email-address";
import { yesNoWord } from "./yes-no-word";

type TRuleValue = TConditionRule["value"];
/** Whether a (lower-cased) email domain is a free-mail or disposable provider. */
export type TIsFreeEmailDomain = (domain: string) => boolean;
export type TEvaluateCondition = (condition: TCondition, resolve: TResolve) => boolean;
export type TEvaluateRule = (rule: Pick<TConditionRule, "operator" | "value">, answer: TResolvedValue) => boolean;
export interface TConditionEvaluator {
  evaluateCondition: TEvaluateCondition;
  evaluateRule: TEvaluateRule;
}

/** The evaluator with a free-mail list; null while the list is not at hand (email operators false). */
export function createConditionEvaluator(isFreeEmailDomain: TIsFreeEmailDomain | null): TConditionEvaluator {
  const evaluateRule: TEvaluateRule = (rule, answer) => evaluateRuleWith(rule, answer, isFreeEmailDomain);
  const evaluateCondition: TEvaluateCondition = (condition, resolve) => {
    if (condition.kind === "group") {
      return condition.op === "and"
        ? condition.conditions.every((c) => evaluateCondition(c, resolve))
        : condition.conditions.some((c) => evaluateCondition(c, resolve));
    }
    return evaluateRule(condition, resolve(condition.ref));
  };
  return { evaluateCondition, evaluateRule };
}

function evaluateRuleWith(rule: Pick<TConditionRule, "operator" | "value">, answer: TResolvedValue, isFreeEmailDomain: TIsFreeEmailDomain | null): boolean {
  const expected = expectedList(rule.value);
  switch (rule.operator) {
    case "equals":
    case "is_any_of":
      return matchesAny(answer, expected);
    case "not_equals":
    case "is_none_of":
      return !matchesAny(answer, expected);
    case "contains":
      return textTest(answer, rule.value, (item, needle) => item.includes(needle), true);
    case "starts_with":
      return textTest(answer, rule.value, (item, needle) => item.startsWith(needle), false);
    case "gt":
      return compareNumbers(answer, rule.value, (a, b) => a > b);
    case "gte":
      return compareNumbers(answer, rule.value, (a, b) => a >= b);
    case "lt":
      return compareNumbers(answer, rule.value, (a, b) => a < b);
    case "lte":
      return compareNumbers(answer, rule.value, (a, b) => a <= b);
    case "between":
      return isBetween(answer, rule.value);
    case "is_empty":
      return isEmptyAnswer(answer);
    case "is_not_empty":
      return !isEmptyAnswer(answer);
    case "is_work_email":
      return emailKind(answer, isFreeEmailDomain) === "work";
    case "is_free_email":
      return emailKind(answer, isFreeEmailDomain) === "free";
  }
}

export function isEmptyAnswer(answer: TResolvedValue): boolean {
  if (answer === undefined || answer === null) return true;
  if (typeof answer === "string") return answer.trim() === "";
  if (Array.isArray(answer)) return answer.length === 0;
  return false;
}

/** A finite number from a number or a numeric string; null otherwise. */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

function normalize(value: TScalar): string {
  return String(value).trim().toLowerCase();
}

function expectedList(value: TRuleValue): TScalar[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function answerItems(answer: TResolvedValue): TScalar[] {
  if (isEmptyAnswer(answer)) return [];
  return Array.isArray(answer) ? answer : [answer as TScalar];
}

function scalarEquals(a: TScalar, b: TScalar): boolean {
  const yesNoA = yesNoWord(a);
  const yesNoB = yesNoWord(b);
  if (yesNoA !== null || yesNoB !== null) return yesNoA === yesNoB;
  if (typeof a === "number" || typeof b === "number") {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x !== null && y !== null) return x === y;
  }
  return normalize(a) === normalize(b);
}

function matchesAny(answer: TResolvedValue, expected: TScalar[]): boolean {
  return answerItems(answer).some((item) => expected.some((e) => scalarEquals(item, e)));
}

function textTest(answer: TResolvedValue, value: TRuleValue, test: (item: string, needle: string) => boolean, isListMembership: boolean): boolean {
  if (value === undefined || Array.isArray(value)) return false;
  const needle = normalize(value);
  if (needle === "") return false;
  if (Array.isArray(answer)) {
    return isListMembership ? answer.some((item) => scalarEquals(item, value)) : answer.some((item) => test(normalize(item), needle));
  }
  if (isEmptyAnswer(answer)) return false;
  return test(normalize(answer as TScalar), needle);
}

function compareNumbers(answer: TResolvedValue, value: TRuleValue, compare: (a: number, b: number) => boolean): boolean {
  if (Array.isArray(answer) || Array.isArray(value)) return false;
  const a = toNumber(answer);
  const b = toNumber(value);
  return a !== null && b !== null && compare(a, b);
}

function isBetween(answer: TResolvedValue, value: TRuleValue): boolean {
  if (!Array.isArray(value) || value.length !== 2 || Array.isArray(answer)) return false;
  const a = toNumber(answer);
  const x = toNumber(value[0]);
  const y = toNumber(value[1]);
  if (a === null || x === null || y === null) return false;
  return a >= Math.min(x, y) && a <= Math.max(x, y);
}

function emailKind(answer: TResolvedValue, isFreeEmailDomain: TIsFreeEmailDomain | null): "work" | "free" | null {
  if (typeof answer !== "string" || isFreeEmailDomain === null) return null;
  const domain = emailDomain(answer);
  if (domain === null) return null;
  return isFreeEmailDomain(domain) ? "free" : "work";
}

/** Every rule of the condition (its groups flattened), in order. */
export function conditionRules(condition: TCondition): TConditionRule[] {
  return condition.kind === "rule" ? [condition] : condition.conditions.flatMap(conditionRules);
}

/** Every ref the condition reads, each once, in order of first use. */
export function conditionRefs(condition: TCondition): string[] {
  return [...new Set(conditionRules(condition).map((rule) => rule.ref))];
}
