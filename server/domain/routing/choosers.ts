// Choosers: one rep out of the qualified pool, with the reason it won and, for every other
// qualified rep, why it did not. Ties on a chooser's measure go to strict rotation (fewest turns
// in this pool, then the team order after the last pick), which also advances the pool's turns.
//   least_loaded       fewest open leads, then lowest open pipeline value, then rotation
//   best_match         highest weighted score (best-match.ts; equal within 1e-9), then rotation
//   soonest_available  earliest nextAvailableAt (now when available; never = last), then rotation
//   round_robin        strict / weighted / priority, see rotation.ts
import type { TResolve } from "../conditions/condition";
import type { TCandidate } from "./apply-filters";
import { scoreBestMatch } from "./best-match";
import type { TReasonCode } from "./reason-codes";
import { nextAvailableAt } from "./rep-availability";
import { pickByPriority, pickByTurns, pickSmoothWeighted, type TRotationPick } from "./rotation";
import type { TChooser, TStrategy } from "./routing-config";
import type { TPoolRotation } from "./routing-types";

export interface TChooseContext {
  poolId: string;
  teamOrder: readonly string[];
  rotation: TPoolRotation | undefined;
  strategy: Pick<TStrategy, "filters">;
  resolve: TResolve;
  now: Date;
}

export interface TChoice {
  repId: string;
  reasons: TReasonCode[];
  /** Reason per qualified rep that was not chosen. */
  notChosen: Map<string, TReasonCode>;
  rotation: TPoolRotation;
}

const EPSILON = 1e-9;

/** Lexicographic comparison of measures, equal within EPSILON. */
function compareMeasures(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x === y || Math.abs(x - y) <= EPSILON) continue;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Pick among the best (by `measure`, lexicographic, lower is better) with rotation as the tie-break. */
function chooseByMeasure(
  qualified: readonly TCandidate[],
  ctx: TChooseContext,
  measure: (c: TCandidate) => number[],
  winnerReason: (c: TCandidate) => TReasonCode,
  loserReason: (c: TCandidate, winner: TCandidate) => TReasonCode,
): TChoice | null {
  if (qualified.length === 0) return null;
  const values = new Map(qualified.map((c) => [c.rep.id, measure(c)]));
  const valueOf = (c: TCandidate) => values.get(c.rep.id) ?? [];
  const best = qualified.map(valueOf).reduce((a, b) => (compareMeasures(b, a) < 0 ? b : a));
  const tied = qualified.filter((c) => compareMeasures(valueOf(c), best) === 0);
  const isTied = new Set(tied);
  const pick = pickByTurns(
    ctx.rotation,
    ctx.poolId,
    ctx.teamOrder,
    tied.map((c) => c.rep.id),
  ) as TRotationPick;
  const winner = qualified.find((c) => c.rep.id === pick.repId) as TCandidate;
  const reasons: TReasonCode[] = [winnerReason(winner)];
  if (tied.length > 1) reasons.push({ code: "TIE_BROKEN_BY_ROTATION", tiedWith: tied.length - 1 });
  const notChosen = new Map<string, TReasonCode>();
  for (const c of qualified) {
    if (c === winner) continue;
    notChosen.set(c.rep.id, isTied.has(c) ? { code: "NOT_CHOSEN_TURN", chosenRepId: winner.rep.id } : loserReason(c, winner));
  }
  return { repId: winner.rep.id, reasons, notChosen, rotation: pick.rotation };
}

function roundRobin(chooser: Extract<TChooser, { type: "round_robin" }>, qualified: readonly TCandidate[], ctx: TChooseContext): TChoice | null {
  const weighted = qualified.map((c) => ({ id: c.rep.id, weight: c.rep.profile.routingWeight }));
  const pick =
    chooser.variant === "weighted"
      ? pickSmoothWeighted(ctx.rotation, ctx.poolId, ctx.teamOrder, weighted)
      : chooser.variant === "priority"
        ? pickByPriority(ctx.rotation, ctx.poolId, ctx.teamOrder, weighted, chooser.maxCatchUp)
        : pickByTurns(
            ctx.rotation,
            ctx.poolId,
            ctx.teamOrder,
            weighted.map((w) => w.id),
            chooser.maxCatchUp,
          );
  if (!pick) return null;
  const topWeight = Math.max(...weighted.map((w) => w.weight));
  const notChosen = new Map<string, TReasonCode>();
  for (const c of qualified) {
    if (c.rep.id === pick.repId) continue;
    const weight = c.rep.profile.routingWeight;
    notChosen.set(
      c.rep.id,
      chooser.variant === "priority" && weight < topWeight
        ? { code: "NOT_CHOSEN_PRIORITY", weight, topWeight, chosenRepId: pick.repId }
        : { code: "NOT_CHOSEN_TURN", chosenRepId: pick.repId },
    );
  }
  const reasons: TReasonCode[] = [{ code: "ROUND_ROBIN_TURN", variant: chooser.variant, poolSize: qualified.length }];
  return { repId: pick.repId, reasons, notChosen, rotation: pick.rotation };
}

export function choose(chooser: TChooser, qualified: readonly TCandidate[], ctx: TChooseContext): TChoice | null {
  switch (chooser.type) {
    case "round_robin":
      return roundRobin(chooser, qualified, ctx);
    case "least_loaded": {
      const measure = (c: TCandidate) => [c.rep.load.openLeads, c.rep.load.openPipelineValue];
      return chooseByMeasure(
        qualified,
        ctx,
        measure,
        (c) => ({ code: "LEAST_LOADED", openLeads: c.rep.load.openLeads, openPipelineValue: c.rep.load.openPipelineValue }),
        (c, w) => ({ code: "NOT_CHOSEN_LOAD", openLeads: c.rep.load.openLeads, openPipelineValue: c.rep.load.openPipelineValue, chosenRepId: w.rep.id }),
      );
    }
    case "best_match": {
      const scores = new Map(
        scoreBestMatch(
          chooser.weights,
          qualified.map((c) => c.rep),
          ctx.strategy,
          ctx.resolve,
          ctx.now,
        ).map((s) => [s.repId, s]),
      );
      const scoreOf = (c: TCandidate) => scores.get(c.rep.id)?.score ?? 0;
      const shown = (c: TCandidate) => Math.round(scoreOf(c) * 10) / 10;
      return chooseByMeasure(
        qualified,
        ctx,
        (c) => [-scoreOf(c)],
        (c) => ({ code: "BEST_MATCH", score: shown(c), signals: scores.get(c.rep.id)?.signals ?? {} }),
        (c, w) => ({ code: "NOT_CHOSEN_SCORE", score: shown(c), chosenScore: shown(w), chosenRepId: w.rep.id }),
      );
    }
    case "soonest_available": {
      const at = new Map(qualified.map((c) => [c.rep.id, nextAvailableAt(c.rep.profile, ctx.now)]));
      const time = (c: TCandidate) => at.get(c.rep.id)?.getTime() ?? Infinity;
      const measure = (c: TCandidate) => [time(c)];
      const iso = (c: TCandidate) => at.get(c.rep.id)?.toISOString() ?? null;
      return chooseByMeasure(
        qualified,
        ctx,
        measure,
        (c) => ({ code: "SOONEST_AVAILABLE", availableAtIso: iso(c), isNow: time(c) === ctx.now.getTime(), timeZone: c.rep.profile.timeZone }),
        (c, w) => ({ code: "NOT_CHOSEN_LATER", availableAtIso: iso(c), chosenRepId: w.rep.id }),
      );
    }
  }
}
