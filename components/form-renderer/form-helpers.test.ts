import { describe, expect, it } from "vitest";
import { ZScoringModel } from "@/server/domain/scoring/model";
import { firstErrorLocation, historyBefore } from "./field-errors";
import { parseProgress } from "./saved-progress";
import { barShare, dimensionMaxima } from "./score-scale";
import { stepPosition } from "./step-count";
import { TEST_FORM } from "./test-form";

describe("firstErrorLocation", () => {
  it.each<[string, Record<string, string>, ReturnType<typeof firstErrorLocation>]>([
    ["none", {}, null],
    ["a field on the second step", { email: "Bad" }, { stepId: "contact", fieldKey: "email" }],
    ["form order wins over error order", { consent: "x", budget: "y" }, { stepId: "company", fieldKey: "budget" }],
    ["unknown keys only", { nope: "x" }, null],
  ])("%s", (_name, errors, expected) => expect(firstErrorLocation(TEST_FORM, errors)).toEqual(expected));
});

describe("historyBefore", () => {
  it.each<[string[], string, string[]]>([
    [["a", "b", "c"], "c", ["a", "b"]],
    [["a", "b", "c"], "a", []],
    [["a", "c"], "b", []],
  ])("%j before %s", (path, step, expected) => expect(historyBefore(path, step)).toEqual(expected));
});

describe("stepPosition", () => {
  it.each<[number, string[], { current: number; total: number }]>([
    [1, ["c", "d"], { current: 2, total: 4 }],
    [1, [], { current: 2, total: 2 }],
    [2, [], { current: 3, total: 3 }],
  ])("%i steps behind, %j ahead", (historyLength, ahead, expected) => expect(stepPosition(historyLength, ahead)).toEqual(expected));
});

describe("parseProgress", () => {
  const good = { answers: { a: "1" }, stepId: "s2", history: ["s1"], startedAt: "2026-01-01T10:00:00.000Z", idempotencyKey: "k" };
  it.each<[string, string | null, boolean]>([
    ["valid", JSON.stringify(good), true],
    ["nothing stored", null, false],
    ["not JSON", "{", false],
    ["missing key", JSON.stringify({ ...good, idempotencyKey: "" }), false],
    ["bad date", JSON.stringify({ ...good, startedAt: "yesterday" }), false],
    ["answers not an object", JSON.stringify({ ...good, answers: [] }), false],
  ])("%s", (_name, raw, isValid) => expect(parseProgress(raw) !== null).toBe(isValid));
});

describe("dimensionMaxima", () => {
  const model = ZScoringModel.parse({
    dimensions: [{ key: "fit", label: "Fit" }, { key: "intent", label: "Intent" }, { key: "value", label: "Value" }],
    optionPoints: [
      { fieldKey: "company_size", optionValue: "1-10", dimension: "fit", points: 5 },
      { fieldKey: "company_size", optionValue: "51-200", dimension: "fit", points: 20 },
      { fieldKey: "use_cases", optionValue: "routing", dimension: "intent", points: 10 },
      { fieldKey: "use_cases", optionValue: "scoring", dimension: "intent", points: 15 },
      { fieldKey: "has_crm", optionValue: "no", dimension: "intent", points: -5 },
    ],
    rules: [{ id: "r1", label: "big budget", when: { kind: "rule", ref: "budget", operator: "gte", value: 10000 }, dimension: "value", points: 30 }],
    tiers: [{ key: "hot", label: "Hot", minScore: 50 }, { key: "cold", label: "Cold", minScore: null }],
  });
  it("takes the best option, all positive options of multiple choice, and positive rules", () => {
    expect(dimensionMaxima(model, TEST_FORM)).toEqual({ fit: 20, intent: 25, value: 30 });
  });
  it.each<[number, number, number]>([
    [10, 20, 0.5],
    [-5, 20, 0],
    [40, 20, 1],
    [3, 0, 1],
  ])("barShare(%d, %d) = %d", (points, max, share) => expect(barShare(points, max)).toBe(share));
});
