import { describe, expect, it } from "vitest";
import type { TConditionRule, TResolvedValue } from "./condition";
import { evaluateRule } from "./evaluate-condition";
import { yesNoWord } from "./yes-no-word";

describe("yesNoWord: how a yes/no answer or compared value reads", () => {
  it.each<[unknown, "yes" | "no" | null]>([
    ["yes", "yes"],
    [" YES ", "yes"],
    [true, "yes"],
    ["true", "yes"],
    ["True", "yes"],
    ["no", "no"],
    [false, "no"],
    ["false", "no"],
    ["FALSE ", "no"],
    ["maybe", null],
    [1, null],
    [0, null],
    ["", null],
    [undefined, null],
    [["yes"], null],
  ])("%j → %j", (value, word) => {
    expect(yesNoWord(value)).toBe(word);
  });
});

// A yes/no question's answer is stored as "yes"/"no" (validate-field-value.ts turns a boolean from
// the API into one); an answer kept as given (a lead without a form) may be a boolean. A rule may
// store the value as true/false or "true"/"false" (a definition or scoring model made outside the
// builder, which shows it as "is Yes"). Every pairing of the same truth matches.
describe("evaluateRule: yes/no answers and values of either spelling agree", () => {
  type TCase = [TConditionRule["operator"], TConditionRule["value"], TResolvedValue, boolean];
  it.each<TCase>([
    ["equals", true, "yes", true],
    ["equals", "true", "yes", true],
    ["equals", "TRUE", "yes", true],
    ["equals", false, "no", true],
    ["equals", "false", "no", true],
    ["equals", true, "no", false],
    ["equals", "false", "yes", false],
    ["equals", "yes", true, true],
    ["equals", "no", false, true],
    ["equals", "yes", false, false],
    ["equals", true, true, true],
    ["equals", "yes", "yes", true],
    ["not_equals", true, "yes", false],
    ["not_equals", true, "no", true],
    ["not_equals", "false", "no", false],
    ["is_any_of", [true], "yes", true],
    ["is_any_of", ["false"], "yes", false],
    ["is_none_of", [false], "no", false],
    ["is_none_of", [false], "yes", true],
    // other answers are unchanged: a truth word matches only a truth word
    ["equals", true, "maybe", false],
    ["equals", "yes", "yesterday", false],
    ["equals", true, 1, false],
  ])("%s %j vs answer %j → %s", (operator, value, answer, expected) => {
    expect(evaluateRule({ operator, value }, answer)).toBe(expected);
  });
});
