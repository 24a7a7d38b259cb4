import { describe, expect, it } from "vitest";
import { createConditionEvaluator } from "../conditions/condition-evaluator";
import { isFreeEmailDomain } from "../conditions/email-domain";
import type { TFormDefinition } from "./definition";
import { createFormLogic, readsFreeEmailList } from "./form-logic";

const rule = (operator: "is_work_email" | "is_free_email" | "equals") => ({ kind: "rule" as const, ref: "email", operator, ...(operator === "equals" ? { value: "x" } : {}) });
const formWith = (when: TFormDefinition["logic"][number]["when"]): Pick<TFormDefinition, "steps" | "logic"> => ({
  steps: [{ id: "s", fields: [{ key: "email", type: "email", label: "Email", required: true }, { key: "company", type: "short_text", label: "Company", required: false }] }],
  logic: [{ id: "r", when, action: { type: "show_field", fieldKey: "company" } }],
});

describe("readsFreeEmailList", () => {
  it.each([
    ["a work-email rule", rule("is_work_email"), true],
    ["a free-mail rule inside a group", { kind: "group" as const, op: "or" as const, conditions: [rule("equals"), rule("is_free_email")] }, true],
    ["no email-kind rule", rule("equals"), false],
  ])("%s → %s", (_name, when, expected) => expect(readsFreeEmailList(formWith(when))).toBe(expected));
});

describe("form logic with and without the free-mail list", () => {
  const form = formWith(rule("is_work_email"));
  const withList = createFormLogic(createConditionEvaluator(isFreeEmailDomain).evaluateCondition);
  const withoutList = createFormLogic(createConditionEvaluator(null).evaluateCondition);

  it("the list decides work vs free mail", () => {
    expect(withList.visibleFieldKeys(form, { email: "ann@acme.io" }).has("company")).toBe(true);
    expect(withList.visibleFieldKeys(form, { email: "ann@gmail.com" }).has("company")).toBe(false);
  });

  it("without the list (still loading) both email operators read false", () => {
    expect(withoutList.visibleFieldKeys(form, { email: "ann@acme.io" }).has("company")).toBe(false);
    expect(createConditionEvaluator(null).evaluateRule(rule("is_free_email"), "ann@gmail.com")).toBe(false);
  });
});
