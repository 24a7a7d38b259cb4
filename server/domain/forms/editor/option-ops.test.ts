import { describe, expect, it } from "vitest";
import { COMPANY_SIZE_BANDS, optionsOf } from "../definition";
import { checkPublishable } from "../publish-check";
import { locateField, type TEditorState } from "./editor-state";
import { addOption, changeOptionValue, moveOption, optionValueFromLabel, removeOption, renameOption } from "./option-ops";
import { stateOf, testState } from "./test-state";

function options(state: TEditorState, key: string) {
  const at = locateField(state.definition, key)!;
  return optionsOf(state.definition.steps[at.stepIndex]!.fields[at.index]!);
}
const values = (state: TEditorState, key: string) => options(state, key).map((o) => o.value);

describe("optionValueFromLabel", () => {
  it.each([
    ["Head of sales", [], "head_of_sales"],
    ["VP", ["vp"], "vp_2"],
    ["100+", [], "option_100"],
    ["", [], "option"],
  ])("%s → %s", (label, taken, value) => expect(optionValueFromLabel(label, taken)).toBe(value));
});

describe("option operations", () => {
  it.each([
    ["add at the end", () => addOption(testState(), "role", "Founder"), ["vp", "student", "founder"]],
    ["add at a position", () => addOption(testState(), "role", "VP", 0), ["vp_2", "vp", "student"]],
    ["add without label", () => addOption(testState(), "role"), ["vp", "student", "option_3"]],
    ["move", () => moveOption(testState(), "role", "student", 0), ["student", "vp"]],
    ["remove", () => removeOption(testState(), "role", "student"), ["vp"]],
    ["rename keeps the value", () => renameOption(testState(), "role", "vp", "Vice president"), ["vp", "student"]],
    ["change the stored value", () => changeOptionValue(testState(), "role", "vp", "exec"), ["exec", "student"]],
  ])("%s", (_, run, expected) => {
    expect(values(stateOf(run()), "role")).toEqual(expected);
  });

  it("renaming changes only the label", () => {
    expect(options(stateOf(renameOption(testState(), "role", "vp", "Vice president")), "role")[0]).toEqual({ value: "vp", label: "Vice president" });
  });

  it("editing company_size starts from the built-in bands", () => {
    const state = stateOf(addOption(testState(), "company_size", "10,000+"));
    expect(values(state, "company_size")).toEqual([...COMPANY_SIZE_BANDS.map((b) => b.value), "option_10_000"]);
  });

  it("removing an option drops its points and deal amount; a rule comparing it is a publish error", () => {
    const state = stateOf(removeOption(testState(), "company_size", "5001+"));
    expect(state.scoring.optionPoints.map((p) => p.optionValue)).toEqual(["vp"]);
    expect(state.scoring.dealValue?.fromOptions).toEqual([]);
    expect(checkPublishable(state.definition, state.scoring)).toContainEqual(
      expect.objectContaining({ fieldKey: "company_size", message: expect.stringContaining("checks option '5001+' of 'Company size', which has no such option") }),
    );
  });

  it("changing a stored value rewrites points, deal amounts and conditions", () => {
    const state = stateOf(changeOptionValue(testState(), "role", "student", "learner"));
    expect(state.definition.logic.find((r) => r.id === "end_students")!.when).toEqual({ kind: "rule", ref: "role", operator: "equals", value: "learner" });
    expect(state.scoring.knockouts[0]!.when).toEqual({ kind: "rule", ref: "role", operator: "equals", value: "learner" });
    expect(checkPublishable(state.definition, state.scoring)).toEqual([]);
  });

  it.each([
    ["unknown field", () => addOption(testState(), "nope"), "There is no question 'nope'"],
    ["field without options", () => addOption(testState(), "email"), "'Work email' has no options to edit"],
    ["add out of range", () => addOption(testState(), "role", "x", 3), "Position 3 is outside the options"],
    ["move unknown", () => moveOption(testState(), "role", "nope", 0), "'Role' has no option 'nope'"],
    ["move out of range", () => moveOption(testState(), "role", "vp", 2), "Position 2 is outside the options"],
    ["rename unknown", () => renameOption(testState(), "role", "nope", "x"), "'Role' has no option 'nope'"],
    ["remove unknown", () => removeOption(testState(), "role", "nope"), "'Role' has no option 'nope'"],
    ["value taken", () => changeOptionValue(testState(), "role", "vp", "student"), "'Role' already has an option stored as 'student'"],
    ["empty value", () => changeOptionValue(testState(), "role", "vp", " "), "An option's stored value needs 1 to 120 characters"],
  ])("refuses: %s", (_, run, error) => {
    expect(run()).toEqual({ ok: false, error });
  });

  it("never mutates the input", () => {
    const before = testState();
    const copy = structuredClone(before);
    removeOption(before, "role", "vp");
    changeOptionValue(before, "role", "student", "x");
    expect(before).toEqual(copy);
  });
});
