import { describe, expect, it } from "vitest";
import { conversionRows, mergeCurrencyRows, scoreBand, scoreBandRange, type TConversionCounts, type TConversionCurrencyRow } from "./score-predictiveness";

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
  const rows: TConversionCounts[] = [
    { key: "budget-50k-plus", label: "budget ≥ $50k", leads: 100, opportunities: 40, won: 20, wonValue: { USD: 2_000_000 } },
    { key: "role=founder", label: "role: founder", leads: 50, opportunities: 5, won: 2, wonValue: { USD: 12_000 } },
    { key: "empty", label: "never fired", leads: 0, opportunities: 0, won: 0, wonValue: {} },
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

describe("mergeCurrencyRows: one row per band or rule, won value per currency", () => {
  const row = (key: string, currency: string, leads: number, won: number, wonValue: number, label = key): TConversionCurrencyRow => ({ key, label, currency, leads, opportunities: won, won, wonValue });
  it.each<[string, TConversionCurrencyRow[], { key: string; leads: number; won: number; wonValue: Record<string, number> }[], string[]]>([
    ["nothing", [], [], []],
    ["one currency is one figure", [row("80+", "USD", 10, 2, 50000)], [{ key: "80+", leads: 10, won: 2, wonValue: { USD: 50000 } }], ["USD"]],
    [
      "two currencies: counts add, money does not",
      [row("80+", "USD", 3, 1, 25000), row("80+", "EUR", 5, 1, 12000), row("0-19", "EUR", 4, 0, 0)],
      [
        { key: "80+", leads: 8, won: 2, wonValue: { USD: 25000, EUR: 12000 } },
        { key: "0-19", leads: 4, won: 0, wonValue: { EUR: 0 } },
      ],
      ["EUR", "USD"],
    ],
  ])("%s", (_name, rows, expected, currencies) => {
    const merged = mergeCurrencyRows(rows);
    expect(merged.rows.map((r) => ({ key: r.key, leads: r.leads, won: r.won, wonValue: r.wonValue }))).toEqual(expected);
    expect(merged.currencies).toEqual(currencies);
  });

  it("keeps the first row's label", () => {
    expect(mergeCurrencyRows([row("r", "USD", 1, 0, 0, "budget ≥ $50k"), row("r", "EUR", 1, 0, 0, "budget ≥ $50k")]).rows[0]!.label).toBe("budget ≥ $50k");
  });
});
