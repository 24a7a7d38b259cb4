import { describe, expect, it } from "vitest";
import { checkPublishable } from "../publish-check";
import { removeField } from "./field-ops";
import { missingKeysOfRule, removedQuestionAnnouncement, removedQuestionNotice, removedStepAnnouncement, rulesCheckingKey } from "./removed-question-refs";
import { stateOf, testState } from "./test-state";

describe("rulesCheckingKey after removeField", () => {
  it.each([
    // role: read by the show-if rule of Budget, the end rule after About you and the knock-out.
    ["role", ["The show-if rule of 'Budget'", "The end rule after 'About you'", "Knock-out 'student'"]],
    // company_size: its own hide-if target stays (Notes), plus the scoring rule.
    ["company_size", ["The hide-if rule of 'Notes'", "Scoring rule 'big company'"]],
    // budget and notes: read by no condition (their own rules go with them).
    ["budget", []],
    ["notes", []],
  ])("%s → %j", (key, rules) => {
    const after = stateOf(removeField(testState(), key));
    expect(rulesCheckingKey(after, key)).toEqual(rules);
  });

  it("names the same rules publish refuses", () => {
    const after = stateOf(removeField(testState(), "company_size"));
    const refused = checkPublishable(after.definition, after.scoring).filter((p) => p.message.includes("'company_size'"));
    expect(refused.map((p) => p.message.split(" checks ")[0])).toEqual(rulesCheckingKey(after, "company_size"));
  });
});

describe("missingKeysOfRule", () => {
  it.each([
    ["no removal", null, "hide_notes", []],
    ["company_size removed", "company_size", "hide_notes", ["company_size"]],
    ["role removed, rule reads role", "role", "end_students", ["role"]],
    ["role removed, rule reads another", "role", "hide_notes", []],
  ])("%s", (_, removed, ruleId, missing) => {
    const state = removed ? stateOf(removeField(testState(), removed)) : testState();
    const rule = state.definition.logic.find((r) => r.id === ruleId)!;
    expect(missingKeysOfRule(state.definition, rule)).toEqual(missing);
  });
});

describe("removedQuestionNotice", () => {
  it.each([
    [[], null],
    [["The show-if rule of 'Team size'"], "“Your role” is removed, but the show-if rule of 'Team size' still checks it. Publishing is refused until you change that rule — or press Undo to bring the question back."],
    [
      ["The end rule after 'About you'", "Knock-out 'student'"],
      "“Your role” is removed, but 2 rules still check it (the end rule after 'About you'; knock-out 'student'). Publishing is refused until you change those rules — or press Undo to bring the question back.",
    ],
  ])("%j", (rules, notice) => {
    expect(removedQuestionNotice("Your role", rules)).toBe(notice);
  });
});

describe("removedQuestionAnnouncement: the live region's words at the removal", () => {
  it.each([
    [0, "Removed question “Your role”. Undo available."],
    [1, "Removed question “Your role”. 1 rule still refers to it. Undo available."],
    [2, "Removed question “Your role”. 2 rules still refer to it. Undo available."],
  ])("%i rules", (count, text) => expect(removedQuestionAnnouncement("Your role", count)).toBe(text));
});

describe("removedStepAnnouncement: the live region's words at a step's deletion", () => {
  it.each([
    [2, "Company", 0, "Removed step 2 “Company”. Undo available."],
    [1, "About you", 1, "Removed step 1 “About you”. 1 rule still refers to its questions. Undo available."],
    [3, "Step 3", 2, "Removed step 3 “Step 3”. 2 rules still refer to its questions. Undo available."],
  ])("step %i “%s”, %i rules", (position, title, count, text) => expect(removedStepAnnouncement(position, title, count)).toBe(text));
});
