import { describe, expect, it } from "vitest";
import { weekCoverage, type TWeekCoverage } from "./week-coverage";

// 2026-08-31 and 2026-09-07 are Mondays.
describe("weekCoverage", () => {
  it.each<[string, string, string, string, TWeekCoverage]>([
    ["a whole week inside the range", "2026-09-07", "2026-09-01", "2026-11-30", { days: 7, first: "2026-09-07", last: "2026-09-13", isPartial: false }],
    ["the range starts on a Thursday", "2026-08-31", "2026-09-03", "2026-11-30", { days: 4, first: "2026-09-03", last: "2026-09-06", isPartial: true }],
    ["the range starts on the Monday", "2026-08-31", "2026-08-31", "2026-11-30", { days: 7, first: "2026-08-31", last: "2026-09-06", isPartial: false }],
    ["the range starts on the Sunday", "2026-08-31", "2026-09-06", "2026-11-30", { days: 1, first: "2026-09-06", last: "2026-09-06", isPartial: true }],
    ["the range ends on a Tuesday", "2026-09-07", "2026-09-01", "2026-09-08", { days: 2, first: "2026-09-07", last: "2026-09-08", isPartial: true }],
    ["the range ends on the Sunday", "2026-09-07", "2026-09-01", "2026-09-13", { days: 7, first: "2026-09-07", last: "2026-09-13", isPartial: false }],
    ["both ends inside one week", "2026-09-07", "2026-09-09", "2026-09-10", { days: 2, first: "2026-09-09", last: "2026-09-10", isPartial: true }],
    ["a week outside the range", "2026-09-14", "2026-09-01", "2026-09-08", { days: 0, first: null, last: null, isPartial: true }],
    ["across the new year", "2026-12-28", "2026-12-01", "2027-01-02", { days: 6, first: "2026-12-28", last: "2027-01-02", isPartial: true }],
  ])("%s", (_name, week, from, to, coverage) => {
    expect(weekCoverage(week, from, to)).toEqual(coverage);
  });
});
