// The manager's strengths table for a learned pool: where each rep converts above the team
// ("Sarah: financial services × Enterprise 2.1× team"). Each rep × segment cell is read as the
// chooser reads it (the shrunk posterior mean, beta-posterior.ts) against the team's rate in that
// segment, so a cell of two lucky leads does not show as a strength.
import { repPosterior, teamRates } from "./beta-posterior";
import type { TLearnedChooser } from "./learned-config";
import type { TPoolLearning } from "./learned-types";
import { segmentLabel } from "./lead-segment";

export interface TRepStrength {
  repId: string;
  segmentKey: string;
  /** "financial services × Enterprise". */
  segment: string;
  /** The rep's expected rate in the segment (shrunk posterior mean). */
  expected: number;
  /** The team's rate in the segment. */
  teamRate: number;
  /** expected / teamRate: 2.1 reads "2.1× team". */
  ratio: number;
  /** The rep's resolved leads in the segment (decayed by the half-life). */
  leads: number;
}

export interface TStrengthOptions {
  /** Show a cell from this many of the rep's own resolved leads (default 3). */
  minLeads?: number;
  /** Show up to this many strengths per rep (default 3). */
  perRep?: number;
}

/** Each rep's best segments against the team, strongest first; reps in `repIds` order. */
export function repStrengths(learning: TPoolLearning, chooser: Pick<TLearnedChooser, "shrinkage">, repIds: readonly string[], options: TStrengthOptions = {}): TRepStrength[] {
  const minLeads = options.minLeads ?? 3;
  const perRep = options.perRep ?? 3;
  const team = new Map<string, ReturnType<typeof teamRates>>();
  const rows: TRepStrength[] = [];
  for (const repId of repIds) {
    const own: TRepStrength[] = [];
    for (const [segmentKey, cell] of Object.entries(learning.cells[repId] ?? {})) {
      const leads = cell.successes + cell.failures;
      if (leads < minLeads) continue;
      let rates = team.get(segmentKey);
      if (!rates) team.set(segmentKey, (rates = teamRates(learning, segmentKey, chooser.shrinkage)));
      const posterior = repPosterior(repId, learning, segmentKey, rates, chooser.shrinkage);
      own.push({ repId, segmentKey, segment: segmentLabel(segmentKey), expected: posterior.expected, teamRate: rates.segment, ratio: posterior.expected / rates.segment, leads });
    }
    own.sort((a, b) => b.ratio - a.ratio || b.leads - a.leads);
    rows.push(...own.slice(0, perRep));
  }
  return rows;
}

/** "2.1× team". */
export const formatRatio = (ratio: number): string => `${(Math.round(ratio * 10) / 10).toFixed(1)}× team`;
