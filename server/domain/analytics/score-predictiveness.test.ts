import { describe, expect, it } from "vitest";
import { conversionRows, scoreBand, scoreBandRange } from "./score-predictiveness";

describe("scoreBand", () => {
  it.each<[number, string]>([
    [-20, "0-19"],
    [0, "0-19"],
    [19, "0-19"],
    [20, "20-39"],
    [59, "40-59"],
    [60, "60-79"],
    [80, "80+"],
    [250, "80+"],
  ])("%s → %s", (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });

  it.each<[string, { min: number | null; max: number | null } | null]>([
    ["0-19", { min: null, max: 19 }],
    ["60-79", { min: 60, max: 79 }],
    ["80+", { min: 80, max: null }],
    ["nope", null],
  ])("range of %s", (key, range) => {
    expect(scoreBandRange(key)).toEqual(range);
  });
});

describe("conversionRows", () => {
  const rows = [
    { key: "budget-50k-plus", label: "budget ≥ $50k", leads: 100, opportunities: 40, won: 20, wonValue: 2_000_000 },
    { key: "role=founder", label: "role: founder", leads: 50, opportunities: 5, won: 2, wonValue: 12_000 },
    { key: "empty", label: "never fired", leads: 0, opportunities: 0, won: 0, wonValue: 0 },
  ];

  it.each<[string, "as-given" | "by-lift", string[], (number | null)[]]>([
    ["by lift", "by-lift", ["budget-50k-plus", "role=founder", "empty"], [2, 0.4, null]],
    ["as given", "as-given", ["budget-50k-plus", "role=founder", "empty"], [2, 0.4, null]],
  ])("%s", (_name, order, keys, lifts) => {
    const shaped = conversionRows(rows, { leads: 1000, won: 100 }, order);
    expect(shaped.map((r) => r.key)).toEqual(keys);
    shaped.forEach((r, i) => (lifts[i] === null ? expect(r.lift).toBeNull() : expect(r.lift).toBeCloseTo(lifts[i]!, 9)));
    expect(shaped[0]!.winRate).toBe(0.2);
    expect(shaped[0]!.opportunityRate).toBe(0.4);
  });

  it("has no lift when nothing was won overall", () => {
    expect(conversionRows(rows.slice(0, 1), { leads: 10, won: 0 }, "as-given")[0]!.lift).toBeNull();
  });
});
