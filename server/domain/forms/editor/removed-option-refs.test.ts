import { describe, expect, it } from "vitest";
import type { TCondition, TConditionRule } from "../../conditions/condition";
import { ZFormDefinition } from "../definition";
import { checkPublishable } from "../publish-check";
import { changeOptionValue, removeOption } from "./option-ops";
import { removedOptionNotice, removedOptionPhrase, removedOptionsOf, removedOptionsText, rulesCheckingOption } from "./removed-option-refs";
import { is, stateOf, testState } from "./test-state";

describe("removedOptionsOf: compared options a choice question no longer has", () => {
  it.each([
    ["no change", (s: ReturnType<typeof testState>) => s, "end_students", []],
    ["student removed", (s: ReturnType<typeof testState>) => stateOf(removeOption(s, "role", "student")), "end_students", [{ ref: "role", label: "Role", value: "student" }]],
    ["student removed, rule reads vp", (s: ReturnType<typeof testState>) => stateOf(removeOption(s, "role", "student")), "show_budget", []],
    // Changing the stored value rewrites the conditions: nothing dangles.
    ["student's value changed", (s: ReturnType<typeof testState>) => stateOf(changeOptionValue(s, "role", "student", "learner")), "end_students", []],
  ])("%s", (_, change, ruleId, expected) => {
    const state = change(testState());
    const rule = state.definition.logic.find((r) => r.id === ruleId)!;
    expect(removedOptionsOf(state.definition, rule.when)).toEqual(expected);
  });

  it("walks groups and lists (is any of), once per option", () => {
    const state = stateOf(removeOption(testState(), "role", "student"));
    const when = { kind: "group" as const, op: "or" as const, conditions: [is("role", "student"), { kind: "rule" as const, ref: "role", operator: "is_any_of" as const, value: ["vp", "student", "intern"] }, is("ghost", "x")] };
    expect(removedOptionsOf(state.definition, when)).toEqual([
      { ref: "role", label: "Role", value: "student" },
      { ref: "role", label: "Role", value: "intern" },
    ]);
  });
});

describe("rulesCheckingOption after removeOption", () => {
  it.each([
    ["role", "student", ["The end rule after 'About you'", "Knock-out 'student'"]],
    ["role", "vp", ["The show-if rule of 'Budget'"]],
    ["company_size", "5001+", ["Scoring rule 'big company'"]],
    ["company_size", "11-50", []],
  ])("%s / %s → %j", (key, value, rules) => {
    const after = stateOf(removeOption(testState(), key, value));
    expect(rulesCheckingOption(after, key, value)).toEqual(rules);
  });

  it("names the same rules publish refuses, and publish names the option", () => {
    const after = stateOf(removeOption(testState(), "role", "student"));
    const refused = checkPublishable(after.definition, after.scoring).filter((p) => p.message.includes("option 'student'"));
    expect(refused.map((p) => p.message)).toEqual([
      "The end rule after 'About you' checks option 'student' of 'Role', which has no such option",
      "Knock-out 'student' checks option 'student' of 'Role', which has no such option",
    ]);
    expect(refused.map((p) => p.message.split(" checks ")[0])).toEqual(rulesCheckingOption(after, "role", "student"));
  });
});

it.each([
  ["option_1", "a removed option (option_1)"],
  ["5001+", "a removed option (5001+)"],
])("removedOptionPhrase(%s)", (value, text) => expect(removedOptionPhrase(value)).toBe(text));

describe("removedOptionNotice", () => {
  it.each([
    [[], null],
    [["The show-if rule of 'Team size'"], "The option “Manager” of “Your role” is removed, but the show-if rule of 'Team size' still checks it. Publishing is refused until you change that rule — or press Undo to bring the option back."],
    [
      ["The end rule after 'About you'", "Knock-out 'student'"],
      "The option “Manager” of “Your role” is removed, but 2 rules still check it (the end rule after 'About you'; knock-out 'student'). Publishing is refused until you change those rules — or press Undo to bring the option back.",
    ],
  ])("%j", (rules, notice) => expect(removedOptionNotice("Manager", "Your role", rules)).toBe(notice));
});

describe("removedOptionsText: the marker on the card of the rule's question", () => {
  const student = { ref: "role", label: "Your role", value: "student" };
  it.each([
    [[], null],
    [[student], "a removed option of 'Your role' (student)"],
    [[student, student, { ref: "size", label: "Team size", value: "5001+" }], "a removed option of 'Your role' (student), a removed option of 'Team size' (5001+)"],
  ])("%j", (refs, text) => expect(removedOptionsText(refs)).toBe(text));
});

describe("removedOptionsOf: only a choice question whose options the marketer lists (or company size bands) can have a removed option", () => {
  const definition = ZFormDefinition.parse({
    title: "Types",
    steps: [
      {
        id: "one",
        title: "One",
        fields: [
          { key: "demo", type: "yes_no", label: "Want a demo?" },
          { key: "seats", type: "number", label: "Seats" },
          { key: "budget", type: "currency", label: "Budget" },
          { key: "name", type: "short_text", label: "Name" },
          { key: "notes", type: "long_text", label: "Notes" },
          { key: "email", type: "email", label: "Work email" },
          { key: "phone", type: "phone", label: "Phone" },
          { key: "site", type: "url", label: "Website" },
          { key: "start", type: "date", label: "Start" },
          { key: "consent", type: "consent", label: "I agree" },
          { key: "campaign", type: "hidden", label: "Campaign", source: "utm_campaign" },
          { key: "role", type: "single_choice", label: "Role", options: [{ value: "vp", label: "VP" }] },
          { key: "tools", type: "multiple_choice", label: "Tools", options: [{ value: "crm", label: "CRM" }] },
          { key: "region", type: "dropdown", label: "Region", options: [{ value: "eu", label: "Europe" }] },
          { key: "size", type: "company_size", label: "Company size" },
        ],
      },
    ],
    logic: [],
    outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
    defaultOutcomeId: "thanks",
  });
  const rule = (ref: string, operator: TConditionRule["operator"], value: TConditionRule["value"]): TCondition => ({ kind: "rule", ref, operator, value });
  it.each<[string, TCondition, string[]]>([
    ["yes/no is 'true'", rule("demo", "equals", "true"), []],
    ["yes/no is 'false'", rule("demo", "equals", "false"), []],
    ["yes/no is true", rule("demo", "equals", true), []],
    ["yes/no is not false", rule("demo", "not_equals", false), []],
    ["yes/no is 'yes'", rule("demo", "equals", "yes"), []],
    ["yes/no is any of 'TRUE', 'no'", rule("demo", "is_any_of", ["TRUE", "no"]), []],
    ["number equals 7", rule("seats", "equals", 7), []],
    ["number is any of '5', '10'", rule("seats", "is_any_of", ["5", "10"]), []],
    ["currency is not 0", rule("budget", "not_equals", 0), []],
    ["short text equals 'Sam'", rule("name", "equals", "Sam"), []],
    ["long text contains 'urgent'", rule("notes", "contains", "urgent"), []],
    ["email equals an address", rule("email", "equals", "sam@acme.com"), []],
    ["email contains a domain", rule("email", "contains", "@acme.com"), []],
    ["phone equals", rule("phone", "equals", "+1 555"), []],
    ["url equals", rule("site", "equals", "https://acme.com"), []],
    ["date equals", rule("start", "equals", "2026-12-01"), []],
    ["consent is true", rule("consent", "equals", true), []],
    ["consent is 'false'", rule("consent", "equals", "false"), []],
    ["hidden equals 'spring'", rule("campaign", "equals", "spring"), []],
    ["single choice, a removed option", rule("role", "equals", "student"), ["student"]],
    ["multiple choice contains a removed option", rule("tools", "contains", "erp"), ["erp"]],
    ["dropdown is any of, one removed", rule("region", "is_any_of", ["eu", "apac"]), ["apac"]],
    ["company size, a band it lacks", rule("size", "equals", "9999+"), ["9999+"]],
    ["single choice, an option still there", rule("role", "equals", "vp"), []],
  ])("%s → %j", (_, when, values) => {
    expect(removedOptionsOf(definition, when).map((o) => o.value)).toEqual(values);
  });
});
