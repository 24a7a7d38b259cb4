import { describe, expect, it } from "vitest";
import { checkPublishable } from "../publish-check";
import { addStep, moveStep, removeStep, renameStep, updateStep } from "./step-ops";
import { stateOf, testState } from "./test-state";

const stepIds = (result: Parameters<typeof stateOf>[0]) => stateOf(result).definition.steps.map((s) => s.id);

describe("addStep", () => {
  it.each([
    [{}, "step_1", ["about", "needs", "step_1"], "Step 3"],
    [{ index: 0, title: "Welcome" }, "step_1", ["step_1", "about", "needs"], "Welcome"],
    [{ index: 1 }, "step_1", ["about", "step_1", "needs"], "Step 3"],
  ])("%j → %s", (input, id, order, title) => {
    const result = addStep(testState(), input);
    expect(result.ok && result.stepId).toBe(id);
    expect(stepIds(result)).toEqual(order);
    expect(stateOf(result).definition.steps.find((s) => s.id === id)).toEqual({ id, title, fields: [] });
  });

  it("picks a free id", () => {
    const once = stateOf(addStep(testState()));
    const twice = addStep(once);
    expect(twice.ok && twice.stepId).toBe("step_2");
  });

  it.each([[-1], [3], [0.5]])("refuses position %d", (index) => {
    expect(addStep(testState(), { index })).toEqual({ ok: false, error: `Position ${index} is outside the form` });
  });

  it("refuses a 31st step", () => {
    let state = testState();
    for (let i = 0; i < 28; i++) state = stateOf(addStep(state));
    expect(addStep(state)).toEqual({ ok: false, error: "A form has at most 30 steps" });
  });
});

describe("moveStep", () => {
  it.each([
    ["needs", 0, ["needs", "about"]],
    ["about", 1, ["needs", "about"]],
    ["about", 0, ["about", "needs"]],
  ])("%s → %d", (id, to, order) => {
    expect(stepIds(moveStep(testState(), id, to))).toEqual(order);
  });

  it.each([
    ["nope", 0, "There is no step 'nope'"],
    ["about", 2, "Position 2 is outside the form"],
    ["about", -1, "Position -1 is outside the form"],
  ])("refuses %s → %d", (id, to, error) => {
    expect(moveStep(testState(), id, to)).toEqual({ ok: false, error });
  });

  it("a rule checking a question now asked after the step it acts on is a publish problem", () => {
    const state = stateOf(moveStep(testState(), "needs", 0));
    // hide_notes is fine (same step); end_students is checked after 'about', now the last step.
    expect(() => checkPublishable(state.definition, state.scoring)).not.toThrow();
  });
});

describe("renameStep / updateStep", () => {
  it.each([
    ["renames", () => renameStep(testState(), "needs", "Needs"), { id: "needs", title: "Needs" }],
    ["sets a description", () => updateStep(testState(), "about", { description: "Tell us" }), { id: "about", description: "Tell us" }],
    ["drops an empty description", () => updateStep(stateOf(updateStep(testState(), "about", { description: "x" })), "about", { description: "" }), { id: "about" }],
  ])("%s", (_, run, expected) => {
    const step = stateOf(run()).definition.steps.find((s) => s.id === expected.id)!;
    expect(step).toMatchObject(expected);
    if (!("description" in expected)) expect(step.description).toBeUndefined();
  });

  it("refuses an unknown step", () => {
    expect(renameStep(testState(), "nope", "x")).toEqual({ ok: false, error: "There is no step 'nope'" });
  });
});

describe("removeStep", () => {
  it("takes its fields and the rules acting on them; rules reading them are flagged, not crashed", () => {
    const result = removeStep(testState(), "needs");
    const state = stateOf(result);
    expect(state.definition.steps.map((s) => s.id)).toEqual(["about"]);
    expect(state.definition.logic.map((r) => r.id)).toEqual(["show_budget", "end_students"]);
    expect(state.scoring.optionPoints.map((p) => p.fieldKey)).toEqual(["role"]);
    expect(result.ok && result.flagged).toEqual(["big_company"]);
    expect(checkPublishable(state.definition, state.scoring).map((p) => p.path)).toContain("scoring.rules.0.when.ref");
  });

  it("drops jump/end rules checked after the removed step", () => {
    const state = stateOf(removeStep(stateOf(moveStep(testState(), "about", 1)), "about"));
    expect(state.definition.logic.map((r) => r.id)).toEqual(["hide_notes"]);
  });

  it.each([
    [() => removeStep(testState(), "nope"), "There is no step 'nope'"],
    [() => removeStep(stateOf(removeStep(testState(), "needs")), "about"), "'About you' is the only step; a form needs at least one"],
  ])("refuses (%#)", (run, error) => {
    expect(run()).toEqual({ ok: false, error });
  });
});
