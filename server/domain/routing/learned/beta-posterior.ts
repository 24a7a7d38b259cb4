// Beta posteriors with hierarchical shrinkage, so that a small rep × segment cell does not swing:
//   team overall  t  = (S + 1) / (N + 2)                       (every rep, every segment)
//   team segment  ts = (S_seg + K·t) / (N_seg + K)             (every rep, this segment)
//   rep overall   r  = (S_rep + K·t) / (N_rep + K)             (this rep, every segment)
//   prior mean    μ  = ts × r / t, clamped to [0.001, 0.999]   (the segment's level × the rep's edge)
//   posterior        Beta(K·μ + s, K·(1 − μ) + f)              (this rep, this segment: s wins, f losses)
// K (`shrinkage`) is the prior's weight in leads: a cell with K resolved leads is half its own
// data, half the prior. Outcome rows older than the half-life count half (decayCells).
import type { TOutcomeCell, TPoolLearning, TRepPosterior, TTeamRates } from "./learned-types";

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

/** One rep's posterior for the segment, shrunk to its own overall rate and the team's. */
export function repPosterior(repId: string, learning: Pick<TPoolLearning, "cells" | "repTotals">, segmentKey: string, team: TTeamRates, shrinkage: number): TRepPosterior {
  const total = learning.repTotals[repId] ?? ZERO;
  const repRate = (total.successes + shrinkage * team.overall) / (total.successes + total.failures + shrinkage);
  const prior = clamp((team.segment * repRate) / team.overall);
  const cell = learning.cells[repId]?.[segmentKey] ?? ZERO;
  const alpha = shrinkage * prior + cell.successes;
  const beta = shrinkage * (1 - prior) + cell.failures;
  return { repId, successes: cell.successes, failures: cell.failures, alpha, beta, expected: alpha / (alpha + beta), repRate };
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

/** Counter rows → cells, each row weighted 0.5^(age in weeks / half-life) (null: weight 1). */
export function decayCells(rows: readonly TOutcomeCounterRow[], now: Date, halfLifeWeeks: number | null): Record<string, Record<string, TOutcomeCell>> {
  const current = counterWeek(now);
  const cells: Record<string, Record<string, TOutcomeCell>> = {};
  for (const row of rows) {
    const weight = halfLifeWeeks === null ? 1 : Math.pow(0.5, Math.max(0, current - row.week) / halfLifeWeeks);
    const rep = (cells[row.repId] ??= {});
    const cell = (rep[row.segmentKey] ??= { successes: 0, failures: 0 });
    cell.successes += row.successes * weight;
    cell.failures += row.failures * weight;
  }
  return cells;
}
