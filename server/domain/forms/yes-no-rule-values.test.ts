import { describe, expect, it } from "vitest";
import type { TCondition, TConditionRule } from "../conditions/condition";
import { ZScoringModel } from "../scoring/model";
import { ZFormDefinition, type TFormDefinitionInput } from "./definition";
import { checkPublishable } from "./publish-check";
import { matchNativePattern } from "./pattern-matcher";
import { validateSubmission } from "./validate-answers";

const rule = (ref: string, value: TConditionRule["value"], operator: TConditionRule["operator"] = "equals"): TConditionRule => ({ kind: "rule", ref, operator, value });
const form = (when: TCondition): TFormDefinitionInput => ({
  title: "Yes/no",
  steps: [
    {
      id: "one",
      fields: [
        { key: "demo", type: "yes_no", label: "Want a demo?" },
        { key: "consent", type: "consent", label: "I agree" },
        { key: "answer", type: "short_text", label: "Answer" },
      ],
    },
    { id: "two", fields: [{ key: "notes", type: "long_text", label: "Notes" }] },
  ],
  logic: [{ id: "r", when, action: { type: "show_field", fieldKey: "notes" } }],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
});

// A rule on a yes/no question stored as true/false or "true"/"false" reads as the question's own
// "yes"/"no" once parsed (the REST API, drafts, published versions); other questions keep theirs.
describe("ZFormDefinition: a yes/no question's rule compares \"yes\"/\"no\"", () => {
  it.each<[string, TCondition, TCondition]>([
    ["true → yes", rule("demo", true), rule("demo", "yes")],
    ["false → no", rule("demo", false), rule("demo", "no")],
    ['"true" → yes', rule("demo", "true"), rule("demo", "yes")],
    ['" FALSE " → no', rule("demo", " FALSE "), rule("demo", "no")],
    ['"Yes" → yes', rule("demo", "Yes"), rule("demo", "yes")],
    ["a list", rule("demo", [true, "no"], "is_any_of"), rule("demo", ["yes", "no"], "is_any_of")],
    ["nested in groups", { kind: "group", op: "or", conditions: [{ kind: "group", op: "and", conditions: [rule("demo", false, "not_equals")] }] }, { kind: "group", op: "or", conditions: [{ kind: "group", op: "and", conditions: [rule("demo", "no", "not_equals")] }] }],
    ["not a yes/no word: kept", rule("demo", "maybe"), rule("demo", "maybe")],
    ["a consent question keeps true", rule("consent", true), rule("consent", true)],
    ['a text question keeps "true"', rule("answer", "true"), rule("answer", "true")],
    ["unary operator: no value added", { kind: "rule", ref: "demo", operator: "is_empty" }, { kind: "rule", ref: "demo", operator: "is_empty" }],
  ])("%s", (_, when, expected) => {
    expect(ZFormDefinition.parse(form(when)).logic[0]!.when).toEqual(expected);
  });

  it.each<[string, TCondition]>([
    ["true", rule("demo", true)],
    ['"false"', rule("demo", "false")],
  ])("Publish accepts a yes/no rule stored as %s", (_, when) => {
    expect(checkPublishable(ZFormDefinition.parse(form(when)))).toEqual([]);
  });
});

// A scoring model is parsed without its form, so its rules keep true/"true": Publish accepts them
// because the evaluator matches them with a "yes" answer (yes-no-word.test.ts); any other value is refused.
describe("Publish: a scoring rule on a yes/no question", () => {
  const scoring = (value: TConditionRule["value"]) =>
    ZScoringModel.parse({
      dimensions: [{ key: "fit", label: "Fit" }],
      rules: [{ id: "s", label: "Wants a demo", when: rule("demo", value), dimension: "fit", points: 10 }],
      tiers: [{ key: "hot", label: "Hot", minScore: 10 }, { key: "cold", label: "Cold", minScore: null }],
    });
  const definition = ZFormDefinition.parse(form({ kind: "group", op: "and", conditions: [] }));
  it.each<[TConditionRule["value"], string[]]>([
    [true, []],
    ["TRUE", []],
    [false, []],
    ["yes", []],
    ["maybe", ["Scoring rule 'Wants a demo' checks option 'maybe' of 'Want a demo?', which has no such option"]],
  ])("%j → %j", (value, messages) => {
    expect(checkPublishable(definition, scoring(value)).map((p) => p.message)).toEqual(messages);
  });
});

// The submission API: a yes/no answer sent as a boolean or a word, against a rule stored either way.
describe("validateSubmission: a yes/no rule shows its question whatever spelling the answer and the rule use", () => {
  it.each<[TConditionRule["value"], unknown, boolean]>([
    [true, true, true],
    [true, "yes", true],
    ["TRUE", "yes", true],
    [false, false, true],
    ["yes", true, true],
    [true, false, false],
    [true, "no", false],
  ])("rule %j, answer %j → Notes applies: %s", (value, answer, isShown) => {
    const result = validateSubmission(ZFormDefinition.parse(form(rule("demo", value))), { demo: answer, notes: "Call me" }, matchNativePattern);
    expect(result.ok && "notes" in result.answers).toBe(isShown);
  });
});
