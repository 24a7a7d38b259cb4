import { describe, expect, it } from "vitest";
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
