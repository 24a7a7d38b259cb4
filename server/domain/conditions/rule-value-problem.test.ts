import { describe, expect, it } from "vitest";
import type { TConditionRule } from "./condition";
import { ruleValueProblem } from "./rule-value-problem";

type TCase = [TConditionRule["operator"], TConditionRule["value"], string | null];

describe("ruleValueProblem", () => {
  it.each<TCase>([
    // usable values
    ["equals", "vp", null],
    ["equals", false, null],
    ["equals", 0, null],
    ["equals", ["vp"], null],
    ["is_any_of", ["", "vp"], null],
    ["is_any_of", "vp", null],
    ["not_equals", "vp", null],
    ["is_none_of", ["a", "b"], null],
    ["contains", "bank", null],
    ["starts_with", "Acme", null],
    ["gt", 50, null],
    ["lte", " 42 ", null],
    ["between", [90, 10], null],
    ["between", ["10", 20], null],
    ["is_empty", undefined, null],
    ["is_work_email", "ignored", null],
    // never matches
    ["equals", undefined, "“score.total is” has no value to compare with, so it never matches: choose one"],
    ["equals", "  ", "“score.total is” has no value to compare with, so it never matches: choose one"],
    ["is_any_of", [], "“score.total is any of” has no value to compare with, so it never matches: choose one"],
    ["contains", undefined, "“score.total contains” needs one text to look for (without it the rule never matches)"],
    ["starts_with", ["a"], "“score.total starts with” needs one text to look for (without it the rule never matches)"],
    ["gt", undefined, "“score.total is greater than” needs a number to compare with (without one the rule never matches)"],
    ["gte", "", "“score.total is at least” needs a number to compare with (without one the rule never matches)"],
    ["lt", "abc", "“score.total is less than” needs a number to compare with, not \"abc\" (without one the rule never matches)"],
    ["lte", [5], "“score.total is at most” needs a number to compare with, not [5] (without one the rule never matches)"],
    ["gt", true, "“score.total is greater than” needs a number to compare with, not true (without one the rule never matches)"],
    ["between", [1, 2, 3], "“score.total is between” needs two numbers, [min, max], not [1,2,3] (without them the rule never matches)"],
    ["between", [10, ""], "“score.total is between” needs two numbers, [min, max], not [10,\"\"] (without them the rule never matches)"],
    ["between", 5, "“score.total is between” needs two numbers, [min, max], not 5 (without them the rule never matches)"],
    // matches every lead
    ["not_equals", undefined, "“score.total is not” has no value to compare with, so it matches every lead: choose one"],
    ["is_none_of", [""], "“score.total is none of” has no value to compare with, so it matches every lead: choose one"],
  ])("%s %j → %s", (operator, value, expected) => {
    expect(ruleValueProblem({ ref: "score.total", operator, ...(value === undefined ? {} : { value }) })).toBe(expected);
  });
});
