import { describe, expect, it } from "vitest";
import { FIELD_TYPES, ZFormDefinition } from "../definition";
import { checkPublishable } from "../publish-check";
import { addField, fieldKeyFromLabel, moveField, removeField, updateField } from "./field-ops";
import { fieldKeysByStep, stateOf, testState } from "./test-state";

describe("fieldKeyFromLabel", () => {
  it.each([
    ["Company size?", [], "company_size"],
    ["Company size", ["company_size"], "company_size_2"],
    ["Company size", ["company_size", "company_size_2"], "company_size_3"],
    ["Año fiscal", [], "ano_fiscal"],
    ["2024 budget", [], "field_2024_budget"],
    ["¿¿??", [], "field"],
    ["", ["field"], "field_2"],
    ["x".repeat(80), [], "x".repeat(64)],
    ["x".repeat(80), ["x".repeat(64)], `${"x".repeat(62)}_2`],
  ])("%s (taken %j) → %s", (label, taken, key) => {
    expect(fieldKeyFromLabel(label, taken)).toBe(key);
  });
});

describe("addField", () => {
  it.each(FIELD_TYPES.map((type) => [type]))("adds a valid %s field", (type) => {
    const before = testState();
    const result = addField(before, { stepId: "needs", index: 1, type });
    const state = stateOf(result);
    expect(state.definition.steps[1]!.fields).toHaveLength(3);
    expect(ZFormDefinition.safeParse(state.definition).success).toBe(true);
    expect(fieldKeysByStep(before)).toEqual([["email", "role", "budget"], ["company_size", "notes"]]);
  });

  it.each([
    [{ stepId: "about", type: "short_text" as const, label: "Notes" }, "notes_2", [["email", "role", "budget", "notes_2"], ["company_size", "notes"]]],
    [{ stepId: "about", index: 0, type: "email" as const }, "work_email", [["work_email", "email", "role", "budget"], ["company_size", "notes"]]],
    [{ stepId: "needs", index: 2, type: "dropdown" as const, label: "Industry" }, "industry", [["email", "role", "budget"], ["company_size", "notes", "industry"]]],
  ])("%j → key %s", (input, key, order) => {
    const result = addField(testState(), input);
    expect(result.ok && result.key).toBe(key);
    expect(fieldKeysByStep(stateOf(result))).toEqual(order);
  });

  it.each([
    [{ stepId: "nope", type: "email" as const }, "There is no step 'nope'"],
    [{ stepId: "about", index: 4, type: "email" as const }, "Position 4 is outside the step"],
    [{ stepId: "about", index: -1, type: "email" as const }, "Position -1 is outside the step"],
  ])("refuses %j", (input, error) => {
    expect(addField(testState(), input)).toEqual({ ok: false, error });
  });
});

describe("moveField", () => {
  it.each([
    ["email", "about", 2, [["role", "budget", "email"], ["company_size", "notes"]]],
    ["budget", "about", 0, [["budget", "email", "role"], ["company_size", "notes"]]],
    ["notes", "about", 1, [["email", "notes", "role", "budget"], ["company_size"]]],
    ["role", "needs", 2, [["email", "budget"], ["company_size", "notes", "role"]]],
    ["role", "needs", 0, [["email", "budget"], ["role", "company_size", "notes"]]],
  ])("%s → %s[%d]", (key, stepId, index, order) => {
    const before = testState();
    expect(fieldKeysByStep(stateOf(moveField(before, key, { stepId, index })))).toEqual(order);
    expect(fieldKeysByStep(before)).toEqual([["email", "role", "budget"], ["company_size", "notes"]]);
  });

  it.each([
    ["nope", "about", 0, "There is no question 'nope'"],
    ["email", "nope", 0, "There is no step 'nope'"],
    ["email", "about", 3, "Position 3 is outside the step"],
    ["email", "needs", 3, "Position 3 is outside the step"],
    ["email", "needs", 1.5, "Position 1.5 is outside the step"],
  ])("refuses %s → %s[%d]", (key, stepId, index, error) => {
    expect(moveField(testState(), key, { stepId, index })).toEqual({ ok: false, error });
  });

  it("a field whose rule references a field moved after it gets a publish error, not a crash", () => {
    // show_budget reads role; moving role after budget (into the next step) breaks that order.
    const state = stateOf(moveField(testState(), "role", { stepId: "needs", index: 0 }));
    const problems = checkPublishable(state.definition, state.scoring);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: "logic.0.when", fieldKey: "role", message: expect.stringContaining("'Role', which is answered after the question it controls ('Budget')") }),
    );
  });

  it("moving a field within its step past a field that reads it is reported too", () => {
    const state = stateOf(moveField(testState(), "budget", { stepId: "about", index: 0 }));
    expect(checkPublishable(state.definition, state.scoring).map((p) => p.path)).toContain("logic.0.when");
  });
});

describe("updateField", () => {
  it.each([
    [{ label: "Your role" }, { label: "Your role" }],
    [{ help: "Pick one", placeholder: "Choose" }, { help: "Pick one", placeholder: "Choose" }],
    [{ required: true }, { required: true }],
    [{ validation: { minSelected: 1 } }, { validation: { minSelected: 1 } }],
  ])("role with %j", (patch, expected) => {
    const field = stateOf(updateField(testState(), "role", patch)).definition.steps[0]!.fields[1]!;
    expect(field).toMatchObject({ key: "role", type: "single_choice", ...expected });
  });

  it("empty optional texts and validation are dropped", () => {
    const withHelp = stateOf(updateField(testState(), "email", { help: "h", validation: { maxLength: 10 } }));
    const cleared = stateOf(updateField(withHelp, "email", { help: "", validation: { maxLength: undefined } })).definition.steps[0]!.fields[0]!;
    expect(cleared).toEqual({ key: "email", type: "email", label: "Work email", required: true });
  });

  it("refuses an unknown field", () => {
    expect(updateField(testState(), "nope", { label: "x" })).toEqual({ ok: false, error: "There is no question 'nope'" });
  });
});

describe("removeField", () => {
  it.each([
    ["budget", ["show_budget", "end_students", "hide_notes"].filter((id) => id !== "show_budget"), 2, undefined],
    ["role", ["show_budget", "end_students", "hide_notes"], 1, "budget"],
    ["company_size", ["show_budget", "end_students", "hide_notes"], 1, "budget"],
  ])("removes %s; logic %j", (key, logicIds, optionPoints, fromField) => {
    const state = stateOf(removeField(testState(), key));
    expect(state.definition.steps.flatMap((s) => s.fields.map((f) => f.key))).not.toContain(key);
    expect(state.definition.logic.map((r) => r.id)).toEqual(logicIds);
    expect(state.scoring.optionPoints).toHaveLength(optionPoints);
    expect(state.scoring.dealValue?.fromField).toBe(fromField);
  });

  it("a removed question still read by a rule is a publish problem naming the rule", () => {
    const state = stateOf(removeField(testState(), "role"));
    expect(checkPublishable(state.definition, state.scoring).map((p) => p.message)).toContain("The show-if rule of 'Budget' checks 'role', which is not a question on this form");
  });

  it("removing the email drops the free-mail penalty", () => {
    expect(stateOf(removeField(testState(), "email")).scoring.freeEmail).toBeUndefined();
  });

  it("refuses an unknown field", () => {
    expect(removeField(testState(), "nope")).toEqual({ ok: false, error: "There is no question 'nope'" });
  });
});
