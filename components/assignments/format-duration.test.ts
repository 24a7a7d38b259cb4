import { describe, expect, it } from "vitest";
import { acceptedAfter, formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [999, "0 s"],
    [45_000, "45 s"],
    [60_000, "1 min"],
    [192_000, "3 min 12 s"],
    [3_599_999, "59 min 59 s"],
    [3_600_000, "1 h"],
    [7_500_000, "2 h 5 min"],
    [86_400_000, "1 d"],
    [3 * 86_400_000 + 4 * 3_600_000 + 59_000, "3 d 4 h"],
    [-1, "—"],
    [Number.NaN, "—"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe("acceptedAfter", () => {
  const assignedAt = new Date("2026-12-01T15:00:00Z");
  it.each([
    [null, null],
    [new Date("2026-12-01T15:03:12Z"), "accepted after 3 min 12 s"],
    [new Date("2026-12-01T15:00:05Z"), "accepted after 5 s"],
  ])("accepted at %s → %s", (acceptedAt, text) => {
    expect(acceptedAfter(assignedAt, acceptedAt)).toBe(text);
  });
});
