import { describe, expect, it } from "vitest";
import { counterWeek, decayCells, type TOutcomeCounterRow } from "./beta-posterior";
import { cellChangeWeek, type TWeekCounts } from "./cell-change";

// Weeks newest first: [week, successes, failures].
const weeks = (...list: [number, number, number][]): TWeekCounts[] => list.map(([week, successes, failures]) => ({ week, successes, failures }));

describe("change point of a rep × segment cell", () => {
  it.each<[string, TWeekCounts[], number | null]>([
    ["steady 30%: no change", weeks([10, 6, 14], [9, 6, 14], [8, 6, 14], [7, 6, 14]), null],
    // Recent 2 of 20 (10%) against 24 of 60 (40%) before: z ≈ 2.5 < 3, not yet.
    ["10% after 40% on 20 leads: not clear yet", weeks([10, 2, 18], [9, 8, 12], [8, 8, 12], [7, 8, 12]), null],
    // Recent 2 of 40 (5%) against 24 of 60 (40%): z ≈ 3.9 — weeks 9–10 describe the rep now.
    ["5% after 40% on 40 leads: from week 9", weeks([10, 1, 19], [9, 1, 19], [8, 12, 18], [7, 12, 18]), 9],
    // The other way: a rep who got better.
    ["35% after 5%: from week 9", weeks([10, 7, 13], [9, 7, 13], [8, 1, 19], [7, 2, 38]), 9],
    // 1 of 9 recent is fewer than 10 leads: not considered even though it differs.
    ["fewer than 10 recent leads: not considered", weeks([10, 0, 9], [9, 20, 30], [8, 20, 30]), null],
    ["fewer than 10 older leads: not considered", weeks([10, 1, 29], [9, 5, 4]), null],
    // The split with the largest z wins: the change happened between weeks 8 and 9, not 9 and 10.
    ["the clearest split wins", weeks([10, 0, 15], [9, 0, 15], [8, 15, 15], [7, 15, 15]), 9],
    ["no leads", [], null],
  ])("%s", (_what, list, expected) => {
    expect(cellChangeWeek(list)).toBe(expected);
  });
});

describe("counters after a change point", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  const c = counterWeek(now);
  const row = (repId: string, age: number, successes: number, failures: number): TOutcomeCounterRow => ({ repId, segmentKey: "k", week: c - age, successes, failures });
  // Sarah converted 40% for two weeks, then 5% for two (z ≈ 3.9): her older weeks are dropped. Tom is steady.
  const rows = [row("sarah", 3, 12, 18), row("sarah", 2, 12, 18), row("sarah", 1, 1, 19), row("sarah", 0, 1, 19), row("tom", 3, 6, 24), row("tom", 0, 6, 24)];
  const w = (age: number) => Math.pow(0.5, age / 8);

  it("a changed cell keeps only its weeks since the change; a steady one keeps all", () => {
    const cells = decayCells(rows, now, 8);
    expect(cells.sarah?.k?.successes).toBeCloseTo(1 * w(1) + 1, 9);
    expect(cells.sarah?.k?.failures).toBeCloseTo(19 * w(1) + 19, 9);
    expect(cells.tom?.k?.successes).toBeCloseTo(6 * w(3) + 6, 9);
  });

  it("without the rule the half-life alone weighs every week", () => {
    expect(decayCells(rows, now, 8, null).sarah?.k?.successes).toBeCloseTo(12 * w(3) + 12 * w(2) + 1 * w(1) + 1, 9);
  });

  it("a pool that never forgets (no half-life) keeps every week", () => {
    expect(decayCells(rows, now, null).sarah?.k).toEqual({ successes: 26, failures: 74 });
  });
});
