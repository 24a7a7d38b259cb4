// The simulated world through the real decision: the simulator keeps working, and learned
// routing beats round-robin without starving anyone. 5,000 leads over 90 days, the world the issue
// fixes ("Precise choices"): in a 60-day world each rep's week of leave is a seventh of the run, so
// a rep held at the weekly floor ends near 0.5 × 7.6/8.6 ≈ 0.44× — the oracle, bound by the same
// floor, ends at 0.42–0.55× there (seeds 1–10) — and the share test would measure the calendar,
// not the learner. No wall time asserted.
import { describe, expect, it } from "vitest";
import { simulateSeed, summaryLine } from "./simulation-report";

describe("simulation with a hidden truth", () => {
  it("learned routing lands between round-robin and the oracle on the same leads", { timeout: 120_000 }, () => {
    const r = simulateSeed(1);
    expect(r.rr.assigned).toBe(r.learned.assigned);
    expect(r.oracle.conversions).toBeGreaterThan(r.rr.conversions);
    expect(r.learned.conversions).toBeGreaterThan(r.rr.conversions);
    expect(r.lowestShare).toBeGreaterThanOrEqual(0.5);
    // The goal for this world, kept by this test: ≥ 60% of the oracle's gain (66.3% at seed 1).
    expect(r.captured).toBeGreaterThanOrEqual(60);
    expect(summaryLine(r)).toMatch(/^seed 1: learned routing captures -?\d+\.\d% of the oracle's gain over round-robin; lowest rep share \d\.\d\d× fair$/);
  });

  it("the same seed gives the same figures", { timeout: 120_000 }, () => {
    expect(summaryLine(simulateSeed(2, "distinct", { leads: 300, days: 10 }))).toBe(summaryLine(simulateSeed(2, "distinct", { leads: 300, days: 10 })));
  });
});
