import { describe, expect, it } from "vitest";
import { checkPublishable } from "@/server/domain/forms/publish-check";
import { removeOption } from "@/server/domain/forms/editor/option-ops";
import { stateOf, testState } from "@/server/domain/forms/editor/test-state";
import { problemTarget } from "./builder-model";
import { ownersOfRulesComparingRemovedOption, ruleOwner, ruleOwnerAtPath } from "./rule-owner";

const { definition } = testState();

describe("ruleOwner: the question or step whose settings hold the rule", () => {
  it.each([
    ["a question's show-if rule", "show_budget", { kind: "field", key: "budget" }],
    ["a step's end rule", "end_students", { kind: "step", id: "about" }],
    ["a question's hide-if rule", "hide_notes", { kind: "field", key: "notes" }],
  ])("%s", (_, id, expected) => {
    expect(ruleOwner(definition, definition.logic.find((r) => r.id === id)!)).toEqual(expected);
  });

  it("is null for a rule about a question that is gone", () => {
    expect(ruleOwner(definition, { id: "x", when: { kind: "group", op: "and", conditions: [] }, action: { type: "show_field", fieldKey: "gone" } })).toBeNull();
  });

  it.each([
    ["logic.0.when.value", { kind: "field", key: "budget" }],
    ["logic.1.when.conditions.0.ref", { kind: "step", id: "about" }],
    ["logic.9.when", null],
    ["steps.0.fields.1", null],
  ])("at path %s", (path, expected) => {
    expect(ruleOwnerAtPath(definition, path)).toEqual(expected);
  });
});

describe("problemTarget of a refused rule selects the rule's owner, not the question it checks", () => {
  // Option "vp" of Role removed: the show-if rule of Budget still compares it; publish names it
  // with fieldKey "role" (the checked question). The marketer fixes it in Budget's settings.
  const removed = stateOf(removeOption(testState(), "role", "vp"));

  it("publish refuses the rule, naming the checked question's key", () => {
    const problems = checkPublishable(removed.definition, removed.scoring).filter((p) => p.path.startsWith("logic."));
    expect(problems).toEqual([expect.objectContaining({ path: "logic.0.when.value", fieldKey: "role" })]);
  });

  it("clicking that problem selects Budget, whose show-if rule it is", () => {
    const [problem] = checkPublishable(removed.definition, removed.scoring).filter((p) => p.path.startsWith("logic."));
    expect(problemTarget(removed.definition, problem!)).toEqual({ kind: "field", key: "budget" });
  });

  it.each([
    ["a question's rule reading a later question", { path: "logic.0.when", fieldKey: "notes" }, { kind: "field", key: "budget" }],
    ["a step's end rule comparing a removed option", { path: "logic.1.when.value", fieldKey: "role" }, { kind: "step", id: "about" }],
    ["a step's rule reading a later question", { path: "logic.1.when", fieldKey: "company_size", stepId: "about" }, { kind: "step", id: "about" }],
    ["a question's own problem still selects it", { path: "steps.1.fields.0.options", fieldKey: "company_size" }, { kind: "field", key: "company_size" }],
  ])("%s", (_, problem, expected) => {
    expect(problemTarget(definition, problem)).toEqual(expected);
  });
});

describe("ownersOfRulesComparingRemovedOption: the cards the canvas marks after an option is removed", () => {
  it.each([
    ["vp: Budget's show-if rule", "vp", [{ kind: "field", key: "budget" }]],
    ["student: the end rule of About you", "student", [{ kind: "step", id: "about" }]],
  ])("%s", (_, value, expected) => {
    const removed = stateOf(removeOption(testState(), "role", value));
    expect(ownersOfRulesComparingRemovedOption(removed.definition, "role", value)).toEqual(expected);
  });

  it("is empty while the option is still there", () => {
    expect(ownersOfRulesComparingRemovedOption(definition, "role", "vp")).toEqual([]);
  });
});
