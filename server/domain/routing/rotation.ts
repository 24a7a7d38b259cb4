// Rotation within the QUALIFIED pool (the reps left after the filters), with persistent state per
// pool. The service reads the state, calls decideRouting and writes the returned state under a
// per-pool lock, so picks are serial and the guarantees below hold under any concurrency.
//
// Strict ("turns"): credits[rep] = turns taken. The qualified rep with the fewest turns wins; ties
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

export function emptyRotation(poolId: string, algorithm: TPoolRotation["algorithm"]): TPoolRotation {
  return { poolId, algorithm, sequence: 0, lastRepId: null, credits: {} };
}

function usable(rotation: TPoolRotation | undefined, poolId: string, algorithm: TPoolRotation["algorithm"]): TPoolRotation {
  return rotation && rotation.algorithm === algorithm ? rotation : { ...emptyRotation(poolId, algorithm), sequence: rotation?.sequence ?? 0 };
}

/** Credits of current team members only (departed reps are dropped). */
function memberCredits(credits: Readonly<Record<string, number>>, teamOrder: readonly string[]): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const id of teamOrder) {
    const value = credits[id];
    if (Object.hasOwn(credits, id) && value !== undefined) kept[id] = value;
  }
  return kept;
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
  // One copy of the members' credits (the new state), with each member's count also kept by its
  // place in the team, so the passes over the candidates below read an array, not the map.
  const previousCredits = state.credits;
  const position = teamPositions(teamOrder);
  const size = teamOrder.length;
  const credits: Record<string, number> = {};
  const memberTurns: (number | undefined)[] = new Array<number | undefined>(size);
  let hasNewMembers = false;
  for (let i = 0; i < size; i++) {
    const id = teamOrder[i]!;
    // One lookup: Object.prototype has no number-valued property, so a number is an own count.
    const value = previousCredits[id];
    if (typeof value !== "number") hasNewMembers = true;
    else credits[id] = memberTurns[i] = value;
  }
  const counted = (id: string): number | undefined => {
    const at = position.get(id);
    return at === undefined ? (Object.hasOwn(credits, id) ? credits[id] : undefined) : memberTurns[at];
  };
  // Members seen for the first time join at the fewest turns among the qualified reps who
  // already have a count (0 in a new pool) — every member, qualified now or not, so a rep
  // filtered out from the start still has its turns owed.
  let floor = Infinity;
  for (const id of candidates) {
    const value = counted(id);
    if (value !== undefined && value < floor) floor = value;
  }
  if (floor === Infinity) for (const value of memberTurns) if (value !== undefined && value < floor) floor = value;
  if (floor === Infinity) floor = 0;
  if (hasNewMembers) {
    for (let i = 0; i < size; i++) {
      const id = teamOrder[i]!;
      if (memberTurns[i] === undefined && !Object.hasOwn(credits, id)) credits[id] = floor;
      memberTurns[i] ??= floor;
    }
  }
  for (const id of candidates) if (!position.has(id) && !Object.hasOwn(credits, id)) credits[id] = floor;
  let ceiling = -Infinity;
  if (maxCatchUp !== null) for (const id in credits) ceiling = Math.max(ceiling, credits[id] ?? 0);
  // The fewest turns first, then the first of those after the rotation pointer in cyclic team
  // order (by position: no list of the tied reps); tied candidates outside the team order come
  // after every member, in candidate order. One pass.
  const pointer = state.lastRepId === null ? -1 : (position.get(state.lastRepId) ?? -1);
  let bestTurns = Infinity;
  let bestDistance = Infinity;
  let repId: string | undefined;
  let outsider: string | undefined;
  for (const id of candidates) {
    const own = counted(id) ?? floor;
    const turns = maxCatchUp === null ? own : Math.max(own, ceiling - maxCatchUp);
    if (turns > bestTurns) continue;
    if (turns < bestTurns) {
      bestTurns = turns;
      bestDistance = Infinity;
      repId = undefined;
      outsider = undefined;
    }
    const at = position.get(id);
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
  credits[repId] = bestTurns + 1;
  return { repId, rotation: { poolId, algorithm: "turns", sequence: state.sequence + 1, lastRepId: repId, credits } };
}

function positions(order: readonly string[]): Map<string, number> {
  return new Map(order.map((id, i) => [id, i]));
}

/** Each member's first place in the team order (memoised per order array: a pure function of it). */
const positionsByOrder = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
function teamPositions(order: readonly string[]): ReadonlyMap<string, number> {
  let position = positionsByOrder.get(order);
  if (!position) {
    const map = new Map<string, number>();
    order.forEach((id, i) => {
      if (!map.has(id)) map.set(id, i);
    });
    positionsByOrder.set(order, (position = map));
  }
  return position;
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
  const credits = memberCredits(state.credits, teamOrder);
  const total = candidates.reduce((sum, c) => sum + c.weight, 0);
  for (const c of candidates) credits[c.id] = (credits[c.id] ?? 0) + c.weight;
  const position = positions(teamOrder);
  const ordered = [...candidates].sort((a, b) => (position.get(a.id) ?? position.size) - (position.get(b.id) ?? position.size));
  let best = ordered[0] as { id: string; weight: number };
  for (const c of ordered) if ((credits[c.id] ?? 0) > (credits[best.id] ?? 0)) best = c;
  credits[best.id] = (credits[best.id] ?? 0) - total;
  return { repId: best.id, rotation: { poolId, algorithm: "smooth_weighted", sequence: state.sequence + 1, lastRepId: best.id, credits } };
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
