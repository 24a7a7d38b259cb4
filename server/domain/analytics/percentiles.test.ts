import { describe, expect, it } from "vitest";
import { formatDuration, formatRate, median, percentile, rate, shareWithin } from "./percentiles";

describe("percentile (as percentile_cont)", () => {
  it.each<[number[], number, number | null]>([
    [[], 0.5, null],
    [[7], 0.5, 7],
    [[7], 0.9, 7],
    [[1, 2], 0.5, 1.5],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[10, 20, 30, 40, 50], 0, 10],
    [[10, 20, 30, 40, 50], 1, 50],
    [[60, 120, 300, 3600], 0.9, 2610],
    [[5, Number.NaN, 15], 0.5, 10],
  ])("%j p%s → %s", (values, p, expected) => {
    const got = percentile(values, p);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });

  it("refuses p outside 0..1", () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
    expect(() => percentile([1], -0.1)).toThrow(RangeError);
  });

  it("median is p50 and does not reorder its input", () => {
    const input = [9, 1, 5];
    expect(median(input)).toBe(5);
    expect(input).toEqual([9, 1, 5]);
  });
});

describe("shareWithin", () => {
  it.each<[number[], number, number | null]>([
    [[], 300, null],
    [[60, 299, 300, 301], 300, 0.75],
    [[301, 900], 300, 0],
    [[0, 10], 300, 1],
  ])("%j within %s → %s", (values, limit, expected) => {
    expect(shareWithin(values, limit)).toBe(expected);
  });
});

describe("rate and formats", () => {
  it.each<[number, number, number | null]>([
    [1, 4, 0.25],
    [0, 4, 0],
    [3, 0, null],
  ])("rate(%s, %s) → %s", (part, whole, expected) => {
    expect(rate(part, whole)).toBe(expected);
  });

  it.each<[number | null, string]>([
    [null, "–"],
    [0, "0s"],
    [42.4, "42s"],
    [245, "4m 05s"],
    [4320, "1h 12m"],
    [183_600, "2d 3h"],
  ])("formatDuration(%s) → %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it.each<[number | null, string]>([
    [null, "–"],
    [0.425, "42.5 %"],
    [1, "100.0 %"],
  ])("formatRate(%s) → %s", (value, text) => {
    expect(formatRate(value)).toBe(text);
  });
});
