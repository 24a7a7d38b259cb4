import { describe, expect, it } from "vitest";
import type { TLogicAction } from "../definition";
import { visibleFieldKeys } from "../logic";
import { addLogicRule, removeLogicRule, rulesForField, rulesForStep, updateLogicRule } from "./logic-ops";
import { is, stateOf, testState } from "./test-state";

describe("addLogicRule", () => {
  it.each<[string, TLogicAction, string | undefined]>([
    ["show field", { type: "show_field", fieldKey: "notes" }, undefined],
    ["hide field", { type: "hide_field", fieldKey: "budget" }, undefined],
    ["show step", { type: "show_step", stepId: "needs" }, undefined],
    ["hide step", { type: "hide_step", stepId: "needs" }, undefined],
    ["jump", { type: "jump_to_step", stepId: "needs" }, "about"],
    ["end early", { type: "end_form", outcomeId: "thanks" }, "about"],
  ])("%s", (_, action, fromStepId) => {
    const result = addLogicRule(testState(), { action, when: is("role", "vp"), fromStepId });
    expect(result.ok && result.ruleId).toBe("rule_1");
    expect(stateOf(result).definition.logic.at(-1)).toEqual({ id: "rule_1", when: is("role", "vp"), action, ...(fromStepId ? { fromStepId } : {}) });
  });

  it("a show-if rule acts on what the form shows", () => {
    const state = stateOf(addLogicRule(testState(), { action: { type: "show_field", fieldKey: "notes" }, when: is("role", "vp") }));
    expect(visibleFieldKeys(state.definition, { role: "student" }).has("notes")).toBe(false);
    expect(visibleFieldKeys(state.definition, { role: "vp" }).has("notes")).toBe(true);
  });

  it("defaults to an always-true condition and ignores fromStepId on show/hide", () => {
    const rule = stateOf(addLogicRule(testState(), { action: { type: "hide_step", stepId: "needs" }, fromStepId: "about" })).definition.logic.at(-1);
    expect(rule).toEqual({ id: "rule_1", when: { kind: "group", op: "and", conditions: [] }, action: { type: "hide_step", stepId: "needs" } });
  });

  it("refuses a jump without its step", () => {
    expect(addLogicRule(testState(), { action: { type: "jump_to_step", stepId: "needs" } })).toEqual({ ok: false, error: "Jump and end rules need the step after which they are checked" });
  });
});

describe("updateLogicRule / removeLogicRule", () => {
  it.each([
    ["condition", { when: is("role", "student") }, { id: "show_budget", when: is("role", "student"), action: { type: "show_field", fieldKey: "budget" } }],
    ["action to hide", { action: { type: "hide_field" as const, fieldKey: "budget" } }, { id: "show_budget", when: is("role", "vp"), action: { type: "hide_field", fieldKey: "budget" } }],
  ])("updates the %s", (_, patch, expected) => {
    expect(stateOf(updateLogicRule(testState(), "show_budget", patch)).definition.logic[0]).toEqual(expected);
  });

  it("turning an end rule into a show rule drops its fromStepId", () => {
    const rule = stateOf(updateLogicRule(testState(), "end_students", { action: { type: "show_step", stepId: "needs" } })).definition.logic[1];
    expect(rule?.fromStepId).toBeUndefined();
  });

  it("removes", () => {
    expect(stateOf(removeLogicRule(testState(), "hide_notes")).definition.logic.map((r) => r.id)).toEqual(["show_budget", "end_students"]);
  });

  it.each([
    [() => updateLogicRule(testState(), "nope", {})],
    [() => removeLogicRule(testState(), "nope")],
  ])("refuses an unknown rule (%#)", (run) => {
    expect(run()).toEqual({ ok: false, error: "There is no rule 'nope'" });
  });
});

describe("rules shown on a field or step", () => {
  it.each([
    ["budget", ["show_budget"]],
    ["notes", ["hide_notes"]],
    ["role", []],
  ])("field %s", (key, ids) => expect(rulesForField(testState().definition, key).map((r) => r.id)).toEqual(ids));

  it.each([
    ["about", ["end_students"]],
    ["needs", []],
  ])("step %s", (id, ids) => expect(rulesForStep(testState().definition, id).map((r) => r.id)).toEqual(ids));
});
