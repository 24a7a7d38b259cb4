// Beta posteriors with hierarchical shrinkage, so that a small rep × segment cell does not swing:
//   team overall  t  = (S + 1) / (N + 2)                       (every rep, every segment)
//   team segment  ts = (S_seg + K·t) / (N_seg + K)             (every rep, this segment)
//   rep overall   r  = (S_rep + K·t) / (N_rep + K)             (this rep, every segment)
//   prior mean    μ  = ts × r / t, clamped to [0.001, 0.999]   (the segment's level × the rep's edge)
//   posterior        Beta(K·μ + s, K·(1 − μ) + f)              (this rep, this segment: s wins, f losses)
// K (`shrinkage`) is the prior's weight in leads: a cell with K resolved leads is half its own
// data, half the prior. Outcome rows older than the half-life count half, and a cell's weeks before
// a clear change point do not count (decayCells, cell-change.ts).
import type { TOutcomeCell, TPoolLearning, TRepPosterior, TTeamRates } from "./learned-types";
import { sampleBeta, type TRandomStream } from "./seeded-random";
import { CELL_CHANGE_RULE, cellChangeWeek, type TChangeRule, type TWeekCounts } from "./cell-change";
import { segmentCells } from "./pool-learning";

const clamp = (x: number) => Math.min(0.999, Math.max(0.001, x));
const ZERO: TOutcomeCell = { successes: 0, failures: 0 };

/** The team's rates: every rep with history in the pool. */
export function teamRates(learning: Pick<TPoolLearning, "total" | "segmentTotals">, segmentKey: string, shrinkage: number): TTeamRates {
  const { successes: s, failures: f } = learning.total;
  const seg = learning.segmentTotals[segmentKey] ?? ZERO;
  const overall = (s + 1) / (s + f + 2);
  const segmentLeads = seg.successes + seg.failures;
  return { overall, leads: s + f, segment: (seg.successes + shrinkage * overall) / (segmentLeads + shrinkage), segmentLeads };
}

/** A rep's overall rate, shrunk to the team's. */
function shrunkRepRate(total: TOutcomeCell, team: TTeamRates, shrinkage: number): number {
  return (total.successes + shrinkage * team.overall) / (total.successes + total.failures + shrinkage);
}

/** The prior mean of a rep's cell: the segment's level × the rep's edge. */
function priorMean(repRate: number, team: TTeamRates): number {
  return clamp((team.segment * repRate) / team.overall);
}

/** One rep's posterior for the segment, shrunk to its own overall rate and the team's. */
export function repPosterior(repId: string, learning: Pick<TPoolLearning, "cells" | "repTotals">, segmentKey: string, team: TTeamRates, shrinkage: number): TRepPosterior {
  const repRate = shrunkRepRate(learning.repTotals[repId] ?? ZERO, team, shrinkage);
  const prior = priorMean(repRate, team);
  const cell = learning.cells[repId]?.[segmentKey] ?? ZERO;
  const alpha = shrinkage * prior + cell.successes;
  const beta = shrinkage * (1 - prior) + cell.failures;
  return { repId, successes: cell.successes, failures: cell.failures, alpha, beta, expected: alpha / (alpha + beta), repRate };
}

/** The posteriors of many reps as columns (index = the rep's place in `repIds`): repPosterior's figures without an object per rep. */
export interface TPosteriorColumns {
  successes: number[];
  failures: number[];
  alpha: number[];
  beta: number[];
}

/** An array of n doubles kept unboxed on the JS heap (a small Float64Array would bring an ArrayBuffer for the scavenger to sweep). */
export function doubleColumn(n: number): number[] {
  return new Array<number>(n).fill(0.5);
}

/** repPosterior for each of `repIds`, as columns (a 1,000-rep decision's hot path). */
export function posteriorColumns(repIds: readonly string[], learning: Pick<TPoolLearning, "cells" | "repTotals">, segmentKey: string, team: TTeamRates, shrinkage: number): TPosteriorColumns {
  const n = repIds.length;
  const columns = { successes: doubleColumn(n), failures: doubleColumn(n), alpha: doubleColumn(n), beta: doubleColumn(n) };
  const bySegment = segmentCells(learning, segmentKey);
  for (let i = 0; i < n; i++) {
    const repId = repIds[i]!;
    const prior = priorMean(shrunkRepRate(learning.repTotals[repId] ?? ZERO, team, shrinkage), team);
    const cell = (bySegment ? bySegment.get(repId) : learning.cells[repId]?.[segmentKey]) ?? ZERO;
    columns.successes[i] = cell.successes;
    columns.failures[i] = cell.failures;
    columns.alpha[i] = shrinkage * prior + cell.successes;
    columns.beta[i] = shrinkage * (1 - prior) + cell.failures;
  }
  return columns;
}

/** Every resolved outcome in the pool (the warm-up counts these). */
export function resolvedOutcomes(learning: Pick<TPoolLearning, "total">): number {
  return learning.total.successes + learning.total.failures;
}

/** A stored counter row: one rep, one segment, one week (weeks since 1970-01-05, a Monday, UTC). */
export interface TOutcomeCounterRow {
  repId: string;
  segmentKey: string;
  week: number;
  successes: number;
  failures: number;
}

const WEEK_MS = 7 * 24 * 3600_000;
/** Monday 1970-01-05 00:00 UTC: week 0 of the counters. */
const EPOCH_MONDAY_MS = 4 * 24 * 3600_000;

/** The counter week of an instant (weeks start Monday 00:00 UTC). */
export function counterWeek(at: Date): number {
  return Math.floor((at.getTime() - EPOCH_MONDAY_MS) / WEEK_MS);
}

/** The start of the counter week containing `at`. */
export function weekStart(at: Date): Date {
  return new Date(counterWeek(at) * WEEK_MS + EPOCH_MONDAY_MS);
}

/**
 * Counter rows → cells, each row weighted 0.5^(age in weeks / half-life) (null: weight 1, and
 * nothing forgotten). With a half-life, a cell whose recent weeks differ clearly from its older
 * ones (cell-change.ts) also drops the older weeks: a change point forgets at once what the
 * half-life would take months to.
 */
export function decayCells(
  rows: readonly TOutcomeCounterRow[],
  now: Date,
  halfLifeWeeks: number | null,
  changeRule: TChangeRule | null = CELL_CHANGE_RULE,
): Record<string, Record<string, TOutcomeCell>> {
  const current = counterWeek(now);
  const weights: number[] = [];
  const weightOf = (week: number) => {
    if (halfLifeWeeks === null) return 1;
    const age = Math.max(0, current - week);
    return (weights[age] ??= Math.pow(0.5, age / halfLifeWeeks));
  };
  const cells: Record<string, Record<string, TOutcomeCell>> = {};
  const add = (row: TOutcomeCounterRow) => {
    const weight = weightOf(row.week);
    const cell = ((cells[row.repId] ??= {})[row.segmentKey] ??= { successes: 0, failures: 0 });
    cell.successes += row.successes * weight;
    cell.failures += row.failures * weight;
  };
  if (!changeRule || halfLifeWeeks === null) {
    for (const row of rows) add(row);
    return cells;
  }
  const byCell: Record<string, Record<string, TOutcomeCounterRow[]>> = {};
  for (const row of rows) ((byCell[row.repId] ??= {})[row.segmentKey] ??= []).push(row);
  for (const repId of Object.keys(byCell)) {
    const bySegment = byCell[repId]!;
    for (const segmentKey of Object.keys(bySegment)) {
      const list = bySegment[segmentKey]!;
      let since: number | null = null;
      if (list.length > 1) {
        list.sort((x, y) => y.week - x.week);
        since = cellChangeWeek(byWeek(list), changeRule);
      }
      for (const row of list) if (since === null || row.week >= since) add(row);
    }
  }
  return cells;
}

/** One entry per week (rows of a week summed), newest first, from rows sorted newest first. */
function byWeek(sorted: readonly TOutcomeCounterRow[]): readonly TWeekCounts[] {
  let unique = true;
  for (let i = 1; i < sorted.length && unique; i++) if (sorted[i]!.week === sorted[i - 1]!.week) unique = false;
  if (unique) return sorted;
  const weeks: TWeekCounts[] = [];
  for (const row of sorted) {
    const last = weeks.at(-1);
    if (last && last.week === row.week) {
      last.successes += row.successes;
      last.failures += row.failures;
    } else weeks.push({ week: row.week, successes: row.successes, failures: row.failures });
  }
  return weeks;
}

/**
 * How much narrower than the posterior a Thompson draw is, with `reps` reps drawing: 2·ln(reps)
 * (at least 1). Plain Thompson sampling over many reps explores too much: the highest of n draws
 * from equally uncertain reps lies about √(2·ln n) standard deviations above their means, so with
 * 12 reps some rep with little data out-draws a clearly better one on a large share of leads —
 * leads, and the better rep's capacity, that the floor share and the outcome delay (1–14 days
 * before a draw learns anything) make expensive. Dividing the draw's variance by 2·ln n keeps that
 * optimism near one standard deviation whatever the pool's size; 1 or 2 reps draw from the
 * posterior itself. Measured on the simulator (npm run simulate, README): 58% → 68% of the
 * oracle's gain, mean of seeds 1–10.
 */
export function drawSharpness(reps: number): number {
  return reps > 2 ? 2 * Math.log(reps) : 1;
}

/** One Thompson draw for a posterior: Beta with the posterior's mean and (alpha + beta) × sharpness. */
export function thompsonDraw(posterior: Pick<TRepPosterior, "alpha" | "beta">, sharpness: number, random: TRandomStream): number {
  return thompsonDrawOf(posterior.alpha, posterior.beta, sharpness, random);
}

/** thompsonDraw for Beta(alpha, beta) given as numbers. */
export function thompsonDrawOf(alpha: number, beta: number, sharpness: number, random: TRandomStream): number {
  if (sharpness === 1) return sampleBeta(alpha, beta, random);
  return sampleBeta(alpha * sharpness, beta * sharpness, random);
}
