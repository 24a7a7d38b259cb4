// When a rep's strength in a segment changes (new product, new territory, a rep who got better),
// the old outcomes of that rep × segment cell stop describing the rep, and a half-life of weeks
// takes months to forget them: the cell keeps winning (or losing) leads on a history that no
// longer holds. So each cell's weekly counter rows are checked for a change point: split the
// weeks into "recent" (this week back to some week) and "older"; if the two rates differ by more
// than `z` standard errors (two-proportion z test, both sides at least `minLeads` resolved leads),
// the older weeks are dropped from that cell (decayCells). The split with the largest z wins.
// Only the cell's own raw counts are read, so the check is deterministic from the counters.

export interface TWeekCounts {
  week: number;
  successes: number;
  failures: number;
}

export interface TChangeRule {
  /** Standard errors between the recent and the older rate that count as a change. */
  z: number;
  /** Resolved leads each side needs before a split is considered. */
  minLeads: number;
}

/**
 * z = 3 (two-sided p ≈ 0.003 per split) with 10 leads each side. On the simulator, seeds 1–10 of
 * the world whose truth changes halfway: the second half's share of the oracle's gain 7.9% → 15.0%
 * (mean), its last three weeks 29.1% → 41.0%; in the steady world false alarms cost 0.4 points
 * (67.6% → 67.2%). z = 2.5 adapted a little faster and cost more in the steady world.
 */
export const CELL_CHANGE_RULE: TChangeRule = { z: 3, minLeads: 10 };

/**
 * The oldest week whose outcomes still describe the cell, or null when no change is seen.
 * `weeks` holds one entry per week, newest first.
 */
export function cellChangeWeek(weeks: readonly TWeekCounts[], rule: TChangeRule = CELL_CHANGE_RULE): number | null {
  let totalS = 0;
  let totalN = 0;
  for (const w of weeks) {
    totalS += w.successes;
    totalN += w.successes + w.failures;
  }
  if (totalN < 2 * rule.minLeads) return null;
  let recentS = 0;
  let recentN = 0;
  let best = rule.z;
  let cut: number | null = null;
  for (let i = 0; i < weeks.length - 1; i++) {
    recentS += weeks[i]!.successes;
    recentN += weeks[i]!.successes + weeks[i]!.failures;
    const olderN = totalN - recentN;
    if (recentN < rule.minLeads) continue;
    if (olderN < rule.minLeads) break;
    const pooled = totalS / totalN;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / recentN + 1 / olderN));
    if (se === 0) continue;
    const z = Math.abs(recentS / recentN - (totalS - recentS) / olderN) / se;
    if (z > best) {
      best = z;
      cut = weeks[i]!.week;
    }
  }
  return cut;
}
