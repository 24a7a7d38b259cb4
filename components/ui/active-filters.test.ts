import { describe, expect, it } from "vitest";
import { activeFilterCount, filtersToggleLabel, type TFilterValue } from "./active-filters";

describe("activeFilterCount", () => {
  const cases: { name: string; values: Record<string, TFilterValue>; expected: number }[] = [
    { name: "no filters", values: {}, expected: 0 },
    { name: "every menu on All", values: { tier: "", formId: "", source: "", status: "", spam: false }, expected: 0 },
    { name: "a blank text is not a filter", values: { utmSource: "   " }, expected: 0 },
    { name: "absent values", values: { repId: undefined, teamId: null }, expected: 0 },
    { name: "one menu set", values: { tier: "sales_ready", formId: "" }, expected: 1 },
    { name: "a checked checkbox", values: { spam: true }, expected: 1 },
    { name: "menus and a checkbox", values: { tier: "nurture", source: "api", status: "NEW", spam: true, formId: "" }, expected: 4 },
    { name: "a chosen date range and a menu", values: { range: true, repId: "rep_1", teamId: undefined }, expected: 2 },
    { name: "the default date range", values: { range: false, repId: "rep_1" }, expected: 1 },
  ];
  it.each(cases)("$name → $expected", ({ values, expected }) => {
    expect(activeFilterCount(values)).toBe(expected);
  });
});

describe("filtersToggleLabel", () => {
  it.each([
    { count: 0, label: "Filters" },
    { count: 1, label: "Filters · 1 active" },
    { count: 2, label: "Filters · 2 active" },
    { count: 10, label: "Filters · 10 active" },
  ])("$count → $label", ({ count, label }) => {
    expect(filtersToggleLabel(count)).toBe(label);
  });
});
