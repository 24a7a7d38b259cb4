// Whether a rule's value is one its operator can use (condition-evaluator.ts's semantics): a rule
// without one is not an error to the evaluator, it just never matches — or, for the negations
// (is not, is none of), matches every lead. Routing refuses such rules at their path
// (analyze-config.ts) so that a path is never published with "Score is greater than" and nothing
// after it, which would silently send that path's leads elsewhere.
import { OPERATOR_LABELS, type TConditionRule, type TScalar } from "./condition";
import { toNumber } from "./condition-evaluator";

const isGiven = (v: TScalar) => typeof v !== "string" || v.trim() !== "";

/** What is wrong with the rule's value for its operator ("needs a number …"); null when it can be used. */
export function ruleValueProblem(rule: Pick<TConditionRule, "ref" | "operator" | "value">): string | null {
  const { operator, value } = rule;
  const what = `“${rule.ref} ${OPERATOR_LABELS[operator]}”`;
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  switch (operator) {
    case "equals":
    case "is_any_of":
      return list.some(isGiven) ? null : `${what} has no value to compare with, so it never matches: choose one`;
    case "not_equals":
    case "is_none_of":
      return list.some(isGiven) ? null : `${what} has no value to compare with, so it matches every lead: choose one`;
    case "contains":
    case "starts_with":
      return !Array.isArray(value) && value !== undefined && isGiven(value) ? null : `${what} needs one text to look for (without it the rule never matches)`;
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return !Array.isArray(value) && toNumber(value) !== null ? null : `${what} needs a number to compare with${given(value)} (without one the rule never matches)`;
    case "between":
      return Array.isArray(value) && value.length === 2 && value.every((v) => toNumber(v) !== null)
        ? null
        : `${what} needs two numbers, [min, max]${given(value)} (without them the rule never matches)`;
    case "is_empty":
    case "is_not_empty":
    case "is_work_email":
    case "is_free_email":
      return null; // no value: anything given is ignored
  }
}

function given(value: TConditionRule["value"]): string {
  if (value === undefined || (typeof value === "string" && value.trim() === "")) return "";
  return `, not ${JSON.stringify(value)}`;
}
