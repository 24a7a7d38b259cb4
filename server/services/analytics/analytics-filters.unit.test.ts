import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { analyticsFilters } from "./analytics-filters";

const NOW = new Date("2026-12-05T12:00:00Z");

function refusal(input: Record<string, string>): { path: string; message: string }[] | null {
  try {
    analyticsFilters(input, NOW);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.details.map((d) => ({ path: String(d.path), message: d.message }));
  }
}

describe("analytics filters", () => {
  it.each<[string, Record<string, string>, { path: string; message: string }[] | null]>([
    ["a range of calendar days", { from: "2026-11-01", to: "2026-11-30" }, null],
    ["a leap day", { from: "2024-02-29", to: "2024-03-01" }, null],
    ["30 February is not a day (was read as 2 March)", { from: "2026-02-30" }, [{ path: "from", message: "Use a calendar day, YYYY-MM-DD (e.g. 2026-11-30)" }]],
    ["month 13", { to: "2026-13-01" }, [{ path: "to", message: "Use a calendar day, YYYY-MM-DD (e.g. 2026-11-30)" }]],
    ["not a date", { from: "yesterday" }, [{ path: "from", message: "Use a calendar day, YYYY-MM-DD (e.g. 2026-11-30)" }]],
    ["from after to", { from: "2026-11-30", to: "2026-11-01" }, [{ path: "from", message: "from must be on or before to" }]],
    ["a UTM source as long as a lead keeps", { utmSource: "u".repeat(500) }, null],
  ])("%s", (_name, input, expected) => {
    expect(refusal(input)).toEqual(expected);
  });

  it("keeps a long UTM source whole (the leads page's link lists the same leads)", () => {
    expect(analyticsFilters({ utmSource: "u".repeat(500) }, NOW).utmSource).toBe("u".repeat(500));
  });
});
