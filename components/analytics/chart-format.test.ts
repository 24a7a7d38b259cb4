import { describe, expect, it } from "vitest";
import { dayLabel, durationTick, durationUnit, groupSeries, weekRowLabel } from "./chart-format";

describe("dayLabel", () => {
  it.each([
    ["2026-12-03", "Dec 3"],
    ["2026-11-30*", "Nov 30*"],
    ["2026-01-01", "Jan 1"],
    ["2026-13-01", "2026-13-01"],
    ["Proposal", "Proposal"],
    ["1. Company", "1. Company"],
    [null, ""],
  ])("%s → %s", (key, label) => expect(dayLabel(key)).toBe(label));
});

describe("durationUnit", () => {
  it.each([
    [[], "min", 1],
    [[null, 4.2, 3.1], "min", 1],
    [[120], "min", 1],
    [[120.5, null], "h", 60],
    [[4, 1032.5], "h", 60],
    [[Number.NaN, 5], "min", 1],
  ] as [(number | null)[], string, number][])("%j → %s", (values, unit, perUnit) => expect(durationUnit(values)).toEqual({ unit, perUnit }));
});

describe("durationTick", () => {
  it.each([
    [0, "0"],
    [2.5, "2.5"],
    [2.04, "2"],
    [12.4, "12"],
    [1200, "1,200"],
    [Number.NaN, ""],
  ])("%s → %s", (value, tick) => expect(durationTick(value)).toBe(tick));
});

describe("groupSeries", () => {
  const series = [{ key: "accept50" }, { key: "accept90" }, { key: "contact50" }];
  it.each([
    ["no panels: one of everything", undefined, [["All", ["accept50", "accept90", "contact50"]]]],
    ["panels in their order, keys in the panel's order", [{ title: "Medians", keys: ["contact50", "accept50"] }, { title: "p90", keys: ["accept90"] }], [["Medians", ["contact50", "accept50"]], ["p90", ["accept90"]]]],
    ["a series no panel names goes last", [{ title: "p90", keys: ["accept90"] }], [["p90", ["accept90"]], ["All", ["accept50", "contact50"]]]],
    ["a panel naming no series is left out", [{ title: "Empty", keys: ["gone"] }, { title: "Medians", keys: ["accept50", "contact50", "accept90"] }], [["Medians", ["accept50", "contact50", "accept90"]]]],
  ] as [string, { title: string; keys: string[] }[] | undefined, [string, string[]][]][])("%s", (_what, panels, expected) => {
    expect(groupSeries(series, panels, "All").map((p) => [p.title, p.series.map((s) => s.key)])).toEqual(expected);
  });
});

describe("weekRowLabel: a Week row's name in the chart's date words, never wrapping to three lines", () => {
  it.each([
    ["2026-11-30", "Nov 30"],
    ["2026-09-07 (partial: 5 of 7 days)", "Sep 7* (5 of 7 days)"],
    ["2026-12-07 (partial: 1 of 7 days)", "Dec 7* (1 of 7 days)"],
    ["2027-01-04", "Jan 4"],
    ["Enterprise deals", "Enterprise deals"],
    ["2026-13-01 (partial: 1 of 7 days)", "2026-13-01 (partial: 1 of 7 days)"],
  ])("%s → %s", (text, label) => expect(weekRowLabel(text)).toBe(label));
});
