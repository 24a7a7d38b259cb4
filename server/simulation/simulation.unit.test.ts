// A small simulated world through the real decision: the simulator keeps working, and learned
// routing beats round-robin without starving anyone. 2,000 leads over 60 days: at 800 over 30 the
// chooser is still mostly in its warm-up (20 outcomes) and ties round-robin. No wall time asserted.
import { describe, expect, it } from "vitest";
import { simulateSeed, summaryLine } from "./simulation-report";

describe("simulation with a hidden truth", () => {
  it("learned routing lands between round-robin and the oracle on the same leads", { timeout: 120_000 }, () => {
    const r = simulateSeed(1, "distinct", { leads: 2000, days: 60 });
    expect(r.rr.assigned).toBe(r.learned.assigned);
    expect(r.oracle.conversions).toBeGreaterThan(r.rr.conversions);
    expect(r.learned.conversions).toBeGreaterThan(r.rr.conversions);
    expect(r.lowestShare).toBeGreaterThanOrEqual(0.5);
    expect(summaryLine(r)).toMatch(/^seed 1: learned routing captures -?\d+\.\d% of the oracle's gain over round-robin; lowest rep share \d\.\d\d× fair$/);
  });

  it("the same seed gives the same figures", { timeout: 120_000 }, () => {
    expect(summaryLine(simulateSeed(2, "distinct", { leads: 300, days: 10 }))).toBe(summaryLine(simulateSeed(2, "distinct", { leads: 300, days: 10 })));
  });
});
