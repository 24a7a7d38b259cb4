import { describe, expect, it } from "vitest";
import { scoreLead } from "../../scoring/score-lead";
import { checkPublishable } from "../publish-check";
import type { TEditResult } from "./editor-state";
import {
  addDimension,
  addKnockout,
  addScoringRule,
  addTier,
  optionPointsOf,
  removeDimension,
  removeKnockout,
  removeScoringRule,
  removeTier,
  renameDimension,
  setDealValue,
  setOptionAmount,
  setOptionPoints,
  updateKnockout,
  updateScoringRule,
  updateTier,
} from "./scoring-ops";
import { is, stateOf, testState } from "./test-state";

describe("option points", () => {
  it.each([
    ["sets new points", { fieldKey: "role", optionValue: "student", dimension: "fit", points: -20 }, 3],
    ["changes points", { fieldKey: "role", optionValue: "vp", dimension: "fit", points: 35 }, 2],
    ["0 removes", { fieldKey: "role", optionValue: "vp", dimension: "fit", points: 0 }, 1],
  ])("%s", (_, input, count) => {
    const state = stateOf(setOptionPoints(testState(), input));
    expect(state.scoring.optionPoints).toHaveLength(count);
    expect(optionPointsOf(state.scoring, input.fieldKey, input.optionValue, input.dimension)).toBe(input.points);
  });

  it("moves the live score and tier", () => {
    const state = stateOf(setOptionPoints(testState(), { fieldKey: "role", optionValue: "vp", dimension: "fit", points: 45 }));
    const before = scoreLead(testState().scoring, { role: "vp" }, testState().definition);
    const after = scoreLead(state.scoring, { role: "vp" }, state.definition);
    expect([before.total, before.tier, after.total, after.tier]).toEqual([20, "warm", 45, "hot"]);
  });

  it.each([
    [{ points: 1.5 }, "Points are whole numbers from -1000 to 1000"],
    [{ points: 1001 }, "Points are whole numbers from -1000 to 1000"],
    [{ dimension: "nope" }, "There is no dimension 'nope'"],
  ])("refuses %j", (patch, error) => {
    expect(setOptionPoints(testState(), { fieldKey: "role", optionValue: "vp", dimension: "fit", points: 5, ...patch })).toEqual({ ok: false, error });
  });
});

describe("scoring rules, knock-outs, dimensions, tiers, deal value", () => {
  it.each<[string, () => TEditResult, (s: ReturnType<typeof testState>) => unknown, unknown]>([
    ["add a rule", () => addScoringRule(testState(), { label: "VP", when: is("role", "vp") }), (s) => s.scoring.rules[1], { id: "score_rule_1", label: "VP", when: is("role", "vp"), dimension: "fit", points: 10 }],
    ["update a rule", () => updateScoringRule(testState(), "big_company", { points: 25, dimension: "fit" }), (s) => [s.scoring.rules[0]!.points, s.scoring.rules[0]!.dimension], [25, "fit"]],
    ["remove a rule", () => removeScoringRule(testState(), "big_company"), (s) => s.scoring.rules, []],
    ["add a knock-out", () => addKnockout(testState(), { label: "competitor" }), (s) => s.scoring.knockouts[1], { id: "knockout_1", label: "competitor", when: { kind: "group", op: "and", conditions: [] }, tier: "cold" }],
    ["update a knock-out", () => updateKnockout(testState(), "students", { tier: "warm" }), (s) => s.scoring.knockouts[0]!.tier, "warm"],
    ["remove a knock-out", () => removeKnockout(testState(), "students"), (s) => s.scoring.knockouts, []],
    ["add a dimension", () => addDimension(testState(), "Intent"), (s) => s.scoring.dimensions.at(-1), { key: "intent", label: "Intent" }],
    ["add a duplicate dimension", () => addDimension(testState(), "Fit"), (s) => s.scoring.dimensions.at(-1), { key: "fit_2", label: "Fit" }],
    ["rename a dimension", () => renameDimension(testState(), "fit", "ICP fit"), (s) => s.scoring.dimensions[0], { key: "fit", label: "ICP fit" }],
    ["remove an unused dimension", () => removeDimension(stateOf(addDimension(testState(), "Intent")), "intent"), (s) => s.scoring.dimensions.map((d) => d.key), ["fit", "value"]],
    ["add a tier above the floor", () => addTier(testState(), "Lukewarm", 5), (s) => s.scoring.tiers.map((t) => t.key), ["hot", "warm", "lukewarm", "cold"]],
    ["change a threshold", () => updateTier(testState(), "hot", { minScore: 60, label: "Sales-ready" }), (s) => s.scoring.tiers[0], { key: "hot", label: "Sales-ready", minScore: 60 }],
    ["remove a tier", () => removeTier(testState(), "warm"), (s) => s.scoring.tiers.map((t) => t.key), ["hot", "cold"]],
    ["set the deal base", () => setDealValue(testState(), { base: 5000, currency: "EUR" }), (s) => [s.scoring.dealValue?.base, s.scoring.dealValue?.currency, s.scoring.dealValue?.fromField], [5000, "EUR", "budget"]],
    ["clear the deal field", () => setDealValue(testState(), { fromField: "" }), (s) => "fromField" in (s.scoring.dealValue ?? {}), false],
    ["no deal value", () => setDealValue(testState(), null), (s) => s.scoring.dealValue, undefined],
    ["set an option amount", () => setOptionAmount(testState(), { fieldKey: "role", optionValue: "vp", amount: 2000 }), (s) => s.scoring.dealValue?.fromOptions.length, 2],
    ["0 removes an option amount", () => setOptionAmount(testState(), { fieldKey: "company_size", optionValue: "5001+", amount: 0 }), (s) => s.scoring.dealValue?.fromOptions, []],
  ])("%s", (_, run, pick, expected) => {
    const state = stateOf(run());
    expect(pick(state)).toEqual(expected);
    expect(checkPublishable(state.definition, state.scoring)).toEqual([]);
  });

  it.each<[string, () => TEditResult, string]>([
    ["update unknown rule", () => updateScoringRule(testState(), "nope", {}), "There is no scoring rule 'nope'"],
    ["bad rule points", () => updateScoringRule(testState(), "big_company", { points: 2.5 }), "Points are whole numbers from -1000 to 1000"],
    ["remove unknown rule", () => removeScoringRule(testState(), "nope"), "There is no scoring rule 'nope'"],
    ["knock-out to unknown tier", () => updateKnockout(testState(), "students", { tier: "nope" }), "There is no tier 'nope'"],
    ["unknown knock-out", () => removeKnockout(testState(), "nope"), "There is no knock-out 'nope'"],
    ["remove a dimension in use", () => removeDimension(testState(), "fit"), "'Fit' still gets points from 2 entries; move or remove them first"],
    ["remove the last dimension", () => removeDimension({ ...testState(), scoring: { ...testState().scoring, dimensions: [{ key: "fit", label: "Fit" }] } }, "fit"), "A scoring model needs at least one dimension"],
    ["remove the floor tier", () => removeTier(testState(), "cold"), "'Cold' is the floor tier; every model keeps one"],
    ["remove a knocked-out-to tier", () => removeTier(stateOf(updateKnockout(testState(), "students", { tier: "warm" })), "warm"), "Knock-out 'student' sends leads to 'Warm'; change it first"],
    ["no minimum above the floor", () => updateTier(testState(), "hot", { minScore: null }), "Only the last tier may have no minimum score"],
    ["bad currency", () => setDealValue(testState(), { currency: "usd" }), "Use a three-letter currency code (USD, EUR …)"],
    ["negative base", () => setDealValue(testState(), { base: -1 }), "The base amount cannot be negative"],
    ["negative amount", () => setOptionAmount(testState(), { fieldKey: "role", optionValue: "vp", amount: -5 }), "An amount cannot be negative"],
  ])("refuses: %s", (_, run, error) => {
    expect(run()).toEqual({ ok: false, error });
  });

  it("a threshold that makes a tier unreachable is a publish error, not a refusal", () => {
    const state = stateOf(updateTier(testState(), "warm", { minScore: 50 }));
    expect(checkPublishable(state.definition, state.scoring).map((p) => p.path)).toEqual(["scoring.tiers.1.minScore"]);
  });
});
