// The stored form of a pool's rotation state, and reading it back. A state keeps its reps and their
// counts as two arrays of the same length (`repIds[i]` has `counts[i]`), in the team's order as of
// the last pick. Arrays, not an object keyed by rep id: a pool of 1,000 reps is copied with one
// `slice()` per pick instead of 1,000 inserts into a fresh object, and it is read from and written
// to JSON at a fraction of an object's cost — all of it under the workspace's routing lock.
// States written by earlier releases (`credits: { [repId]: count }`) read as the same state.
import type { TPoolRotation } from "./routing-types";

type TAlgorithm = TPoolRotation["algorithm"];

export function emptyRotation(poolId: string, algorithm: TAlgorithm): TPoolRotation {
  return { poolId, algorithm, sequence: 0, lastRepId: null, repIds: [], counts: [] };
}

/** Each id's place in `ids` (its first place), memoised per array: a pure function of it. */
const placesByIds = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
export function placesOf(ids: readonly string[]): ReadonlyMap<string, number> {
  let places = placesByIds.get(ids);
  if (!places) {
    const map = new Map<string, number>();
    ids.forEach((id, i) => {
      if (!map.has(id)) map.set(id, i);
    });
    placesByIds.set(ids, (places = map));
  }
  return places;
}

/** `repId`'s count in the state, or undefined when it has none. */
export function rotationCount(rotation: TPoolRotation | undefined, repId: string): number | undefined {
  if (!rotation) return undefined;
  const at = placesOf(rotation.repIds).get(repId);
  return at === undefined ? undefined : rotation.counts[at];
}

/** The counts by rep id (reports and tests; the pickers read the arrays). */
export function rotationCounts(rotation: TPoolRotation | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  rotation?.repIds.forEach((id, i) => {
    counts[id] = rotation.counts[i]!;
  });
  return counts;
}

/** A state with these counts (in the object's key order). */
export function rotationWithCounts(rotation: Omit<TPoolRotation, "repIds" | "counts">, counts: Readonly<Record<string, number>>): TPoolRotation {
  return { ...rotation, repIds: Object.keys(counts), counts: Object.values(counts) };
}

/**
 * Each of `members`' counts in `previous` (undefined for a member without one), as a new array the
 * caller may change. When the state's reps are the members in the same order (the pool's
 * membership has not changed since the last pick), one copy of the counts.
 */
export function memberCounts(previous: TPoolRotation, members: readonly string[]): (number | undefined)[] {
  const { repIds, counts } = previous;
  if (sameIds(repIds, members)) return counts.slice();
  const places = placesOf(repIds);
  return members.map((id) => {
    const at = places.get(id);
    return at === undefined ? undefined : counts[at];
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A stored state (a pool's pointer, or a decision's rotation update) as the pickers read it, or
 * undefined when it is not one: the current form as it is (checked), the earlier releases' form
 * (`credits` by rep id) turned into arrays.
 */
export function readStoredRotation(value: unknown): TPoolRotation | undefined {
  if (!isRecord(value)) return undefined;
  const { poolId, algorithm, sequence, lastRepId } = value;
  if (typeof poolId !== "string" || (algorithm !== "turns" && algorithm !== "smooth_weighted")) return undefined;
  const head = { poolId, algorithm: algorithm as TAlgorithm, sequence: typeof sequence === "number" ? sequence : 0, lastRepId: typeof lastRepId === "string" ? lastRepId : null };
  const { repIds, counts, credits } = value;
  if (Array.isArray(repIds) && Array.isArray(counts) && repIds.length === counts.length) {
    let valid = true;
    for (let i = 0; i < repIds.length && valid; i++) valid = typeof repIds[i] === "string" && typeof counts[i] === "number";
    if (valid) return { ...head, repIds: repIds as string[], counts: counts as number[] };
  }
  if (isRecord(credits)) {
    const kept: Record<string, number> = {};
    for (const [id, count] of Object.entries(credits)) if (typeof count === "number") kept[id] = count;
    return rotationWithCounts(head, kept);
  }
  return { ...head, repIds: [], counts: [] };
}
