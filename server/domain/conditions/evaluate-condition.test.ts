import { describe, expect, it } from "vitest";
import type { TCondition, TConditionRule, TOperator, TResolvedValue } from "./condition";
import { conditionRefs, conditionRules, describeCondition, evaluateCondition } from "./evaluate-condition";

const rule = (ref: string, operator: TOperator, value?: TConditionRule["value"]): TConditionRule => ({ kind: "rule", ref, operator, value });
const and = (...conditions: TCondition[]): TCondition => ({ kind: "group", op: "and", conditions });
const or = (...conditions: TCondition[]): TCondition => ({ kind: "group", op: "or", conditions });
const one = (answer: TResolvedValue) => () => answer;

type TCase = [TOperator, TConditionRule["value"], TResolvedValue, boolean];

describe("evaluateCondition: every operator", () => {
  it.each<TCase>([
    // equals / not_equals: trimmed, case-insensitive; numbers numerically
    ["equals", "VP", " vp ", true],
    ["equals", "VP", "Director", false],
    ["equals", 50000, "50000", true],
    ["equals", "50000", 50000, true],
    ["equals", 50000, "5e4", true],
    ["equals", 10, 10.5, false],
    ["equals", true, true, true],
    ["equals", "true", true, true],
    ["equals", "a", ["b", "A"], true],
    ["equals", "a", ["b", "c"], false],
    ["equals", "a", undefined, false],
    ["equals", "a", null, false],
    ["equals", "", "", false],
    ["equals", undefined, "a", false],
    ["not_equals", "VP", "vp", false],
    ["not_equals", "VP", "CEO", true],
    ["not_equals", "a", ["a", "b"], false],
    ["not_equals", "a", ["b"], true],
    ["not_equals", "a", undefined, true],
    // is_any_of / is_none_of
    ["is_any_of", ["201-1000", "1001-5000"], "1001-5000", true],
    ["is_any_of", ["201-1000", "1001-5000"], "1-10", false],
    ["is_any_of", ["crm", "erp"], ["web", "ERP"], true],
    ["is_any_of", ["crm", "erp"], ["web"], false],
    ["is_any_of", ["crm"], [], false],
    ["is_any_of", [1, 2], "2", true],
    ["is_any_of", [], "a", false],
    ["is_none_of", ["student", "intern"], "Student", false],
    ["is_none_of", ["student", "intern"], "cto", true],
    ["is_none_of", ["crm"], ["web", "crm"], false],
    ["is_none_of", ["crm"], ["web"], true],
    ["is_none_of", ["crm"], undefined, true],
    // contains: substring on text, membership on lists
    ["contains", "sales", "Head of SALES ops", true],
    ["contains", "sales", "marketing", false],
    ["contains", "crm", ["crm", "erp"], true],
    ["contains", "cr", ["crm", "erp"], false],
    ["contains", "0", 2024, true],
    ["contains", "", "anything", false],
    ["contains", "a", "", false],
    ["contains", "a", undefined, false],
    // starts_with
    ["starts_with", "head", " Head of sales", true],
    ["starts_with", "sales", "Head of sales", false],
    ["starts_with", "er", ["crm", "erp"], true],
    ["starts_with", "x", ["crm"], false],
    ["starts_with", "", "x", false],
    ["starts_with", "a", null, false],
    // gt / gte / lt / lte: numbers and numeric strings
    ["gt", 100, 101, true],
    ["gt", 100, 100, false],
    ["gt", 100, " 250 ", true],
    ["gt", "100", 150, true],
    ["gt", 100, "lots", false],
    ["gt", 100, "", false],
    ["gt", 100, undefined, false],
    ["gt", 100, ["200"], false],
    ["gt", 100, true, false],
    ["gte", 100, 100, true],
    ["gte", 100, 99.9, false],
    ["gte", 50000, "50000", true],
    ["lt", 10, 9, true],
    ["lt", 10, 10, false],
    ["lt", 10, "-3", true],
    ["lt", "abc", 1, false],
    ["lte", 10, 10, true],
    ["lte", 10, "10.01", false],
    ["lte", 10, null, false],
    // between: inclusive, either order, malformed → false
    ["between", [10, 20], 10, true],
    ["between", [10, 20], 20, true],
    ["between", [10, 20], 15, true],
    ["between", [10, 20], 21, false],
    ["between", [10, 20], 9.99, false],
    ["between", [20, 10], 15, true],
    ["between", ["10", "20"], "12", true],
    ["between", [10, 20], "twelve", false],
    ["between", [10], 15, false],
    ["between", 10, 10, false],
    ["between", [10, 20], undefined, false],
    // is_empty / is_not_empty
    ["is_empty", undefined, undefined, true],
    ["is_empty", undefined, null, true],
    ["is_empty", undefined, "", true],
    ["is_empty", undefined, "   ", true],
    ["is_empty", undefined, [], true],
    ["is_empty", undefined, "x", false],
    ["is_empty", undefined, 0, false],
    ["is_empty", undefined, false, false],
    ["is_empty", undefined, ["a"], false],
    ["is_not_empty", undefined, "x", true],
    ["is_not_empty", undefined, 0, true],
    ["is_not_empty", undefined, undefined, false],
    ["is_not_empty", undefined, [], false],
    // is_work_email / is_free_email
    ["is_work_email", undefined, "ann@acme.io", true],
    ["is_work_email", undefined, "ann@gmail.com", false],
    ["is_work_email", undefined, "not an email", false],
    ["is_work_email", undefined, "", false],
    ["is_work_email", undefined, undefined, false],
    ["is_work_email", undefined, ["ann@acme.io"], false],
    ["is_free_email", undefined, "Ann@GMAIL.com", true],
    ["is_free_email", undefined, "ann@acme.io", false],
    ["is_free_email", undefined, "gmail.com", false],
    ["is_free_email", undefined, "", false],
    ["is_free_email", undefined, undefined, false],
  ])("%s %j on %j → %s", (operator, value, answer, expected) => {
    expect(evaluateCondition(rule("q", operator, value), one(answer))).toBe(expected);
  });
});

describe("evaluateCondition: groups", () => {
  const answers: Record<string, TResolvedValue> = { role: "VP", size: "201-1000", budget: 80000, tools: ["crm"] };
  const resolve = (ref: string) => answers[ref];
  const yes = rule("role", "equals", "vp");
  const no = rule("role", "equals", "intern");
  it.each<[string, TCondition, boolean]>([
    ["empty and → true", and(), true],
    ["empty or → false", or(), false],
    ["and of trues", and(yes, rule("budget", "gte", 50000)), true],
    ["and with a false", and(yes, no), false],
    ["or with a true", or(no, yes), true],
    ["or of falses", or(no, rule("size", "equals", "1-10")), false],
    ["nested: and(or(no, yes), list contains)", and(or(no, yes), rule("tools", "contains", "crm")), true],
    ["nested: or(and(yes, no), and(empty or))", or(and(yes, no), and(or())), false],
    ["nested three deep", and(or(and(yes, rule("size", "is_any_of", ["201-1000"]))), rule("budget", "between", [50000, 100000])), true],
    ["unknown ref reads as empty", rule("missing", "is_empty"), true],
  ])("%s", (_name, condition, expected) => expect(evaluateCondition(condition, resolve)).toBe(expected));
});

describe("conditionRefs", () => {
  it.each<[TCondition, string[]]>([
    [rule("a", "is_empty"), ["a"]],
    [and(), []],
    [and(rule("a", "equals", 1), or(rule("b", "equals", 2), rule("a", "gt", 0)), rule("c", "is_empty")), ["a", "b", "c"]],
  ])("%#", (condition, expected) => expect(conditionRefs(condition)).toEqual(expected));
});

describe("describeCondition", () => {
  const labels: Record<string, string> = { company_size: "company size", role: "role" };
  it.each<[TCondition, string]>([
    [and(rule("company_size", "is_any_of", ["201-1000", "1001-5000"]), rule("role", "equals", "VP")), "company size is any of 201-1000, 1001-5000 and role is VP"],
    [rule("budget", "between", [10, 50]), "budget is between 10 and 50"],
    [rule("email", "is_work_email"), "email is a work email"],
    [rule("annual_revenue", "gte", 1000000), "annual revenue is at least 1000000"],
    [or(rule("role", "equals", "CEO"), and(rule("role", "equals", "VP"), rule("budget", "gt", 5))), "role is CEO or (role is VP and budget is greater than 5)"],
    [and(or(rule("role", "equals", "CEO"))), "role is CEO"],
    [and(), "always"],
    [or(), "never"],
  ])("%#: %s", (condition, expected) => expect(describeCondition(condition, (ref) => labels[ref] ?? ref.replace(/_/g, " "))).toBe(expected));

  it("defaults labels to the ref with spaces and can label values", () => {
    const condition = rule("company_size", "equals", "201-1000");
    expect(describeCondition(condition)).toBe("company size is 201-1000");
    expect(describeCondition(condition, () => "Company size", (_ref, v) => (v === "201-1000" ? "201–1,000" : String(v)))).toBe("Company size is 201–1,000");
  });
});

describe("conditionRules", () => {
  const a = rule("a", "equals", 1);
  const b = rule("b", "equals", 2);
  const again = rule("a", "gt", 0);
  it.each<[string, TCondition, TConditionRule[]]>([
    ["a rule is itself", a, [a]],
    ["an empty group has none", and(), []],
    ["nested groups flattened in order, repeats kept", and(a, or(b, and(again)), a), [a, b, again, a]],
  ])("%s", (_name, condition, expected) => expect(conditionRules(condition)).toEqual(expected));
});
