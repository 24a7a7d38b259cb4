import { describe, expect, it } from "vitest";
import { percentile, runConcurrent } from "./stats";

describe("percentile", () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100, 10],
    [[7], 50, 7],
  ])("%o p%i → %i", (values, p, expected) => expect(percentile(values, p)).toBe(expected));
  it("is NaN without samples", () => expect(percentile([], 50)).toBeNaN());
});

describe("runConcurrent", () => {
  it("runs every task once with bounded concurrency", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const seen: number[] = [];
    const summary = await runConcurrent(50, 4, async (i) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      seen.push(i);
      inFlight--;
    });
    expect(summary.count).toBe(50);
    expect(maxInFlight).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
