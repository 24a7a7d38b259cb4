import { describe, expect, it } from "vitest";
import { dayRangeText } from "./day-words";

// The analytics page's range ("… (UTC days)") in the chart's words; it wrote "2026-09-09 – 2026-12-07".
describe("dayRangeText", () => {
  it.each([
    ["the default 90 days", "2026-09-09", "2026-12-07", "Sep 9 – Dec 7, 2026"],
    ["across a new year", "2025-12-01", "2026-02-28", "Dec 1, 2025 – Feb 28, 2026"],
    ["one day", "2026-12-07", "2026-12-07", "Dec 7, 2026"],
    ["one month", "2026-11-01", "2026-11-30", "Nov 1 – Nov 30, 2026"],
    ["not a day: as written", "2026-13-01", "2026-12-07", "2026-13-01 – Dec 7, 2026"],
    ["nothing readable", "soon", "later", "soon – later"],
  ])("%s: %s to %s → %s", (_what, from, to, text) => expect(dayRangeText(from, to)).toBe(text));
});
