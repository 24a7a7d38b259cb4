// For a learned decision: each qualified rep's expected rate and probability of being chosen, for
// Test a lead and Replay. The probability is estimated by drawing the Thompson sample many times
// from a stream seeded by the pool and the lead (deterministic: the same lead shows the same
// figures), from the counts the decision recorded (learningUsed). Nothing moves. When the floor
// share decided, its rep's probability is 1 (the draw did not run); warming up or switched off:
// no odds (the fallback chose).
import { drawSharpness, repPosterior, resolvedOutcomes, teamRates, thompsonDraw } from "./beta-posterior";
import type { TLearnedChooser } from "./learned-config";
import { floorShareRep, learnedSeed, recordedSharpness } from "./learned-chooser";
import { hashString, seededStream } from "./seeded-random";
import type { TRoutingConfig } from "../routing-config";
import type { TRoutingDecision, TRoutingLead } from "../routing-types";

export interface TRepOdds {
  repId: string;
  /** The posterior mean of the pool's outcome for this lead's segment. */
  expected: number;
  /** Share of the draws this rep wins (0–1). */
  probability: number;
  /** The rep's own resolved leads in the segment. */
  leads: number;
}

export const ODDS_DRAWS = 2000;

/** The qualified reps of the decision's pool: the chosen rep and those not chosen by the learned chooser. */
function qualifiedIds(decision: TRoutingDecision): string[] {
  const ids = decision.repId ? [decision.repId] : [];
  for (const s of decision.skipped) if (s.pathId === decision.pathId && s.reasons.some((r) => r.code === "NOT_CHOSEN_EXPECTED")) ids.push(s.repId);
  return ids;
}

export function learnedOdds(decision: TRoutingDecision, config: Pick<TRoutingConfig, "paths">, lead: TRoutingLead, teamOrder: readonly string[], draws = ODDS_DRAWS): TRepOdds[] | null {
  const used = decision.learningUsed;
  const path = config.paths.find((p) => p.id === decision.pathId);
  if (!used || decision.outcome !== "assigned" || !path || path.destination.type !== "team" || path.destination.strategy.chooser.type !== "learned") return null;
  const chooser: TLearnedChooser = path.destination.strategy.chooser;
  if (!chooser.enabled || resolvedOutcomes(used.learning) < chooser.warmUpOutcomes) return null;
  const ids = qualifiedIds(decision);
  if (ids.length === 0) return null;
  const team = teamRates(used.learning, used.segmentKey, chooser.shrinkage);
  const posteriors = ids.map((id) => repPosterior(id, used.learning, used.segmentKey, team, chooser.shrinkage));
  const wins = ids.map(() => 0);
  const floor = floorShareRep(ids, teamOrder, used.learning.weekAssigned, chooser.floorShare);
  if (floor) {
    wins[ids.indexOf(decision.repId!)] = draws;
  } else {
    const random = seededStream(hashString(`odds\u0000${learnedSeed(used.poolId, lead)}`));
    // As the decision drew: its recorded sharpness (1 in records from before it was recorded).
    const sharpness = recordedSharpness(decision) ?? drawSharpness(ids.length);
    for (let n = 0; n < draws; n++) {
      let best = 0;
      let bestDraw = -1;
      posteriors.forEach((p, i) => {
        const draw = thompsonDraw(p, sharpness, random);
        if (draw > bestDraw) {
          bestDraw = draw;
          best = i;
        }
      });
      wins[best]! += 1;
    }
  }
  return posteriors
    .map((p, i) => ({ repId: p.repId, expected: p.expected, probability: wins[i]! / draws, leads: p.successes + p.failures }))
    .sort((a, b) => b.probability - a.probability || b.expected - a.expected);
}
