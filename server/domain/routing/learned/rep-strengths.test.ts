import { describe, expect, it } from "vitest";
import { formatRatio, repStrengths } from "./rep-strengths";
import { poolLearning } from "./pool-learning";

const cell = (successes: number, failures: number) => ({ successes, failures });

describe("repStrengths", () => {
  const learning = poolLearning({
    sarah: { "financial services|enterprise": cell(16, 14), "retail|enterprise": cell(2, 18) },
    tom: { "financial services|enterprise": cell(3, 27), "retail|enterprise": cell(6, 14) },
    lucky: { "retail|enterprise": cell(2, 0) },
  });

  it.each([
    { name: "Sarah's strength is financial services, well above the team", rep: "sarah", segment: "financial services × Enterprise", above: true },
    { name: "Tom is best in retail", rep: "tom", segment: "retail × Enterprise", above: true },
  ])("$name", ({ rep, segment, above }) => {
    const rows = repStrengths(learning, { shrinkage: 5 }, [rep]);
    expect(rows[0]!.segment).toBe(segment);
    expect(rows[0]!.ratio > 1).toBe(above);
  });

  it("Sarah at 16 of 30 against a team near 32%: about 1.6× team", () => {
    const [top] = repStrengths(learning, { shrinkage: 5 }, ["sarah"]);
    expect(top!.teamRate).toBeGreaterThan(0.3);
    expect(top!.teamRate).toBeLessThan(0.36);
    expect(top!.ratio).toBeGreaterThan(1.4);
    expect(top!.ratio).toBeLessThan(1.8);
    expect(formatRatio(top!.ratio)).toMatch(/^1\.\d× team$/);
  });

  it("a cell below the minimum leads is left out (two lucky wins are not a strength)", () => {
    expect(repStrengths(learning, { shrinkage: 5 }, ["lucky"])).toEqual([]);
    expect(repStrengths(learning, { shrinkage: 5 }, ["lucky"], { minLeads: 2 })).toHaveLength(1);
  });

  it("shrinkage pulls a small cell toward the team: more shrinkage, a smaller ratio", () => {
    const weak = repStrengths(learning, { shrinkage: 50 }, ["sarah"])[0]!.ratio;
    const strong = repStrengths(learning, { shrinkage: 1 }, ["sarah"])[0]!.ratio;
    expect(weak).toBeLessThan(strong);
  });
});
