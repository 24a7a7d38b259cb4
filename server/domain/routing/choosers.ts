// Choosers: one rep out of the qualified pool, with the reason it won and, for every other
// qualified rep, why it did not. Ties on a chooser's measure go to strict rotation (fewest turns
// in this pool, then the team order after the last pick), which also advances the pool's turns.
//   least_loaded       fewest open leads, then lowest open pipeline value, then rotation
//   best_match         highest weighted score (best-match.ts; equal within 1e-9), then rotation
//   soonest_available  earliest nextAvailableAt (now when available; never = last), then rotation
//   round_robin        strict / weighted / priority, see rotation.ts
//   learned            Thompson sampling on outcome posteriors, see learned/learned-chooser.ts
import type { TResolve } from "../conditions/condition";
import type { TCandidate } from "./apply-filters";
import { chooseLearned } from "./learned/learned-chooser";
import type { TPoolLearning } from "./learned/learned-types";
import { scoreBestMatch } from "./best-match";
import type { TReasonCode } from "./reason-codes";
import { nextAvailableAt } from "./rep-availability";
import { pickByPriority, pickByTurns, pickSmoothWeighted, type TRotationPick } from "./rotation";
import { sharedReason } from "./shared-reasons";
import type { TChooser, TStrategy } from "./routing-config";
import type { TPoolRotation, TRepState, TRoutingLead } from "./routing-types";

export interface TChooseContext {
  poolId: string;
  teamOrder: readonly string[];
  rotation: TPoolRotation | undefined;
  strategy: Pick<TStrategy, "filters">;
  resolve: TResolve;
  now: Date;
  /** The lead and the pool's outcome counters, for the learned chooser. */
  lead?: TRoutingLead;
  learning?: TPoolLearning;
  /** The learned draws' sharpness when re-deriving a recorded decision (absent: from the qualified reps). */
  sharpness?: number;
}

export interface TChoice {
  repId: string;
  reasons: TReasonCode[];
  /** Reason per qualified rep that was not chosen. */
  notChosen: Map<string, TReasonCode>;
  rotation: TPoolRotation;
}

/** A choice whose reasons for the other reps are built on demand (the decision's hot path). */
export interface TRepChoice {
  repId: string;
  reasons: TReasonCode[];
  /** Why a qualified rep other than the chosen one was not chosen (null for the chosen rep); `index` is its place in the qualified reps the chooser was given. */
  notChosenOf(rep: TRepState, index: number): TReasonCode | null;
  rotation: TPoolRotation;
}

const EPSILON = 1e-9;

/** -1, 0 or 1; equal within EPSILON. */
function compareNumbers(x: number, y: number): number {
  if (x === y || Math.abs(x - y) <= EPSILON) return 0;
  return x < y ? -1 : 1;
}

/** Pick among the best (by `compare`, lower is better) with rotation as the tie-break. */
function chooseByMeasure(
  qualified: readonly TRepState[],
  ctx: TChooseContext,
  compare: (a: TRepState, b: TRepState) => number,
  winnerReason: (rep: TRepState) => TReasonCode,
  loserReason: (rep: TRepState, winner: TRepState) => TReasonCode,
): TRepChoice | null {
  if (qualified.length === 0) return null;
  let best = qualified[0] as TRepState;
  for (const rep of qualified) if (compare(rep, best) < 0) best = rep;
  const tied: string[] = [];
  for (const rep of qualified) if (compare(rep, best) === 0) tied.push(rep.id);
  const pick = pickByTurns(ctx.rotation, ctx.poolId, ctx.teamOrder, tied) as TRotationPick;
  const winner = qualified.find((rep) => rep.id === pick.repId) as TRepState;
  const reasons: TReasonCode[] = [winnerReason(winner)];
  if (tied.length > 1) reasons.push({ code: "TIE_BROKEN_BY_ROTATION", tiedWith: tied.length - 1 });
  const turn: TReasonCode = sharedReason({ code: "NOT_CHOSEN_TURN", chosenRepId: winner.id });
  return {
    repId: winner.id,
    reasons,
    notChosenOf: (rep) => (rep === winner ? null : compare(rep, best) === 0 ? turn : loserReason(rep, winner)),
    rotation: pick.rotation,
  };
}

function roundRobin(chooser: Extract<TChooser, { type: "round_robin" }>, qualified: readonly TRepState[], ctx: TChooseContext): TRepChoice | null {
  const weighted = () => qualified.map((rep) => ({ id: rep.id, weight: rep.profile.routingWeight }));
  const pick =
    chooser.variant === "weighted"
      ? pickSmoothWeighted(ctx.rotation, ctx.poolId, ctx.teamOrder, weighted())
      : chooser.variant === "priority"
        ? pickByPriority(ctx.rotation, ctx.poolId, ctx.teamOrder, weighted(), chooser.maxCatchUp)
        : pickByTurns(
            ctx.rotation,
            ctx.poolId,
            ctx.teamOrder,
            qualified.map((rep) => rep.id),
            chooser.maxCatchUp,
          );
  if (!pick) return null;
  let topWeight = -Infinity;
  if (chooser.variant === "priority") for (const rep of qualified) topWeight = Math.max(topWeight, rep.profile.routingWeight);
  const turn: TReasonCode = sharedReason({ code: "NOT_CHOSEN_TURN", chosenRepId: pick.repId });
  const reasons: TReasonCode[] = [{ code: "ROUND_ROBIN_TURN", variant: chooser.variant, poolSize: qualified.length }];
  return {
    repId: pick.repId,
    reasons,
    notChosenOf(rep) {
      if (rep.id === pick.repId) return null;
      const weight = rep.profile.routingWeight;
      return chooser.variant === "priority" && weight < topWeight ? { code: "NOT_CHOSEN_PRIORITY", weight, topWeight, chosenRepId: pick.repId } : turn;
    },
    rotation: pick.rotation,
  };
}

/** One rep out of the qualified reps; reasons for the others on demand. */
export function chooseRep(chooser: TChooser, qualified: readonly TRepState[], ctx: TChooseContext): TRepChoice | null {
  switch (chooser.type) {
    case "round_robin":
      return roundRobin(chooser, qualified, ctx);
    case "least_loaded":
      return chooseByMeasure(
        qualified,
        ctx,
        (a, b) => compareNumbers(a.load.openLeads, b.load.openLeads) || compareNumbers(a.load.openPipelineValue, b.load.openPipelineValue),
        (c) => ({ code: "LEAST_LOADED", openLeads: c.load.openLeads, openPipelineValue: c.load.openPipelineValue }),
        (c, w) => ({ code: "NOT_CHOSEN_LOAD", openLeads: c.load.openLeads, openPipelineValue: c.load.openPipelineValue, chosenRepId: w.id }),
      );
    case "best_match": {
      const scores = new Map(scoreBestMatch(chooser.weights, qualified, ctx.strategy, ctx.resolve, ctx.now).map((s) => [s.repId, s]));
      const scoreOf = (c: TRepState) => scores.get(c.id)?.score ?? 0;
      const shown = (c: TRepState) => Math.round(scoreOf(c) * 10) / 10;
      return chooseByMeasure(
        qualified,
        ctx,
        (a, b) => compareNumbers(-scoreOf(a), -scoreOf(b)),
        (c) => ({ code: "BEST_MATCH", score: shown(c), signals: scores.get(c.id)?.signals ?? {} }),
        (c, w) => ({ code: "NOT_CHOSEN_SCORE", score: shown(c), chosenScore: shown(w), chosenRepId: w.id }),
      );
    }
    case "soonest_available": {
      const at = new Map(qualified.map((c) => [c.id, nextAvailableAt(c.profile, ctx.now)]));
      const time = (c: TRepState) => at.get(c.id)?.getTime() ?? Infinity;
      const iso = (c: TRepState) => at.get(c.id)?.toISOString() ?? null;
      return chooseByMeasure(
        qualified,
        ctx,
        (a, b) => compareNumbers(time(a), time(b)),
        (c) => ({ code: "SOONEST_AVAILABLE", availableAtIso: iso(c), isNow: time(c) === ctx.now.getTime(), timeZone: c.profile.timeZone }),
        (c, w) => ({ code: "NOT_CHOSEN_LATER", availableAtIso: iso(c), chosenRepId: w.id }),
      );
    }
    case "learned":
      return chooseLearned(chooser, qualified, ctx, (fallback) =>
        chooseRep(fallback === "least_loaded" ? { type: "least_loaded" } : { type: "round_robin", variant: "strict", maxCatchUp: null }, qualified, ctx),
      );
  }
}

/** chooseRep over candidates, with every other qualified rep's reason in a map. */
export function choose(chooser: TChooser, qualified: readonly TCandidate[], ctx: TChooseContext): TChoice | null {
  const reps = qualified.map((c) => c.rep);
  const choice = chooseRep(chooser, reps, ctx);
  if (!choice) return null;
  const notChosen = new Map<string, TReasonCode>();
  reps.forEach((rep, index) => {
    const reason = choice.notChosenOf(rep, index);
    if (reason) notChosen.set(rep.id, reason);
  });
  return { repId: choice.repId, reasons: choice.reasons, notChosen, rotation: choice.rotation };
}
