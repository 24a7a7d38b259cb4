// Plain-language text of a condition, for explanations ("why did this lead score +10?") and the
// editor: `company size is any of 201-1000, 1001-5000 and role is VP`.
import { OPERATOR_LABELS, UNARY_OPERATORS, type TCondition, type TConditionRule, type TScalar } from "./condition";

/** Label of a ref; by default the ref itself with "_" read as spaces ("company_size" → "company size"). */
export type TLabelOf = (ref: string) => string;
/** Label of a compared value, e.g. an option's label instead of its stored value. */
export type TValueLabelOf = (ref: string, value: TScalar) => string;

const defaultLabelOf: TLabelOf = (ref) => ref.replace(/_/g, " ");
const defaultValueLabelOf: TValueLabelOf = (_ref, value) => String(value);

/**
 * Nested groups with more than one condition are wrapped in parentheses; a group with a single
 * condition reads as that condition. An empty "and" group reads "always", an empty "or" "never".
 */
export function describeCondition(condition: TCondition, labelOf: TLabelOf = defaultLabelOf, valueLabelOf: TValueLabelOf = defaultValueLabelOf): string {
  return describe(condition, labelOf, valueLabelOf, true);
}

function describe(condition: TCondition, labelOf: TLabelOf, valueLabelOf: TValueLabelOf, isTop: boolean): string {
  if (condition.kind === "rule") return describeRule(condition, labelOf, valueLabelOf);
  const parts = condition.conditions.map((c) => describe(c, labelOf, valueLabelOf, false));
  if (parts.length === 0) return condition.op === "and" ? "always" : "never";
  if (parts.length === 1) return parts[0] ?? "";
  const text = parts.join(condition.op === "and" ? " and " : " or ");
  return isTop ? text : `(${text})`;
}

function describeRule(rule: TConditionRule, labelOf: TLabelOf, valueLabelOf: TValueLabelOf): string {
  const subject = `${labelOf(rule.ref)} ${OPERATOR_LABELS[rule.operator]}`;
  if (UNARY_OPERATORS.includes(rule.operator)) return subject;
  const value = rule.value;
  const label = (v: TScalar) => valueLabelOf(rule.ref, v);
  if (value === undefined) return subject;
  if (rule.operator === "between" && Array.isArray(value) && value.length === 2) {
    return `${subject} ${label(value[0] as TScalar)} and ${label(value[1] as TScalar)}`;
  }
  return `${subject} ${Array.isArray(value) ? value.map(label).join(", ") : label(value)}`;
}
