// The learned chooser ("best expected outcome"): among the qualified reps (capacity, availability
// and every filter already applied), the rep most likely to reach the pool's outcome (meeting held,
// opportunity or won) with leads of this segment — by Thompson sampling: one draw from each rep's
// Beta posterior (beta-posterior.ts), narrowed by 2·ln(reps drawing) (drawSharpness: plain
// Thompson over a dozen reps explores too much), the highest draw wins. Reps with little data draw
// widely and still get leads (exploration); a rep who is clearly better wins most of them.
//
// In order:
//   kill switch (enabled: false)   strict round-robin, LEARNED_OFF recorded
//   warm-up (< warmUpOutcomes)     the configured fallback chooser, LEARNED_WARMING_UP recorded
//   floor share                    a qualified rep at least one whole lead below floorShare × its
//                                  fair share of the pool's leads this week gets the lead (the one
//                                  furthest below; ties by rotation), FLOOR_SHARE recorded
//   Thompson sampling              the highest draw, LEARNED_CHOICE with its figures
// The random stream is seeded from the pool and the lead's content, so Test a lead, Replay and
// an audit draw exactly what the live decision drew; the reasons record each rep's posterior
// (successes, failures, alpha, beta), the draw's sharpness and each draw, so the pick can be
// re-derived from the record.
import type { TReasonCode } from "../reason-codes";
import { pickByTurns } from "../rotation";
import { emptyRotation } from "../rotation-state";
import type { TPoolRotation, TRepState, TRoutingLead } from "../routing-types";
import { doubleColumn, drawSharpness, posteriorColumns, resolvedOutcomes, teamRates, thompsonDrawOf, type TPosteriorColumns } from "./beta-posterior";
import type { TLearnedChooser } from "./learned-config";
import type { TPoolLearning } from "./learned-types";
import { leadContentKey, leadSegment } from "./lead-segment";
import { poolLearning } from "./pool-learning";
import { hashString, seededStream } from "./seeded-random";

export interface TLearnedContext {
  poolId: string;
  teamOrder: readonly string[];
  rotation: TPoolRotation | undefined;
  lead?: TRoutingLead | undefined;
  learning?: TPoolLearning | undefined;
  /** The draws' sharpness when re-deriving a recorded decision (recordedSharpness); absent: drawSharpness(qualified reps). */
  sharpness?: number | undefined;
}

/** Same shape as choosers.ts's TRepChoice: reasons for the other reps built on demand. */
export interface TLearnedChoice {
  repId: string;
  reasons: TReasonCode[];
  notChosenOf(rep: TRepState, index: number): TReasonCode | null;
  rotation: TPoolRotation;
}

/** Another chooser's pick (round-robin or least loaded), for the kill switch and the warm-up. */
export type TFallbackChoose = (fallback: TLearnedChooser["fallback"]) => TLearnedChoice | null;

const EMPTY: TPoolLearning = poolLearning({});
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const round2 = (x: number) => Math.round(x * 100) / 100;
const UNKNOWN_SEGMENT = { key: "unknown", label: "unknown" };

/** A rep's posterior as a reason records it (expected and the counts rounded; alpha and beta exact, to re-derive the draw). */
function posteriorFigures(columns: TPosteriorColumns, i: number) {
  const alpha = columns.alpha[i]!;
  const beta = columns.beta[i]!;
  return { expected: round4(alpha / (alpha + beta)), successes: round2(columns.successes[i]!), failures: round2(columns.failures[i]!), alpha, beta };
}

/** The seed of a lead's draws in a pool. */
export function learnedSeed(poolId: string, lead: Pick<TRoutingLead, "answers" | "email" | "formId"> | undefined): number {
  return hashString(`${poolId}\u0000${lead ? leadContentKey(lead) : ""}`);
}

/** The rep the floor share hands the lead to, or null: furthest below floor × fair share, by a whole lead or more. */
export function floorShareRep(
  qualified: readonly string[],
  teamOrder: readonly string[],
  weekAssigned: Readonly<Record<string, number>>,
  floorShare: number,
): { repIds: string[]; assigned: number; weekTotal: number; floor: number } | null {
  if (floorShare <= 0 || teamOrder.length === 0) return null;
  const { weekTotal, fewest } = teamWeek(weekAssigned, teamOrder);
  const floor = (floorShare * weekTotal) / teamOrder.length;
  let worst = 1 - 1e-9;
  // No member is a whole lead below the floor, so no qualified rep (a member) is: the usual case,
  // decided without a lookup per rep.
  if (!(floor - fewest > worst + 1e-9)) return null;
  let repIds: string[] = [];
  for (const id of qualified) {
    const deficit = floor - (weekAssigned[id] ?? 0);
    if (deficit > worst + 1e-9) {
      worst = deficit;
      repIds = [id];
    } else if (repIds.length > 0 && Math.abs(deficit - worst) <= 1e-9) repIds.push(id);
  }
  if (repIds.length === 0) return null;
  return { repIds, assigned: weekAssigned[repIds[0]!] ?? 0, weekTotal, floor };
}

/** The team's leads this week and its members' fewest (memoised per counts object and team order: a pure function of both, neither changed in place). */
const teamWeeks = new WeakMap<Readonly<Record<string, number>>, WeakMap<readonly string[], { weekTotal: number; fewest: number }>>();
function teamWeek(weekAssigned: Readonly<Record<string, number>>, teamOrder: readonly string[]): { weekTotal: number; fewest: number } {
  let byOrder = teamWeeks.get(weekAssigned);
  if (!byOrder) teamWeeks.set(weekAssigned, (byOrder = new WeakMap()));
  let week = byOrder.get(teamOrder);
  if (!week) {
    let weekTotal = 0;
    let fewest = Infinity;
    for (const id of teamOrder) {
      const assigned = weekAssigned[id] ?? 0;
      weekTotal += assigned;
      if (assigned < fewest) fewest = assigned;
    }
    byOrder.set(teamOrder, (week = { weekTotal, fewest }));
  }
  return week;
}

export function chooseLearned(chooser: TLearnedChooser, qualified: readonly TRepState[], ctx: TLearnedContext, fallbackChoose: TFallbackChoose): TLearnedChoice | null {
  if (qualified.length === 0) return null;
  const learning = ctx.learning ?? EMPTY;
  if (!chooser.enabled) return withReason(fallbackChoose("round_robin"), { code: "LEARNED_OFF" });
  const outcomes = resolvedOutcomes(learning);
  if (outcomes < chooser.warmUpOutcomes) {
    return withReason(fallbackChoose(chooser.fallback), { code: "LEARNED_WARMING_UP", outcomes: Math.floor(outcomes), needed: chooser.warmUpOutcomes });
  }
  const ids = qualified.map((rep) => rep.id);
  const segment = ctx.lead ? leadSegment(ctx.lead, chooser.segmentBy) : UNKNOWN_SEGMENT;
  const team = teamRates(learning, segment.key, chooser.shrinkage);
  const columns = posteriorColumns(ids, learning, segment.key, team, chooser.shrinkage);
  const teamFigures = { outcome: chooser.outcome, segment: segment.label, teamRate: round4(team.segment), teamLeads: round2(team.segmentLeads) };
  const floor = floorShareRep(ids, ctx.teamOrder, learning.weekAssigned, chooser.floorShare);
  let winnerIndex: number;
  let draws: number[] | null = null;
  const sharpness = ctx.sharpness ?? drawSharpness(ids.length);
  const seed = learnedSeed(ctx.poolId, ctx.lead);
  let floorReason: TReasonCode | null = null;
  if (floor) {
    const pick = pickByTurns(ctx.rotation, ctx.poolId, ctx.teamOrder, floor.repIds)!;
    winnerIndex = ids.indexOf(pick.repId);
    floorReason = { code: "FLOOR_SHARE", repId: pick.repId, assigned: floor.assigned, weekTotal: floor.weekTotal, members: ctx.teamOrder.length, floorShare: chooser.floorShare };
  } else {
    const random = seededStream(seed);
    draws = doubleColumn(ids.length);
    winnerIndex = 0;
    for (let i = 0; i < ids.length; i++) {
      draws[i] = thompsonDrawOf(columns.alpha[i]!, columns.beta[i]!, sharpness, random);
      if (draws[i]! > draws[winnerIndex]!) winnerIndex = i;
    }
  }
  const winnerId = ids[winnerIndex]!;
  const reasons: TReasonCode[] = [];
  if (floorReason) reasons.push(floorReason);
  reasons.push({
    code: "LEARNED_CHOICE",
    ...teamFigures,
    ...posteriorFigures(columns, winnerIndex),
    draw: draws ? round4(draws[winnerIndex]!) : null,
    sharpness,
    seed,
  });
  const byFloor = floor !== null;
  const notChosenOf = (rep: TRepState, index: number): TReasonCode | null => {
    const i = qualified[index] === rep ? index : ids.indexOf(rep.id);
    if (i < 0 || i === winnerIndex) return null;
    // Named fields, not a spread: the figures' object does not escape (built for up to 1,000 reps).
    const { expected, successes, failures, alpha, beta } = posteriorFigures(columns, i);
    return {
      code: "NOT_CHOSEN_EXPECTED",
      expected,
      successes,
      failures,
      alpha,
      beta,
      draw: draws ? round4(draws[i]!) : null,
      byFloor,
      chosenRepId: winnerId,
    };
  };
  // The turns are not counted, only the pointer moves: a switch back to round-robin does not hold
  // back the reps this chooser favoured while the others catch up on their turns.
  const previous = ctx.rotation ?? emptyRotation(ctx.poolId, "turns");
  const rotation: TPoolRotation = { ...previous, sequence: previous.sequence + 1, lastRepId: winnerId };
  return { repId: winnerId, reasons, notChosenOf, rotation };
}

/**
 * The sharpness a recorded learned decision drew with: LEARNED_CHOICE's `sharpness`, or 1 for a
 * record made before it was recorded (plain Thompson sampling was drawn live then); undefined
 * when no learned choice was recorded (the fallback chose).
 */
export function recordedSharpness(decision: { reasons: readonly TReasonCode[] }): number | undefined {
  const choice = decision.reasons.find((r) => r.code === "LEARNED_CHOICE");
  return choice ? (choice.sharpness ?? 1) : undefined;
}

function withReason(choice: TLearnedChoice | null, reason: TReasonCode): TLearnedChoice | null {
  return choice ? { ...choice, reasons: [reason, ...choice.reasons] } : null;
}
