// Static checks of a condition for the path editor: always true, can never match, and whether
// one condition implies another. Conservative: "never" and "implies" are only claimed when
// certain under the evaluator's semantics (evaluate-condition.ts); anything unsure is false.
import type { TCondition, TConditionRule, TScalar } from "../conditions/condition";
import { toNumber } from "../conditions/evaluate-condition";

const NEEDS_VALUE: ReadonlySet<string> = new Set(["equals", "is_any_of", "contains", "starts_with", "gt", "gte", "lt", "lte", "between", "is_work_email", "is_free_email"]);

function list(value: TConditionRule["value"]): TScalar[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function key(value: TScalar): string {
  const n = typeof value === "boolean" ? null : toNumber(value);
  return n !== null ? `#${n}` : String(value).trim().toLowerCase();
}

export function isAlwaysTrue(condition: TCondition): boolean {
  if (condition.kind === "rule") {
    return (condition.operator === "is_none_of" || condition.operator === "not_equals") && list(condition.value).length === 0;
  }
  if (condition.op === "and") return condition.conditions.every(isAlwaysTrue);
  if (condition.conditions.some(isAlwaysTrue)) return true;
  const rules = condition.conditions.filter((c): c is TConditionRule => c.kind === "rule");
  return rules.some((a) => a.operator === "is_empty" && rules.some((b) => b.ref === a.ref && b.operator === "is_not_empty"));
}

function ruleNeverMatches(rule: TConditionRule): boolean {
  const values = list(rule.value);
  if ((rule.operator === "equals" || rule.operator === "is_any_of") && values.length === 0) return true;
  if (rule.operator === "between") return !Array.isArray(rule.value) || values.length !== 2 || values.some((v) => toNumber(v) === null);
  return false;
}

interface TBounds {
  min: number;
  minOpen: boolean;
  max: number;
  maxOpen: boolean;
}

function numericBounds(rules: readonly TConditionRule[]): TBounds {
  const b: TBounds = { min: -Infinity, minOpen: false, max: Infinity, maxOpen: false };
  const lower = (v: number, open: boolean) => {
    if (v > b.min || (v === b.min && open)) Object.assign(b, { min: v, minOpen: open });
  };
  const upper = (v: number, open: boolean) => {
    if (v < b.max || (v === b.max && open)) Object.assign(b, { max: v, maxOpen: open });
  };
  for (const r of rules) {
    const values = list(r.value).map((v) => (typeof v === "boolean" ? null : toNumber(v)));
    const n = values[0];
    if (r.operator === "between" && values.length === 2 && values.every((v) => v !== null)) {
      const [x, y] = values as [number, number];
      lower(Math.min(x, y), false);
      upper(Math.max(x, y), false);
    }
    if (n === null || n === undefined || Array.isArray(r.value)) continue;
    if (r.operator === "gt") lower(n, true);
    if (r.operator === "gte") lower(n, false);
    if (r.operator === "lt") upper(n, true);
    if (r.operator === "lte") upper(n, false);
    if (r.operator === "equals" && typeof r.value === "number") {
      lower(n, false);
      upper(n, false);
    }
  }
  return b;
}

/** Rules on one ref that an AND cannot satisfy together. */
function contradicts(rules: readonly TConditionRule[], isListRef: boolean): boolean {
  const has = (op: string) => rules.some((r) => r.operator === op);
  if (has("is_empty") && (has("is_not_empty") || rules.some((r) => NEEDS_VALUE.has(r.operator)))) return true;
  if (has("is_work_email") && has("is_free_email")) return true;
  const b = numericBounds(rules);
  if (b.min > b.max || (b.min === b.max && (b.minOpen || b.maxOpen))) return true;
  if (isListRef) return false;
  const sets = rules.filter((r) => r.operator === "equals" || r.operator === "is_any_of").map((r) => new Set<string>(list(r.value).map((v) => key(v))));
  const allowed = sets.length === 0 ? null : sets.reduce((acc, set) => new Set([...acc].filter((v) => set.has(v))));
  if (allowed === null) return false;
  const excluded = new Set(rules.filter((r) => r.operator === "not_equals" || r.operator === "is_none_of").flatMap((r) => list(r.value).map(key)));
  return [...allowed].every((v) => excluded.has(v));
}

export function canNeverMatch(condition: TCondition, listRefs: ReadonlySet<string> = new Set()): boolean {
  if (condition.kind === "rule") return ruleNeverMatches(condition);
  if (condition.op === "or") return condition.conditions.every((c) => canNeverMatch(c, listRefs));
  if (condition.conditions.some((c) => canNeverMatch(c, listRefs))) return true;
  const byRef = new Map<string, TConditionRule[]>();
  for (const rule of conjuncts(condition)) {
    if (rule.kind === "rule") byRef.set(rule.ref, [...(byRef.get(rule.ref) ?? []), rule]);
  }
  return [...byRef.entries()].some(([ref, rules]) => contradicts(rules, listRefs.has(ref)));
}

/** An order-insensitive text form: equal texts mean the conditions are the same. */
export function canonicalCondition(condition: TCondition): string {
  if (condition.kind === "rule") {
    const value = Array.isArray(condition.value) ? condition.value.map(key).sort() : condition.value === undefined ? null : key(condition.value);
    return JSON.stringify([condition.ref, condition.operator, value]);
  }
  if (condition.conditions.length === 1 && condition.conditions[0]) return canonicalCondition(condition.conditions[0]);
  return `${condition.op}(${condition.conditions.map(canonicalCondition).sort().join(",")})`;
}

/** The parts an AND requires (nested ANDs flattened); a single rule or an OR is one part. */
export function conjuncts(condition: TCondition): TCondition[] {
  if (condition.kind === "group" && condition.op === "and") return condition.conditions.flatMap(conjuncts);
  if (condition.kind === "group" && condition.conditions.length === 1 && condition.conditions[0]) return conjuncts(condition.conditions[0]);
  return [condition];
}

/** Whether `later` matching guarantees `earlier` matches: earlier's parts are all parts of later. */
export function implies(later: TCondition, earlier: TCondition): boolean {
  const laterParts = new Set(conjuncts(later).map(canonicalCondition));
  return conjuncts(earlier).every((part) => laterParts.has(canonicalCondition(part)));
}
