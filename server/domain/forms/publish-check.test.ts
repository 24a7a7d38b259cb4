import { describe, expect, it } from "vitest";
import type { TCondition } from "../conditions/condition";
import { ZScoringModel, type TScoringModelInput } from "../scoring/model";
import { ZFormDefinition, type TFormDefinitionInput, type TLogicRule } from "./definition";
import { checkPublishable, type TPublishProblem } from "./publish-check";
import { ordinal } from "./publish-check-logic";

const always: TCondition = { kind: "group", op: "and", conditions: [] };
const never: TCondition = { kind: "group", op: "or", conditions: [] };
const is = (ref: string, value: string): TCondition => ({ kind: "rule", ref, operator: "equals", value });

const base: TFormDefinitionInput = {
  title: "Demo",
  steps: [
    {
      id: "about",
      title: "About you",
      fields: [
        { key: "email", type: "email", label: "Work email" },
        { key: "company_size", type: "company_size", label: "Company size" },
        { key: "role", type: "single_choice", label: "Role", options: [{ value: "student", label: "Student" }, { value: "vp", label: "VP" }] },
        { key: "utm_source", type: "hidden", label: "Source" },
      ],
    },
    { id: "needs", title: "Your needs", fields: [{ key: "budget", type: "currency", label: "Budget" }, { key: "partner", type: "yes_no", label: "Partner?" }] },
    { id: "extra", fields: [{ key: "seats", type: "number", label: "Seats" }] },
    { id: "last", title: "Last step", fields: [{ key: "notes", type: "long_text", label: "Notes" }] },
  ],
  logic: [
    { id: "show_budget", when: is("role", "vp"), action: { type: "show_field", fieldKey: "budget" } },
    { id: "end_students", fromStepId: "about", when: is("role", "student"), action: { type: "end_form", outcomeId: "student" } },
    { id: "skip_extra", fromStepId: "needs", when: is("partner", "yes"), action: { type: "jump_to_step", stepId: "last" } },
    { id: "hide_extra", when: is("utm_source", "partner"), action: { type: "hide_step", stepId: "extra" } },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }, { id: "student", type: "message", title: "Students" }],
  tierOutcomes: { hot: "thanks" },
  defaultOutcomeId: "thanks",
};

const scoringBase: TScoringModelInput = {
  dimensions: [{ key: "fit", label: "Fit" }],
  optionPoints: [{ fieldKey: "company_size", optionValue: "201-1000", dimension: "fit", points: 10 }],
  rules: [{ id: "big", label: "big budget", when: { kind: "rule", ref: "budget", operator: "gte", value: 50000 }, dimension: "fit", points: 20 }],
  freeEmail: { fieldKey: "email", dimension: "fit", points: -10 },
  tiers: [{ key: "hot", label: "Hot", minScore: 20 }, { key: "cold", label: "Cold", minScore: null }],
  knockouts: [{ id: "stud", label: "student", when: is("role", "student"), tier: "cold" }],
  dealValue: { fromField: "budget", fromOptions: [{ fieldKey: "company_size", optionValue: "5001+", amount: 1000 }] },
};

function form(change: (d: TFormDefinitionInput) => void = () => {}) {
  const d = structuredClone(base);
  change(d);
  return ZFormDefinition.parse(d);
}
function scoring(change: (m: TScoringModelInput) => void = () => {}) {
  const m = structuredClone(scoringBase);
  change(m);
  return ZScoringModel.parse(m);
}
const addRule = (d: TFormDefinitionInput, rule: TLogicRule) => (d.logic = [...(d.logic ?? []), rule]);
const fieldsOf = (d: TFormDefinitionInput, i: number) => d.steps[i]!.fields;

describe("checkPublishable", () => {
  it("a well-formed form and scoring model have no problems", () => {
    expect(checkPublishable(form(), scoring())).toEqual([]);
  });

  it.each<[string, (d: TFormDefinitionInput) => void, TPublishProblem[]]>([
    ["duplicate field keys", (d) => fieldsOf(d, 3).push({ key: "email", type: "email", label: "Email again" }),
      [{ path: "steps.3.fields.1.key", fieldKey: "email", message: "'Work email' and 'Email again' both use the key 'email'; each question needs its own key" }]],
    ["duplicate step ids", (d) => (d.steps[3]!.id = "needs"),
      [
        { path: "steps.3.id", stepId: "needs", message: "Steps 'Your needs' and 'Last step' both use the id 'needs'; each step needs its own id" },
        { path: "logic.2.action", message: "The jump after 'Your needs' jumps to a step that does not exist ('last')" },
      ]],
    ["choice field without options", (d) => fieldsOf(d, 3).push({ key: "plan", type: "dropdown", label: "Plan" }),
      [{ path: "steps.3.fields.1.options", fieldKey: "plan", message: "'Plan' has no options to choose from" }]],
    ["multiple choice with empty options", (d) => fieldsOf(d, 3).push({ key: "tools", type: "multiple_choice", label: "Tools", options: [] }),
      [{ path: "steps.3.fields.1.options", fieldKey: "tools", message: "'Tools' has no options to choose from" }]],
    ["duplicate option values", (d) => fieldsOf(d, 3).push({ key: "plan", type: "single_choice", label: "Plan", options: [{ value: "a", label: "A" }, { value: "a", label: "A2" }] }),
      [{ path: "steps.3.fields.1.options.1.value", fieldKey: "plan", message: "'Plan' has two options with the value 'a'" }]],
    ["a dropdown with its placeholder options untouched", (d) => fieldsOf(d, 3).push({ key: "plan", type: "dropdown", label: "Plan", options: [{ value: "option_1", label: "Option 1" }, { value: "option_2", label: "Option 2" }] }),
      [{ path: "steps.3.fields.1.options.0.label", fieldKey: "plan", message: "'Plan' still offers the placeholder options “Option 1” and “Option 2”; name its options as prospects should see them" }]],
    ["a single choice with one placeholder option left", (d) => fieldsOf(d, 3).push({ key: "plan", type: "single_choice", label: "Plan", options: [{ value: "small", label: "Small" }, { value: "option_2", label: "Option 2" }] }),
      [{ path: "steps.3.fields.1.options.1.label", fieldKey: "plan", message: "'Plan' still offers the placeholder option “Option 2”; name its options as prospects should see them" }]],
    ["empty step", (d) => (d.steps[2]!.fields = []),
      [{ path: "steps.2.fields", stepId: "extra", message: "Step 'Step 3' has no questions" }]],
    ["condition on a missing field", (d) => addRule(d, { id: "r", when: is("country", "de"), action: { type: "show_field", fieldKey: "notes" } }),
      [{ path: "logic.4.when.ref", message: "The show-if rule of 'Notes' checks 'country', which is not a question on this form" }]],
    ["condition on a missing option (nested)", (d) => addRule(d, { id: "x", when: { kind: "group", op: "or", conditions: [is("role", "vp"), { kind: "rule", ref: "company_size", operator: "is_any_of", value: ["201-1000", "enterprise"] }] }, action: { type: "show_field", fieldKey: "notes" } }),
      [{ path: "logic.4.when.conditions.1.value", fieldKey: "company_size", message: "The show-if rule of 'Notes' checks option 'enterprise' of 'Company size', which has no such option" }]],
    ["yes_no options are yes/no (true/\"false\" read as them: yes-no-rule-values.test.ts)", (d) => addRule(d, { id: "y", when: is("partner", "maybe"), action: { type: "show_field", fieldKey: "notes" } }),
      [{ path: "logic.4.when.value", fieldKey: "partner", message: "The show-if rule of 'Notes' checks option 'maybe' of 'Partner?', which has no such option" }]],
    ["show_field checks a later question", (d) => addRule(d, { id: "late", when: is("partner", "yes"), action: { type: "show_field", fieldKey: "budget" } }),
      [{ path: "logic.4.when", fieldKey: "partner", message: "The 2nd show-if rule of 'Budget' checks 'Partner?', which is answered after the question it controls ('Budget')" }]],
    ["hide_field checks its own question", (d) => addRule(d, { id: "self", when: { kind: "rule", ref: "notes", operator: "is_empty" }, action: { type: "hide_field", fieldKey: "notes" } }),
      [{ path: "logic.4.when", fieldKey: "notes", message: "The hide-if rule of 'Notes' checks 'Notes', the question it controls" }]],
    ["show_field checks its own question: named by its label and the rule's place, no rule id", (d) => addRule(d, { id: "rule_1", when: { kind: "rule", ref: "seats", operator: "gt", value: 5 }, action: { type: "show_field", fieldKey: "seats" } }),
      [{ path: "logic.4.when", fieldKey: "seats", message: "The show-if rule of 'Seats' checks 'Seats', the question it controls" }]],
    ["show_step checks a question on that step", (d) => addRule(d, { id: "own", when: { kind: "rule", ref: "seats", operator: "gt", value: 1 }, action: { type: "show_step", stepId: "extra" } }),
      [{ path: "logic.4.when", fieldKey: "seats", stepId: "extra", message: "The show-if rule of 'Step 3' checks 'Seats', which is answered after the step it controls ('Step 3')" }]],
    ["jump rule checks a question of a later step", (d) => addRule(d, { id: "early", fromStepId: "about", when: is("partner", "yes"), action: { type: "jump_to_step", stepId: "last" } }),
      [{ path: "logic.4.when", fieldKey: "partner", stepId: "about", message: "The jump after 'About you' checks 'Partner?', which is answered after the step it is checked at ('About you')" }]],
    ["hidden fields may be checked anywhere", (d) => addRule(d, { id: "h", when: is("utm_source", "ads"), action: { type: "hide_step", stepId: "about" } }), []],
    ["show_field of a missing question", (d) => addRule(d, { id: "m", when: always, action: { type: "show_field", fieldKey: "ghost" } }),
      [{ path: "logic.4.action", message: "The 5th logic rule shows a question that does not exist ('ghost')" }]],
    ["hide_field of a missing question", (d) => addRule(d, { id: "m", when: always, action: { type: "hide_field", fieldKey: "ghost" } }),
      [{ path: "logic.4.action", message: "The 5th logic rule hides a question that does not exist ('ghost')" }]],
    ["show_step of a missing step", (d) => addRule(d, { id: "m", when: always, action: { type: "show_step", stepId: "ghost" } }),
      [{ path: "logic.4.action", message: "The 5th logic rule shows a step that does not exist ('ghost')" }]],
    ["hide_step of a missing step", (d) => addRule(d, { id: "m", when: always, action: { type: "hide_step", stepId: "ghost" } }),
      [{ path: "logic.4.action", message: "The 5th logic rule hides a step that does not exist ('ghost')" }]],
    ["jump to a missing step", (d) => addRule(d, { id: "m", fromStepId: "needs", when: is("role", "vp"), action: { type: "jump_to_step", stepId: "ghost" } }),
      [{ path: "logic.4.action", message: "The 2nd jump after 'Your needs' jumps to a step that does not exist ('ghost')" }]],
    ["end with a missing outcome", (d) => addRule(d, { id: "m", fromStepId: "needs", when: is("role", "vp"), action: { type: "end_form", outcomeId: "ghost" } }),
      [{ path: "logic.4.action", message: "The end rule after 'Your needs' ends the form with an outcome that does not exist ('ghost')" }]],
    ["jump without fromStepId", (d) => addRule(d, { id: "m", when: is("role", "vp"), action: { type: "jump_to_step", stepId: "last" } }),
      [{ path: "logic.4.fromStepId", message: "The 5th logic rule must say after which step it is checked" }]],
    ["end with an unknown fromStepId", (d) => addRule(d, { id: "m", fromStepId: "ghost", when: is("role", "vp"), action: { type: "end_form", outcomeId: "thanks" } }),
      [{ path: "logic.4.fromStepId", message: "The 5th logic rule is checked after step 'ghost', which does not exist" }]],
    ["backward jump (a loop)", (d) => addRule(d, { id: "back", fromStepId: "last", when: is("role", "vp"), action: { type: "jump_to_step", stepId: "needs" } }),
      [{ path: "logic.4.action", stepId: "needs", message: "The jump after 'Last step' jumps back from 'Last step' to 'Your needs', which makes a loop; jumps may only go forward" }]],
    ["jump to its own step", (d) => addRule(d, { id: "self", fromStepId: "needs", when: is("role", "vp"), action: { type: "jump_to_step", stepId: "needs" } }),
      [{ path: "logic.4.action", stepId: "needs", message: "The 2nd jump after 'Your needs' jumps from 'Your needs' to itself, which would loop forever" }]],
    ["unreachable: an always-firing jump skips a step", (d) => addRule(d, { id: "always", fromStepId: "needs", when: always, action: { type: "jump_to_step", stepId: "last" } }),
      [{ path: "steps.2", stepId: "extra", message: "Step 'Step 3' can never be reached from the first step" }]],
    ["unreachable: an always-firing end", (d) => addRule(d, { id: "stop", fromStepId: "needs", when: always, action: { type: "end_form", outcomeId: "thanks" } }),
      [{ path: "steps.2", stepId: "extra", message: "Step 'Step 3' can never be reached from the first step" }, { path: "steps.3", stepId: "last", message: "Step 'Last step' can never be reached from the first step" }]],
    ["unreachable: a step that is always hidden", (d) => addRule(d, { id: "gone", when: always, action: { type: "hide_step", stepId: "last" } }),
      [{ path: "steps.3", stepId: "last", message: "Step 'Last step' can never be reached from the first step" }]],
    ["reachable: a conditional jump and a skippable step keep every step reachable", (d) => addRule(d, { id: "maybe", fromStepId: "about", when: is("role", "vp"), action: { type: "jump_to_step", stepId: "last" } }), []],
    ["unreachable: a step shown only by a rule that can never hold", (d) => addRule(d, { id: "never_extra", when: never, action: { type: "show_step", stepId: "extra" } }),
      [{ path: "steps.2", stepId: "extra", message: "Step 'Step 3' can never be reached from the first step" }]],
    ["a number question's minimum above its maximum", (d) => (fieldsOf(d, 2)[0]!.validation = { min: 10, max: 5 }),
      [{ path: "steps.2.fields.0.validation.max", fieldKey: "seats", message: "'Seats': the minimum (10) is more than the maximum (5); no answer can meet both" }]],
    ["a currency question's minimum above its maximum", (d) => (fieldsOf(d, 1)[0]!.validation = { min: 50_000, max: 1_000 }),
      [{ path: "steps.1.fields.0.validation.max", fieldKey: "budget", message: "'Budget': the minimum (50,000) is more than the maximum (1,000); no answer can meet both" }]],
    ["a text's minimum length above its maximum length", (d) => (fieldsOf(d, 3)[0]!.validation = { minLength: 20, maxLength: 10 }),
      [{ path: "steps.3.fields.0.validation.maxLength", fieldKey: "notes", message: "'Notes': the minimum length (20) is more than the maximum length (10); no answer can meet both" }]],
    ["equal bounds are fine", (d) => (fieldsOf(d, 2)[0]!.validation = { min: 5, max: 5 }), []],
    ["missing default outcome", (d) => (d.defaultOutcomeId = "ghost"),
      [{ path: "defaultOutcomeId", message: "The default outcome 'ghost' does not exist" }]],
    ["tier outcome pointing nowhere", (d) => (d.tierOutcomes = { hot: "ghost" }),
      [{ path: "tierOutcomes.hot", message: "The outcome for tier 'hot' ('ghost') does not exist" }]],
    ["duplicate outcome ids", (d) => d.outcomes.push({ id: "thanks", type: "redirect", url: "https://example.com" }),
      [{ path: "outcomes.2.id", message: "Two outcomes use the id 'thanks'" }]],
  ])("%s", (_name, change, expected) => expect(checkPublishable(form(change), scoring())).toEqual(expected));

  it("reports problems without a scoring model too, and all of them at once", () => {
    const problems = checkPublishable(form((d) => {
      d.defaultOutcomeId = "ghost";
      d.steps[2]!.fields = [];
      d.tierOutcomes = { unknown_tier: "thanks" };
    }));
    expect(problems.map((p) => p.path)).toEqual(["steps.2.fields", "defaultOutcomeId"]);
  });
});

describe("checkPublishable: scoring model", () => {
  it.each<[string, (m: TScoringModelInput) => void, TPublishProblem[]]>([
    ["duplicate tier keys", (m) => m.tiers.splice(1, 0, { key: "hot", label: "Hot again", minScore: 10 }),
      [{ path: "scoring.tiers.1.key", message: "Two tiers use the key 'hot'" }]],
    ["duplicate dimension keys", (m) => m.dimensions.push({ key: "fit", label: "Fit 2" }),
      [{ path: "scoring.dimensions.1.key", message: "Two dimensions use the key 'fit'" }]],
    ["tier without minimum that is not last", (m) => (m.tiers = [{ key: "hot", label: "Hot", minScore: null }, { key: "cold", label: "Cold", minScore: null }]),
      [{ path: "scoring.tiers.0.minScore", message: "Tier 'Hot' needs a minimum score; only the last tier may have none" }]],
    ["tier that can never be reached", (m) => m.tiers.splice(1, 0, { key: "warm", label: "Warm", minScore: 20 }),
      [{ path: "scoring.tiers.1.minScore", message: "Tier 'Warm' can never be reached: its minimum score must be lower than those of the tiers above it" }]],
    ["option points on a missing dimension", (m) => (m.optionPoints![0]!.dimension = "intent"),
      [{ path: "scoring.optionPoints.0.dimension", message: "Points for '201-1000' adds points to dimension 'intent', which does not exist" }]],
    ["option points on a missing option", (m) => (m.optionPoints![0]!.optionValue = "huge"),
      [{ path: "scoring.optionPoints.0.optionValue", fieldKey: "company_size", message: "Points refer to option 'huge' of 'Company size', which has no such option" }]],
    ["option points on a missing question", (m) => (m.optionPoints![0]!.fieldKey = "ghost"),
      [{ path: "scoring.optionPoints.0.fieldKey", message: "Points refer to 'ghost', which is not a question on this form" }]],
    ["option points on a question without options", (m) => (m.optionPoints![0]!.fieldKey = "notes"),
      [{ path: "scoring.optionPoints.0.fieldKey", fieldKey: "notes", message: "Points refer to 'Notes', which has no options" }]],
    ["rule on a missing dimension", (m) => (m.rules![0]!.dimension = "value"),
      [{ path: "scoring.rules.0.dimension", message: "Scoring rule 'big budget' adds points to dimension 'value', which does not exist" }]],
    ["rule on a missing question", (m) => (m.rules![0]!.when = is("country", "de")),
      [{ path: "scoring.rules.0.when.ref", message: "Scoring rule 'big budget' checks 'country', which is not a question on this form" }]],
    ["rule on a missing option", (m) => (m.rules![0]!.when = is("role", "cto")),
      [{ path: "scoring.rules.0.when.value", fieldKey: "role", message: "Scoring rule 'big budget' checks option 'cto' of 'Role', which has no such option" }]],
    ["knock-out to a missing tier", (m) => (m.knockouts![0]!.tier = "trash"),
      [{ path: "scoring.knockouts.0.tier", message: "Knock-out 'student' sends leads to tier 'trash', which does not exist" }]],
    ["knock-out on a missing question", (m) => (m.knockouts![0]!.when = is("age", "12")),
      [{ path: "scoring.knockouts.0.when.ref", message: "Knock-out 'student' checks 'age', which is not a question on this form" }]],
    ["free-mail on a non-email field", (m) => (m.freeEmail!.fieldKey = "notes"),
      [{ path: "scoring.freeEmail.fieldKey", fieldKey: "notes", message: "The free-mail penalty must check an email question; 'Notes' is not one" }]],
    ["free-mail on a missing field", (m) => (m.freeEmail!.fieldKey = "ghost"),
      [{ path: "scoring.freeEmail.fieldKey", message: "The free-mail penalty checks 'ghost', which is not a question on this form" }]],
    ["free-mail on a missing dimension", (m) => (m.freeEmail!.dimension = "intent"),
      [{ path: "scoring.freeEmail.dimension", message: "The free-mail penalty adds points to dimension 'intent', which does not exist" }]],
    ["deal value from a non-number field", (m) => (m.dealValue!.fromField = "role"),
      [{ path: "scoring.dealValue.fromField", fieldKey: "role", message: "The deal value must come from a number or currency question; 'Role' is not one" }]],
    ["deal value from a missing field", (m) => (m.dealValue!.fromField = "ghost"),
      [{ path: "scoring.dealValue.fromField", message: "The deal value comes from 'ghost', which is not a question on this form" }]],
    ["deal value amount on a missing option", (m) => (m.dealValue!.fromOptions![0]!.optionValue = "gigantic"),
      [{ path: "scoring.dealValue.fromOptions.0.optionValue", fieldKey: "company_size", message: "Deal value amounts refer to option 'gigantic' of 'Company size', which has no such option" }]],
  ])("%s", (_name, change, expected) => expect(checkPublishable(form(), scoring(change))).toEqual(expected));

  it("an outcome for a tier the model does not have", () => {
    expect(checkPublishable(form((d) => (d.tierOutcomes = { vip: "thanks" })), scoring())).toEqual([
      { path: "tierOutcomes.vip", message: "An outcome is set for tier 'vip', which the scoring model does not have" },
    ]);
  });
});

it.each([[1, "1st"], [2, "2nd"], [3, "3rd"], [4, "4th"], [11, "11th"], [12, "12th"], [13, "13th"], [21, "21st"], [102, "102nd"], [111, "111th"]])("ordinal(%i) is %s", (n, text) => {
  expect(ordinal(n)).toBe(text);
});
