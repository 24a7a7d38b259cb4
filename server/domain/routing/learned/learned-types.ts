// What the learned chooser reads besides the qualified pool: the pool's resolved outcomes per rep
// and segment, and each rep's leads from this pool this week (the floor share). The service loads
// one TPoolLearning per pool that uses the learned chooser (load-learning.ts), the simulator
// keeps its own; both pass it in TRoutingInput.learning by pool id.

/** Resolved leads of one rep in one segment: reached the pool's outcome, or closed without it. */
export interface TOutcomeCell {
  successes: number;
  failures: number;
}

export interface TPoolLearning {
  /** rep id → segment key → outcomes (weighted by the half-life, so they may be fractional). */
  cells: Readonly<Record<string, Readonly<Record<string, TOutcomeCell>>>>;
  /** Sums of `cells`, kept with them (poolLearning, addOutcome) so a decision reads them in O(1). */
  repTotals: Readonly<Record<string, TOutcomeCell>>;
  segmentTotals: Readonly<Record<string, TOutcomeCell>>;
  total: TOutcomeCell;
  /** Leads this pool gave each rep since the start of the week (Monday 00:00 UTC). */
  weekAssigned: Readonly<Record<string, number>>;
}

/** One rep's posterior as the decision used it (recorded in the reasons, so it can be re-derived). */
export interface TRepPosterior {
  repId: string;
  /** The rep's own resolved leads in the lead's segment. */
  successes: number;
  failures: number;
  /** Beta(alpha, beta) after shrinkage: prior strength × prior mean + successes, … */
  alpha: number;
  beta: number;
  /** alpha / (alpha + beta). */
  expected: number;
  /** The rep's overall rate across segments (shrunk to the team's). */
  repRate: number;
}

export interface TTeamRates {
  /** The team's rate over every segment and its resolved leads. */
  overall: number;
  leads: number;
  /** The team's rate in the lead's segment (shrunk to `overall`) and its resolved leads there. */
  segment: number;
  segmentLeads: number;
}

/** What a learned decision read from its pool's counters, recorded with it (learning-used.ts). */
export interface TLearningUsed {
  poolId: string;
  /** The pool's outcome and segment attributes ("won:industry,segment"). */
  definition: string;
  segmentKey: string;
  /** Only the lead's segment cells, the team's totals and shares: what chooseLearned reads. */
  learning: TPoolLearning;
}
