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

describe("analyticsCsv: money is one numeric column per currency, never a mixed sum", () => {
  const columns = [
    { label: "Routing path", kind: "text" as const },
    { label: "Won", kind: "count" as const },
    { label: "Won value", kind: "money" as const },
  ];
  it.each<[string, { currencies?: string[]; rows: { cells: (string | number | null | Record<string, number>)[] }[] }, string]>([
    ["one currency: one column naming it", { currencies: ["USD"], rows: [{ cells: ["All leads", 1, { USD: 25000 }] }] }, "Routing path,Won,Won value (USD)\r\nAll leads,1,25000\r\n"],
    [
      "two currencies: the view's main currency first, 0 where a row has none",
      { currencies: ["USD", "EUR"], rows: [{ cells: ["All leads", 3, { USD: 25000, EUR: 12000.5 }] }, { cells: ["Inbound", 1, { EUR: 12000.5 }] }] },
      "Routing path,Won,Won value (USD),Won value (EUR)\r\nAll leads,3,25000,12000.5\r\nInbound,1,0,12000.5\r\n",
    ],
    ["a currency the view does not list still gets its column", { currencies: ["USD"], rows: [{ cells: ["All leads", 2, { USD: 1, GBP: 2 }] }] }, "Routing path,Won,Won value (USD),Won value (GBP)\r\nAll leads,2,1,2\r\n"],
    ["no leads: one column, 0", { currencies: [], rows: [{ cells: ["All leads", 0, {}] }] }, "Routing path,Won,Won value\r\nAll leads,0,0\r\n"],
  ])("%s", (_name, table, csv) => {
    expect(analyticsCsv({ columns, ...table })).toBe(csv);
  });
});
