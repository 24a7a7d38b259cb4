// Rotation within the QUALIFIED pool (the reps left after the filters), with persistent state per
// pool. The service reads the state, calls decideRouting and writes the returned state under a
// per-pool lock, so picks are serial and the guarantees below hold under any concurrency.
//
// A state keeps each rep's count (rotation-state.ts).
//
// Strict ("turns"): a rep's count = turns taken. The qualified rep with the fewest turns wins; ties
// go to the first rep after `lastRepId` in the team's order (cyclic). A rep who is filtered out
// keeps its count, so it neither loses its turn (it catches up when qualified again) nor gains
// one (it never jumps ahead). In an always-qualified pool this is plain round-robin and
// max − min ≤ 1 at every moment. A member new to the team joins at the fewest turns among the
// qualified reps (no backlog). `maxCatchUp` (optional) forgives a backlog beyond N turns, so a
// rep back from two weeks off is not flooded.
//
// Weighted ("smooth_weighted"): nginx smooth weighted round-robin over the qualified reps only:
// each qualified rep's current weight grows by its routingWeight, the largest wins (ties: team
// order) and loses the qualified total. A rep who is filtered out is left untouched — it does not
// accumulate (no burst later) and keeps its place. 2:1:1 over 1,000 picks gives exactly 500/250/250.
//
// Priority: only the qualified reps with the highest routingWeight take part; strict turns among them.
import type { TPoolRotation } from "./routing-types";
import { emptyRotation, memberCounts, placesOf } from "./rotation-state";

function usable(rotation: TPoolRotation | undefined, poolId: string, algorithm: TPoolRotation["algorithm"]): TPoolRotation {
  return rotation && rotation.algorithm === algorithm ? rotation : { ...emptyRotation(poolId, algorithm), sequence: rotation?.sequence ?? 0 };
}

/** The team's members once each, in team order (the order itself when it has no repeats; memoised per order array). */
const membersByOrder = new WeakMap<readonly string[], readonly string[]>();
function uniqueMembers(teamOrder: readonly string[]): readonly string[] {
  if (placesOf(teamOrder).size === teamOrder.length) return teamOrder;
  let members = membersByOrder.get(teamOrder);
  if (!members) membersByOrder.set(teamOrder, (members = [...placesOf(teamOrder).keys()]));
  return members;
}

/** Candidates outside the team order, once each, in candidate order (none when the candidates come from the team). */
function outsidersOf(candidates: readonly string[], place: ReadonlyMap<string, number>): string[] {
  const outsiders: string[] = [];
  for (const id of candidates) if (!place.has(id) && !outsiders.includes(id)) outsiders.push(id);
  return outsiders;
}

/**
 * The new state's layout: the team's members (departed reps dropped), then the candidates outside
 * the team order; `counts` holds each member's previous count at its place (undefined before its
 * first) and nothing yet for the outsiders, for the pick to fill.
 */
function layOut(state: TPoolRotation, teamOrder: readonly string[], candidateIds: readonly string[]) {
  const members = uniqueMembers(teamOrder);
  const place = placesOf(members);
  const outsiders = outsidersOf(candidateIds, place);
  const repIds = outsiders.length === 0 ? members : [...members, ...outsiders];
  const counts = memberCounts(state, members);
  const indexOf = (id: string): number | undefined => place.get(id) ?? (outsiders.includes(id) ? members.length + outsiders.indexOf(id) : undefined);
  return { size: members.length, place, repIds, counts, indexOf };
}

/** Fills every place without a count (new members, outsiders) with `value`: the counts as the state stores them. */
function filled(counts: (number | undefined)[], length: number, value: number): number[] {
  for (let i = 0; i < length; i++) counts[i] ??= value;
  return counts as number[];
}

/** Team order starting just after `lastRepId` (the rotation pointer). */
export function cyclicOrder(teamOrder: readonly string[], lastRepId: string | null): string[] {
  const at = lastRepId === null ? -1 : teamOrder.indexOf(lastRepId);
  return [...teamOrder.slice(at + 1), ...teamOrder.slice(0, at + 1)];
}

export interface TRotationPick {
  repId: string;
  rotation: TPoolRotation;
}

/** Strict turns among `candidates` (ids of qualified reps, any order). */
export function pickByTurns(
  previous: TPoolRotation | undefined,
  poolId: string,
  teamOrder: readonly string[],
  candidates: readonly string[],
  maxCatchUp: number | null = null,
): TRotationPick | null {
  if (candidates.length === 0) return null;
  const state = usable(previous, poolId, "turns");
  const { size, place, repIds, counts, indexOf } = layOut(state, teamOrder, candidates);
  // Members seen for the first time join at the fewest turns among the qualified reps who
  // already have a count (0 in a new pool) — every member, qualified now or not, so a rep
  // filtered out from the start still has its turns owed. Candidates outside the team order
  // count from the floor too.
  let floor = Infinity;
  for (const id of candidates) {
    const at = place.get(id);
    const value = at === undefined ? undefined : counts[at];
    if (value !== undefined && value < floor) floor = value;
  }
  if (floor === Infinity) for (const value of counts) if (value !== undefined && value < floor) floor = value;
  if (floor === Infinity) floor = 0;
  const turns = filled(counts, repIds.length, floor);
  const ceiling = maxCatchUp === null ? -Infinity : Math.max(...turns);
  // The fewest turns first, then the first of those after the rotation pointer in cyclic team
  // order (by place: no list of the tied reps); tied candidates outside the team order come
  // after every member, in candidate order. One pass.
  const pointer = state.lastRepId === null ? -1 : (place.get(state.lastRepId) ?? -1);
  let bestTurns = Infinity;
  let bestDistance = Infinity;
  let repId: string | undefined;
  let outsider: string | undefined;
  for (const id of candidates) {
    const at = place.get(id);
    const own = at === undefined ? floor : turns[at]!;
    const count = maxCatchUp === null ? own : Math.max(own, ceiling - maxCatchUp);
    if (count > bestTurns) continue;
    if (count < bestTurns) {
      bestTurns = count;
      bestDistance = Infinity;
      repId = undefined;
      outsider = undefined;
    }
    if (at === undefined) {
      outsider ??= id;
      continue;
    }
    const distance = (at - pointer - 1 + size) % size;
    if (distance < bestDistance) {
      bestDistance = distance;
      repId = id;
    }
  }
  repId ??= outsider;
  if (repId === undefined) return null;
  turns[indexOf(repId)!] = bestTurns + 1;
  return { repId, rotation: { poolId, algorithm: "turns", sequence: state.sequence + 1, lastRepId: repId, repIds, counts: turns } };
}

/** nginx smooth weighted round-robin among `candidates` (qualified reps with their weights). */
export function pickSmoothWeighted(
  previous: TPoolRotation | undefined,
  poolId: string,
  teamOrder: readonly string[],
  candidates: readonly { id: string; weight: number }[],
): TRotationPick | null {
  if (candidates.length === 0) return null;
  const state = usable(previous, poolId, "smooth_weighted");
  const layout = layOut(state, teamOrder, candidates.map((c) => c.id));
  // The current weights (0 before a rep's first turn); every candidate's grows by its weight.
  const current = filled(layout.counts, layout.repIds.length, 0);
  let total = 0;
  for (const c of candidates) {
    total += c.weight;
    current[layout.indexOf(c.id)!]! += c.weight;
  }
  // The largest current weight wins; ties go to the first in team order (outsiders last).
  let best = -1;
  for (const c of candidates) {
    const at = layout.indexOf(c.id)!;
    if (best === -1 || current[at]! > current[best]! || (current[at] === current[best] && at < best)) best = at;
  }
  current[best]! -= total;
  const repId = layout.repIds[best]!;
  return { repId, rotation: { poolId, algorithm: "smooth_weighted", sequence: state.sequence + 1, lastRepId: repId, repIds: layout.repIds, counts: current } };
}

/** Priority: the highest routingWeight among the candidates, then strict turns among those. */
export function pickByPriority(
  previous: TPoolRotation | undefined,
  poolId: string,
  teamOrder: readonly string[],
  candidates: readonly { id: string; weight: number }[],
  maxCatchUp: number | null = null,
): TRotationPick | null {
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((c) => c.weight));
  return pickByTurns(
    previous,
    poolId,
    teamOrder,
    candidates.filter((c) => c.weight === top).map((c) => c.id),
    maxCatchUp,
  );
}
