// Pure editing operations behind the condition builder: address a node by its index path from
// the root group ([] = root, [2, 0] = first condition of the root's third condition), add, remove
// and update rules and groups, and change a rule's subject or operator while resetting its value
// to something that still makes sense. No React here, so the operations are unit-tested alone.
import {
  LIST_OPERATORS,
  UNARY_OPERATORS,
  type TCondition,
  type TConditionGroup,
  type TConditionRule,
  type TOperator,
  type TScalar,
} from "@/server/domain/conditions/condition";

export type TSubjectKind = "text" | "number" | "choice" | "multi" | "boolean" | "email";

export interface TConditionSubject {
  ref: string;
  label: string;
  kind: TSubjectKind;
  options?: { value: string; label: string }[];
  group?: string;
}

/** Index path of a node from the root group. */
export type TNodePath = number[];
type TRuleValue = TConditionRule["value"];

const TEXT_OPERATORS: TOperator[] = ["equals", "not_equals", "contains", "starts_with", "is_any_of", "is_none_of", "is_empty", "is_not_empty"];

export const OPERATORS_BY_KIND: Record<TSubjectKind, readonly TOperator[]> = {
  choice: ["equals", "not_equals", "is_any_of", "is_none_of", "is_empty", "is_not_empty"],
  multi: ["equals", "not_equals", "is_any_of", "is_none_of", "is_empty", "is_not_empty"],
  number: ["equals", "not_equals", "gt", "gte", "lt", "lte", "between", "is_empty", "is_not_empty"],
  text: TEXT_OPERATORS,
  email: [...TEXT_OPERATORS, "is_work_email", "is_free_email"],
  boolean: ["equals"],
};

/** An empty AND group: matches everything. */
export function emptyCondition(): TConditionGroup {
  return { kind: "group", op: "and", conditions: [] };
}

/** The builder always edits a group at the top; a bare rule is wrapped in an AND group. */
export function asRootGroup(condition: TCondition): TConditionGroup {
  return condition.kind === "group" ? condition : { kind: "group", op: "and", conditions: [condition] };
}

export function operatorsFor(subject: TConditionSubject | undefined): readonly TOperator[] {
  return OPERATORS_BY_KIND[subject?.kind ?? "text"];
}

export function isUnary(operator: TOperator): boolean {
  return UNARY_OPERATORS.includes(operator);
}

export function isListOperator(operator: TOperator): boolean {
  return LIST_OPERATORS.includes(operator);
}

function firstOption(subject: TConditionSubject | undefined): string {
  return subject?.options?.[0]?.value ?? "";
}

/** The value a rule starts with for this subject and operator. */
export function defaultValue(operator: TOperator, subject: TConditionSubject | undefined): TRuleValue {
  if (isUnary(operator)) return undefined;
  if (isListOperator(operator)) return [];
  if (operator === "between") return ["", ""];
  switch (subject?.kind) {
    case "boolean":
      return true;
    case "number":
      return undefined;
    case "choice":
    case "multi":
      return firstOption(subject);
    default:
      return "";
  }
}

/** A new rule over the subject (its first operator, a default value). */
export function newRule(subject: TConditionSubject | undefined): TConditionRule {
  const operator = operatorsFor(subject)[0] ?? "equals";
  return withValue({ kind: "rule", ref: subject?.ref ?? "", operator }, defaultValue(operator, subject));
}

function withValue(rule: TConditionRule, value: TRuleValue): TConditionRule {
  const { value: _old, ...rest } = rule;
  return value === undefined ? rest : { ...rest, value };
}

function asNumberOrBlank(value: TScalar | undefined): TScalar {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return "";
}

function isAllowedScalar(value: TScalar, subject: TConditionSubject | undefined): boolean {
  if (subject?.kind === "boolean") return typeof value === "boolean";
  if (subject?.kind === "number") return typeof value === "number";
  if ((subject?.kind === "choice" || subject?.kind === "multi") && subject.options) {
    return subject.options.some((o) => o.value === String(value));
  }
  return typeof value === "string" || typeof value === "number";
}

/**
 * Changes the operator and carries the value across where it still fits: a scalar becomes a
 * one-item list for is_any_of, a list's first item becomes the scalar for equals, a number
 * becomes the lower bound of between; unary operators drop the value.
 */
export function changeOperator(rule: TConditionRule, operator: TOperator, subject: TConditionSubject | undefined): TConditionRule {
  const next: TConditionRule = { ...rule, operator };
  if (isUnary(operator)) return withValue(next, undefined);
  const items = rule.value === undefined ? [] : Array.isArray(rule.value) ? rule.value : [rule.value];
  const kept = items.filter((v) => !(typeof v === "string" && v.trim() === "") && isAllowedScalar(v, subject));
  if (isListOperator(operator)) return withValue(next, kept);
  if (operator === "between") {
    if (Array.isArray(rule.value) && rule.value.length === 2 && rule.operator === "between") return withValue(next, rule.value);
    return withValue(next, [asNumberOrBlank(kept[0]), ""]);
  }
  const first = kept[0];
  return withValue(next, first === undefined ? defaultValue(operator, subject) : first);
}

/** Points the rule at another subject; keeps the operator when the new kind allows it. */
export function changeSubject(rule: TConditionRule, subject: TConditionSubject): TConditionRule {
  const allowed = operatorsFor(subject);
  const operator = allowed.includes(rule.operator) ? rule.operator : (allowed[0] ?? "equals");
  return withValue({ kind: "rule", ref: subject.ref, operator }, defaultValue(operator, subject));
}

export function nodeAt(root: TConditionGroup, path: TNodePath): TCondition | undefined {
  let node: TCondition | undefined = root;
  for (const index of path) {
    if (node?.kind !== "group") return undefined;
    node = node.conditions[index];
  }
  return node;
}

/** Replaces the node at path with update(node); paths that lead nowhere leave the tree unchanged. */
export function updateAt(root: TConditionGroup, path: TNodePath, update: (node: TCondition) => TCondition): TConditionGroup {
  const rebuild = (node: TCondition, rest: TNodePath): TCondition => {
    if (rest.length === 0) return update(node);
    const [index, ...tail] = rest as [number, ...number[]];
    if (node.kind !== "group" || index < 0 || index >= node.conditions.length) return node;
    return { ...node, conditions: node.conditions.map((c, i) => (i === index ? rebuild(c, tail) : c)) };
  };
  const result = rebuild(root, path);
  return result.kind === "group" ? result : root;
}

export function updateRule(root: TConditionGroup, path: TNodePath, update: (rule: TConditionRule) => TConditionRule): TConditionGroup {
  return updateAt(root, path, (node) => (node.kind === "rule" ? update(node) : node));
}

export function addRule(root: TConditionGroup, groupPath: TNodePath, subject: TConditionSubject | undefined): TConditionGroup {
  return appendTo(root, groupPath, newRule(subject));
}

/** Adds a nested group (the opposite connective of its parent) holding one new rule. */
export function addGroup(root: TConditionGroup, groupPath: TNodePath, subject: TConditionSubject | undefined): TConditionGroup {
  const parent = nodeAt(root, groupPath);
  const op = parent?.kind === "group" && parent.op === "and" ? "or" : "and";
  return appendTo(root, groupPath, { kind: "group", op, conditions: [newRule(subject)] });
}

function appendTo(root: TConditionGroup, groupPath: TNodePath, child: TCondition): TConditionGroup {
  return updateAt(root, groupPath, (node) => (node.kind === "group" ? { ...node, conditions: [...node.conditions, child] } : node));
}

/** Removes the node at path (the root itself cannot be removed: it is emptied instead). */
export function removeAt(root: TConditionGroup, path: TNodePath): TConditionGroup {
  if (path.length === 0) return { ...root, conditions: [] };
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1] as number;
  return updateAt(root, parentPath, (node) => (node.kind === "group" ? { ...node, conditions: node.conditions.filter((_, i) => i !== index) } : node));
}

export function setGroupOp(root: TConditionGroup, path: TNodePath, op: "and" | "or"): TConditionGroup {
  return updateAt(root, path, (node) => (node.kind === "group" ? { ...node, op } : node));
}

/** "2.1" for the first condition of the root's second condition. */
export function positionLabel(path: TNodePath): string {
  return path.map((i) => i + 1).join(".");
}

/** Subjects bucketed by their group label, in first-seen order ("" for ungrouped). */
export function groupSubjects(subjects: TConditionSubject[]): { group: string; subjects: TConditionSubject[] }[] {
  const buckets = new Map<string, TConditionSubject[]>();
  for (const s of subjects) {
    const key = s.group ?? "";
    buckets.set(key, [...(buckets.get(key) ?? []), s]);
  }
  return [...buckets].map(([group, list]) => ({ group, subjects: list }));
}
