import { describe, expect, it } from "vitest";
import { analyticsCsv, analyticsCsvHeader, analyticsCsvValue, type TAnalyticsCsvKind } from "./analytics-csv";

describe("analytics CSV headers say their unit", () => {
  it.each<[string, TAnalyticsCsvKind, string]>([
    ["Accept median", "seconds", "Accept median (seconds)"],
    ["First contact p90", "seconds", "First contact p90 (seconds)"],
    ["Accepted before reminder", "rate", "Accepted before reminder (%)"],
    ["Contacted ≤ 5 min", "rate", "Contacted ≤ 5 min (%)"],
    ["Win rate", "rate", "Win rate (%)"],
    ["Drop-off", "rate", "Drop-off (%)"],
    ["Lift", "ratio", "Lift (×)"],
    ["Leads", "count", "Leads"],
    ["Weight", "number", "Weight"],
    ["Won value", "money", "Won value"],
    ["Name", "text", "Name"],
  ])("%s (%s) → %s", (label, kind, header) => {
    expect(analyticsCsvHeader(label, kind)).toBe(header);
  });
});

describe("analytics CSV values stay machine-readable numbers", () => {
  it.each<[string | number | null, TAnalyticsCsvKind, string | number | null]>([
    [0.619, "rate", 61.9],
    [1, "rate", 100],
    [0, "rate", 0],
    [0.123456, "rate", 12.35],
    [2 / 3, "rate", 66.67],
    [279.42712, "seconds", 279.4271],
    [42, "count", 42],
    [1.2345678, "ratio", 1.2346],
    [25000, "money", 25000],
    [null, "rate", null],
    [null, "seconds", null],
    ["Sarah Chen", "text", "Sarah Chen"],
  ])("%s (%s) → %s", (value, kind, written) => {
    expect(analyticsCsvValue(value, kind)).toBe(written);
  });
});

describe("analyticsCsv", () => {
  it("writes the header with units and the rows as numbers", () => {
    const table = {
      columns: [
        { label: "Name", kind: "text" as const },
        { label: "Leads", kind: "count" as const },
        { label: "Accept median", kind: "seconds" as const },
        { label: "Accepted before reminder", kind: "rate" as const },
      ],
      rows: [{ cells: ["All", 12, 279.427, 0.619] }, { cells: ["=cmd", 0, null, null] }],
    };
    expect(analyticsCsv(table)).toBe("Name,Leads,Accept median (seconds),Accepted before reminder (%)\r\nAll,12,279.427,61.9\r\n'=cmd,0,,\r\n");
  });
});
