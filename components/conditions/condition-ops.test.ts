import { describe, expect, it } from "vitest";
import type { TConditionGroup, TConditionRule, TOperator } from "@/server/domain/conditions/condition";
import {
  addGroup,
  addRule,
  asRootGroup,
  changeOperator,
  changeSubject,
  defaultValue,
  emptyCondition,
  groupSubjects,
  nodeAt,
  operatorsFor,
  positionLabel,
  removeAt,
  setGroupOp,
  updateRule,
  type TConditionSubject,
} from "./condition-ops";

const SIZE: TConditionSubject = { ref: "answers.size", label: "Company size", kind: "choice", options: [{ value: "1-10", label: "1–10" }, { value: "500+", label: "500+" }], group: "Answers" };
const ROLES: TConditionSubject = { ref: "answers.roles", label: "Roles", kind: "multi", options: [{ value: "vp", label: "VP" }, { value: "cto", label: "CTO" }], group: "Answers" };
const VALUE: TConditionSubject = { ref: "value", label: "Deal value", kind: "number", group: "Lead" };
const NAME: TConditionSubject = { ref: "answers.name", label: "Name", kind: "text", group: "Answers" };
const EMAIL: TConditionSubject = { ref: "answers.email", label: "Email", kind: "email", group: "Answers" };
const CONSENT: TConditionSubject = { ref: "answers.consent", label: "Consent", kind: "boolean" };

const rule = (ref: string, operator: TOperator, value?: TConditionRule["value"]): TConditionRule =>
  value === undefined ? { kind: "rule", ref, operator } : { kind: "rule", ref, operator, value };

const TREE: TConditionGroup = {
  kind: "group",
  op: "and",
  conditions: [rule("value", "gt", 10), { kind: "group", op: "or", conditions: [rule("answers.size", "equals", "500+"), rule("answers.name", "contains", "x")] }],
};

describe("operatorsFor", () => {
  it.each([
    [SIZE, ["equals", "not_equals", "is_any_of", "is_none_of", "is_empty", "is_not_empty"]],
    [ROLES, ["equals", "not_equals", "is_any_of", "is_none_of", "is_empty", "is_not_empty"]],
    [VALUE, ["equals", "not_equals", "gt", "gte", "lt", "lte", "between", "is_empty", "is_not_empty"]],
    [NAME, ["equals", "not_equals", "contains", "starts_with", "is_any_of", "is_none_of", "is_empty", "is_not_empty"]],
    [EMAIL, ["equals", "not_equals", "contains", "starts_with", "is_any_of", "is_none_of", "is_empty", "is_not_empty", "is_work_email", "is_free_email"]],
    [CONSENT, ["equals"]],
    [undefined, ["equals", "not_equals", "contains", "starts_with", "is_any_of", "is_none_of", "is_empty", "is_not_empty"]],
  ])("%#: operators of a subject kind", (subject, expected) => {
    expect(operatorsFor(subject)).toEqual(expected);
  });
});

describe("defaultValue", () => {
  it.each([
    ["equals", SIZE, "1-10"],
    ["equals", CONSENT, true],
    ["equals", VALUE, undefined],
    ["equals", NAME, ""],
    ["is_any_of", SIZE, []],
    ["between", VALUE, ["", ""]],
    ["is_empty", NAME, undefined],
    ["is_work_email", EMAIL, undefined],
  ] as const)("%s on %o → %o", (operator, subject, expected) => {
    expect(defaultValue(operator, subject)).toEqual(expected);
  });
});

describe("changeOperator resets the value sensibly", () => {
  it.each([
    ["scalar → list keeps the item", rule("answers.size", "equals", "500+"), "is_any_of", SIZE, rule("answers.size", "is_any_of", ["500+"])],
    ["list → scalar takes the first item", rule("answers.size", "is_any_of", ["500+", "1-10"]), "equals", SIZE, rule("answers.size", "equals", "500+")],
    ["empty list → scalar falls back to the first option", rule("answers.size", "is_any_of", []), "not_equals", SIZE, rule("answers.size", "not_equals", "1-10")],
    ["unknown option dropped", rule("answers.size", "equals", "nope"), "is_none_of", SIZE, rule("answers.size", "is_none_of", [])],
    ["unary drops the value", rule("answers.name", "equals", "Ann"), "is_empty", NAME, rule("answers.name", "is_empty")],
    ["unary → scalar starts blank", rule("answers.name", "is_empty"), "contains", NAME, rule("answers.name", "contains", "")],
    ["number → between keeps the lower bound", rule("value", "gt", 5), "between", VALUE, rule("value", "between", [5, ""])],
    ["between → between keeps both bounds", rule("value", "between", [1, 9]), "between", VALUE, rule("value", "between", [1, 9])],
    ["between → gte keeps the lower bound", rule("value", "between", [1, 9]), "gte", VALUE, rule("value", "gte", 1)],
    ["blank between → lt has no value", rule("value", "between", ["", ""]), "lt", VALUE, rule("value", "lt")],
    ["text list → equals keeps the first", rule("answers.name", "is_any_of", ["a", "b"]), "starts_with", NAME, rule("answers.name", "starts_with", "a")],
  ] as const)("%s", (_name, before, operator, subject, expected) => {
    expect(changeOperator(before as TConditionRule, operator, subject)).toEqual(expected);
  });
});

describe("changeSubject", () => {
  it.each([
    ["keeps an allowed operator, resets the value", rule("answers.name", "is_any_of", ["a"]), SIZE, rule("answers.size", "is_any_of", [])],
    ["falls back to the first operator", rule("answers.name", "contains", "a"), VALUE, rule("value", "equals")],
    ["boolean gets yes", rule("value", "gt", 3), CONSENT, rule("answers.consent", "equals", true)],
    ["unary kept", rule("answers.name", "is_not_empty"), SIZE, rule("answers.size", "is_not_empty")],
  ] as const)("%s", (_name, before, subject, expected) => {
    expect(changeSubject(before as TConditionRule, subject)).toEqual(expected);
  });
});

describe("tree edits", () => {
  it.each([
    ["add a rule to the root", addRule(TREE, [], NAME).conditions[2], rule("answers.name", "equals", "")],
    ["add a rule to a nested group", nodeAt(addRule(TREE, [1], SIZE), [1, 2]), rule("answers.size", "equals", "1-10")],
    ["add a group under AND is an OR group", addGroup(TREE, [], VALUE).conditions[2], { kind: "group", op: "or", conditions: [rule("value", "equals")] }],
    ["add a group under OR is an AND group", nodeAt(addGroup(TREE, [1], VALUE), [1, 2]), { kind: "group", op: "and", conditions: [rule("value", "equals")] }],
    ["remove a nested rule", nodeAt(removeAt(TREE, [1, 0]), [1]), { kind: "group", op: "or", conditions: [rule("answers.name", "contains", "x")] }],
    ["remove a group", removeAt(TREE, [1]).conditions, [rule("value", "gt", 10)]],
    ["removing the root empties it", removeAt(TREE, []), emptyCondition()],
    ["switch a nested group to AND", nodeAt(setGroupOp(TREE, [1], "and"), [1]), { ...(TREE.conditions[1] as TConditionGroup), op: "and" }],
    ["switch the root to OR", setGroupOp(TREE, [], "or").op, "or"],
    ["update a rule", nodeAt(updateRule(TREE, [1, 1], (r) => ({ ...r, value: "y" })), [1, 1]), rule("answers.name", "contains", "y")],
    ["updateRule on a group is a no-op", updateRule(TREE, [1], (r) => ({ ...r, ref: "z" })), TREE],
    ["a path leading nowhere is a no-op", removeAt(TREE, [5, 0]), TREE],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it("never mutates its input", () => {
    const copy = structuredClone(TREE);
    addRule(TREE, [1], NAME);
    removeAt(TREE, [0]);
    setGroupOp(TREE, [1], "and");
    updateRule(TREE, [0], (r) => ({ ...r, value: 1 }));
    expect(TREE).toEqual(copy);
  });
});

describe("helpers", () => {
  it.each([
    ["empty condition is an empty AND group", emptyCondition(), { kind: "group", op: "and", conditions: [] }],
    ["a bare rule is wrapped", asRootGroup(rule("value", "gt", 1)), { kind: "group", op: "and", conditions: [rule("value", "gt", 1)] }],
    ["a group stays", asRootGroup(TREE), TREE],
    ["position label", positionLabel([1, 0, 2]), "2.1.3"],
    ["subjects grouped in first-seen order", groupSubjects([SIZE, VALUE, NAME, CONSENT]).map((g) => [g.group, g.subjects.map((s) => s.ref)]), [["Answers", ["answers.size", "answers.name"]], ["Lead", ["value"]], ["", ["answers.consent"]]]],
  ])("%s", (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});
