import { describe, expect, it } from "vitest";
import { counterWeek, decayCells, drawSharpness, posteriorColumns, repPosterior, resolvedOutcomes, teamRates, thompsonDraw, thompsonDrawOf, weekStart } from "./beta-posterior";
import type { TOutcomeCell } from "./learned-types";
import { addOutcomes, poolLearning, segmentCells } from "./pool-learning";
import { sliceLearning } from "./learning-used";
import { hashString, sampleBeta, seededStream } from "./seeded-random";

const cell = (successes: number, failures: number): TOutcomeCell => ({ successes, failures });

describe("posterior updates", () => {
  // Team: sarah and tom, segment "fin|ent" and "retail|smb". Prior strength K = 20.
  it.each<[string, Record<string, Record<string, TOutcomeCell>>, string, { alpha: number; beta: number; expected: number }]>([
    // Nobody has data: team 1/2, every prior 0.5 → Beta(10, 10).
    ["no data: the team's flat prior", {}, "sarah", { alpha: 10, beta: 10, expected: 0.5 }],
    // One more success in sarah's cell moves alpha by exactly 1 on top of a (slightly moved) prior.
    ["a success adds to alpha", { sarah: { "fin|ent": cell(1, 0) } }, "sarah", { alpha: expect.closeTo(20 * p(1, 0) + 1, 9), beta: expect.closeTo(20 * (1 - p(1, 0)), 9), expected: expect.any(Number) }],
  ])("%s", (_what, cells, repId, expected) => {
    const learning = poolLearning(cells);
    expect(repPosterior(repId, learning, "fin|ent", teamRates(learning, "fin|ent", 20), 20)).toMatchObject(expected);
  });

  it.each<[string, TOutcomeCell, TOutcomeCell, "up" | "down"]>([
    ["a success raises the expected rate", cell(5, 5), cell(6, 5), "up"],
    ["a failure lowers it", cell(5, 5), cell(5, 6), "down"],
    ["ten successes raise it further than one", cell(6, 5), cell(15, 5), "up"],
  ])("%s", (_what, before, after, direction) => {
    const rest = { tom: { "fin|ent": cell(3, 12), "retail|smb": cell(4, 20) } };
    const at = (c: TOutcomeCell) => {
      const learning = poolLearning({ ...rest, sarah: { "fin|ent": c } });
      return repPosterior("sarah", learning, "fin|ent", teamRates(learning, "fin|ent", 20), 20).expected;
    };
    expect(direction === "up" ? at(after) > at(before) : at(after) < at(before)).toBe(true);
  });
});

// The prior mean of sarah's fin|ent cell with her only (s, f) there and nobody else: team = rep overall.
function p(s: number, f: number): number {
  const team = (s + 1) / (s + f + 2);
  const seg = (s + 20 * team) / (s + f + 20);
  const rep = (s + 20 * team) / (s + f + 20);
  return (seg * rep) / team;
}

describe("posteriors as columns (the decision's hot path)", () => {
  it.each<[string, Record<string, Record<string, TOutcomeCell>>]>([
    ["no data", {}],
    ["cells in both segments, a rep without history", { sarah: { "fin|ent": cell(4, 6), "retail|smb": cell(1, 9) }, tom: { "fin|ent": cell(0.5, 2.25) } }],
  ])("%s: the same figures as repPosterior, rep by rep", (_what, cells) => {
    const learning = poolLearning(cells);
    const team = teamRates(learning, "fin|ent", 20);
    const ids = ["sarah", "tom", "newcomer"];
    const columns = posteriorColumns(ids, learning, "fin|ent", team, 20);
    ids.forEach((id, i) => {
      const p = repPosterior(id, learning, "fin|ent", team, 20);
      expect([columns.successes[i], columns.failures[i], columns.alpha[i], columns.beta[i]]).toEqual([p.successes, p.failures, p.alpha, p.beta]);
    });
  });

  it("reads the same cells from the segment index as from the cells themselves, as outcomes are added and for a recorded slice", () => {
    const learning = poolLearning({ sarah: { "fin|ent": cell(4, 6) }, tom: { "retail|smb": cell(1, 9) } });
    addOutcomes(learning, "tom", "fin|ent", 1, 0); // a new cell of an existing rep
    addOutcomes(learning, "newcomer", "fin|ent", 0, 2); // a new rep
    addOutcomes(learning, "sarah", "fin|ent", 2, 0); // an existing cell
    expect([...segmentCells(learning, "fin|ent")!].map(([id, c]) => [id, c.successes, c.failures])).toEqual([
      ["sarah", 6, 6],
      ["tom", 1, 0],
      ["newcomer", 0, 2],
    ]);
    expect(segmentCells(learning, "nobody|here")?.size).toBe(0);
    const ids = ["sarah", "tom", "newcomer", "absent"];
    const team = teamRates(learning, "fin|ent", 20);
    const slice = sliceLearning(learning, "fin|ent", ids);
    expect(segmentCells(slice, "fin|ent")).toBeUndefined();
    expect(posteriorColumns(ids, slice, "fin|ent", team, 20)).toEqual(posteriorColumns(ids, learning, "fin|ent", team, 20));
  });
});

describe("shrinkage", () => {
  const team = { tom: { "fin|ent": cell(20, 80), "retail|smb": cell(20, 80) } }; // 20% everywhere

  it.each<[string, TOutcomeCell, number, number]>([
    // 2/2 wins is 100% raw, but a 2-lead cell stays close to the team's 20% (within [0.2, 0.4]).
    ["2 of 2: pulled to the team", cell(2, 0), 0.2, 0.4],
    // 40 of 100 is well established: close to its own 40%.
    ["40 of 100: close to its own rate", cell(40, 60), 0.35, 0.41],
    ["0 of 3: not zero", cell(0, 3), 0.1, 0.2],
  ])("%s", (_what, own, min, max) => {
    const learning = poolLearning({ ...team, sarah: { "fin|ent": own } });
    const expected = repPosterior("sarah", learning, "fin|ent", teamRates(learning, "fin|ent", 20), 20).expected;
    expect(expected).toBeGreaterThanOrEqual(min);
    expect(expected).toBeLessThanOrEqual(max);
  });

  it("a rep strong overall starts above the team in a segment it has never seen", () => {
    const learning = poolLearning({ ...team, sarah: { "retail|smb": cell(40, 60) } });
    const rates = teamRates(learning, "fin|ent", 20);
    const sarah = repPosterior("sarah", learning, "fin|ent", rates, 20);
    expect(sarah.successes + sarah.failures).toBe(0);
    expect(sarah.expected).toBeGreaterThan(rates.segment);
  });

  it("a segment that converts better for the whole team lifts a newcomer's prior there", () => {
    const learning = poolLearning({ tom: { "fin|ent": cell(40, 60), "retail|smb": cell(5, 95) } });
    const fin = repPosterior("newbie", learning, "fin|ent", teamRates(learning, "fin|ent", 20), 20).expected;
    const retail = repPosterior("newbie", learning, "retail|smb", teamRates(learning, "retail|smb", 20), 20).expected;
    expect(fin).toBeGreaterThan(0.3);
    expect(retail).toBeLessThan(0.1);
  });
});

describe("counters over time", () => {
  it.each<[string, number | null, number]>([
    ["no half-life: every week counts fully", null, 10],
    ["half-life 1 week: last week's 10 count 5", 1, 5],
    ["half-life 2 weeks: 10 × 0.5^(1/2)", 2, 10 * Math.SQRT1_2],
  ])("%s", (_what, halfLife, successes) => {
    const now = new Date("2026-12-02T12:00:00Z");
    const cells = decayCells([{ repId: "sarah", segmentKey: "k", week: counterWeek(now) - 1, successes: 10, failures: 0 }], now, halfLife);
    expect(cells.sarah?.k?.successes).toBeCloseTo(successes, 9);
    expect(resolvedOutcomes(poolLearning(cells))).toBeCloseTo(successes, 9);
  });

  it.each([
    ["2026-11-30T00:00:00Z", "2026-11-30T00:00:00.000Z"],
    ["2026-12-06T23:59:59Z", "2026-11-30T00:00:00.000Z"],
    ["2026-12-07T00:00:00Z", "2026-12-07T00:00:00.000Z"],
  ])("the week of %s starts Monday %s", (at, start) => {
    expect(weekStart(new Date(at)).toISOString()).toBe(start);
  });
});

describe("Thompson draws narrowed by the number of reps drawing", () => {
  it.each<[string, number, number]>([
    ["one rep: the posterior itself", 1, 1],
    ["two reps: the posterior itself", 2, 1],
    ["three reps: 2·ln 3", 3, 2 * Math.log(3)],
    ["twelve reps (the simulator's team): 2·ln 12 ≈ 4.97", 12, 2 * Math.log(12)],
    ["a thousand reps: 2·ln 1000 ≈ 13.8", 1000, 2 * Math.log(1000)],
  ])("%s", (_what, reps, sharpness) => {
    expect(drawSharpness(reps)).toBeCloseTo(sharpness, 12);
  });

  // Beta(a·s, b·s) keeps the mean a/(a+b) and has variance mean(1 − mean)/(s(a+b) + 1).
  it.each<[string, number, number, number]>([
    ["Beta(4, 16), sharpness 1", 4, 16, 1],
    ["Beta(4, 16), sharpness 5: same mean, a fifth of the variance (about)", 4, 16, 5],
    ["Beta(30, 70), sharpness 2·ln 12", 30, 70, 2 * Math.log(12)],
  ])("%s (20,000 seeded draws)", (_what, alpha, beta, sharpness) => {
    const random = seededStream(hashString("sharp"));
    const n = 20_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const x = thompsonDraw({ alpha, beta }, sharpness, random);
      sum += x;
      squares += x * x;
    }
    const mean = alpha / (alpha + beta);
    const variance = (mean * (1 - mean)) / (sharpness * (alpha + beta) + 1);
    expect(sum / n).toBeCloseTo(mean, 2);
    expect(squares / n - (sum / n) ** 2).toBeGreaterThan(variance * 0.9);
    expect(squares / n - (sum / n) ** 2).toBeLessThan(variance * 1.1);
  });

  it("a seed's draws never change (stored decisions are re-derived from them)", () => {
    const random = seededStream(12345);
    const draws = Array.from({ length: 8 }, (_, i) => sampleBeta(0.7 + i, 3.2 + i * 2, random));
    expect(draws).toEqual([
      0.09987545432319625, 0.17869100144369288, 0.3814035173585721, 0.39049785938848197, 0.13198580331650703, 0.2158634199948996, 0.3670411695195956, 0.38473082966759553,
    ]);
  });

  it("thompsonDrawOf draws what thompsonDraw draws", () => {
    const a = seededStream(9);
    const b = seededStream(9);
    for (let i = 0; i < 50; i++) expect(thompsonDrawOf(2 + i, 30, 4.2, a)).toBe(thompsonDraw({ alpha: 2 + i, beta: 30 }, 4.2, b));
  });

  it("sharpness 1 draws exactly what sampleBeta draws (the records before sharpness re-derive)", () => {
    const a = seededStream(7);
    const b = seededStream(7);
    for (let i = 0; i < 50; i++) expect(thompsonDraw({ alpha: 3, beta: 9 }, 1, a)).toBe(sampleBeta(3, 9, b));
  });
});
