// The qualified pool: base eligibility, then the strategy's filters in order.
//
// - Base eligibility (always, for teams and named reps): the rep exists, is active, and is below
//   the profile caps — open leads < maxOpenLeads and new today < maxNewLeadsPerDay (null =
//   unlimited). Caps are hard: "exactly at the cap" (10/10) is at capacity.
// - A required filter removes every rep who fails it.
// - A preferred filter removes the reps who fail it only when at least one rep passes; when none
//   passes, nobody is removed and PREFERENCE_WAIVED is recorded. Required filters run first, so a
//   preference picks among the reps who can take the lead at all (an industry match who is off
//   duty never pushes out an available rep without it).
// - A filter for which the lead has no value (industry unknown …) removes nobody and records
//   LEAD_VALUE_UNKNOWN.
// - A skipped rep carries the reason of the first check it failed; the chosen rep carries every
//   pass reason, in filter order.
//
// Cost: filterPool keeps the qualified reps in one array narrowed in place and a reason only for
// each rep that is skipped (by its position in the team), shared by every rep skipped for the same
// reason where it can be (shared-reasons.ts); pass reasons are built on demand, in the end for the
// chosen rep only (passedOf). applyFilters is the same with a candidate per rep.
import type { TReasonCode } from "./reason-codes";
import { prepareFilter, type TFilterCheck, type TFilterContext } from "./filters";
import { internedReasons, sharedReason } from "./shared-reasons";
import type { TFilter, TFilterMode } from "./routing-config";
import type { TRepState } from "./routing-types";

export interface TCandidate {
  rep: TRepState;
  passed: TReasonCode[];
}

export interface TFilteredPool {
  qualified: TCandidate[];
  skipped: { repId: string; reasons: TReasonCode[] }[];
}

export interface TPool {
  /** The qualified reps, in the order of `repIds`. */
  qualified: TRepState[];
  /** positions[k] = the index in `repIds` of qualified[k]. */
  positions: number[];
  /** Per index of `repIds`: why that rep was skipped (undefined = qualified). */
  skippedAt: (TReasonCode | undefined)[];
  /** The pass reasons a qualified rep records, in the config's filter order. */
  passedOf(rep: TRepState): TReasonCode[];
}

const UNKNOWN_REP: TReasonCode = sharedReason({ code: "UNKNOWN_REP" });
const INACTIVE: TReasonCode = sharedReason({ code: "INACTIVE" });
const atCapacityOpen = internedReasons((open: number, max: number): TReasonCode => ({ code: "AT_CAPACITY_OPEN", open, max }));
const atCapacityDaily = internedReasons((today: number, max: number): TReasonCode => ({ code: "AT_CAPACITY_DAILY", today, max }));

/** Why a rep cannot take any lead now, or null. */
export function baseIneligibility(rep: TRepState | undefined): TReasonCode | null {
  if (!rep) return { code: "UNKNOWN_REP" };
  if (!rep.profile.isActive) return { code: "INACTIVE" };
  const { maxOpenLeads, maxNewLeadsPerDay } = rep.profile;
  if (maxOpenLeads !== null && rep.load.openLeads >= maxOpenLeads) return { code: "AT_CAPACITY_OPEN", open: rep.load.openLeads, max: maxOpenLeads };
  if (maxNewLeadsPerDay !== null && rep.load.newLeadsToday >= maxNewLeadsPerDay) {
    return { code: "AT_CAPACITY_DAILY", today: rep.load.newLeadsToday, max: maxNewLeadsPerDay };
  }
  return null;
}

/** baseIneligibility with shared reasons (shared-reasons.ts): the pool's hot path. */
function baseProblem(rep: TRepState | undefined): TReasonCode | null {
  if (!rep) return UNKNOWN_REP;
  if (!rep.profile.isActive) return INACTIVE;
  const { maxOpenLeads, maxNewLeadsPerDay } = rep.profile;
  if (maxOpenLeads !== null && rep.load.openLeads >= maxOpenLeads) return atCapacityOpen(rep.load.openLeads, maxOpenLeads);
  if (maxNewLeadsPerDay !== null && rep.load.newLeadsToday >= maxNewLeadsPerDay) return atCapacityDaily(rep.load.newLeadsToday, maxNewLeadsPerDay);
  return null;
}

function modeOf(filter: TFilter): TFilterMode {
  return filter.type === "capacity" ? "required" : filter.mode;
}

function filterKey(filter: TFilter) {
  return filter.type === "match" ? filter.field : filter.type === "capacity" ? null : filter.type;
}

interface TOrderedFilter {
  filter: TFilter;
  /** Its place in the config (pass reasons are reported in this order). */
  rank: number;
  mode: TFilterMode;
}

/** Required filters first, then preferred ones (memoised per filters array). */
const evaluationOrders = new WeakMap<readonly TFilter[], TOrderedFilter[]>();
function evaluationOrder(filters: readonly TFilter[]): TOrderedFilter[] {
  let order = evaluationOrders.get(filters);
  if (!order) {
    const all = filters.map((filter, rank) => ({ filter, rank, mode: modeOf(filter) }));
    order = [...all.filter((f) => f.mode === "required"), ...all.filter((f) => f.mode === "preferred")];
    evaluationOrders.set(filters, order);
  }
  return order;
}

interface TStep {
  rank: number;
  note: TReasonCode | null;
  check: TFilterCheck | null;
}

export function filterPool(
  repIds: readonly string[],
  repsById: ReadonlyMap<string, TRepState>,
  filters: readonly TFilter[],
  ctx: TFilterContext,
  options: { onlyRequired?: boolean } = {},
): TPool {
  const skippedAt: (TReasonCode | undefined)[] = new Array<TReasonCode | undefined>(repIds.length);
  // Sized for the whole team, then cut to the reps who pass (no growing copies at 1,000 reps).
  const qualified: TRepState[] = new Array<TRepState>(repIds.length);
  const positions: number[] = new Array<number>(repIds.length);
  let count = 0;
  for (let i = 0; i < repIds.length; i++) {
    const rep = repsById.get(repIds[i]!);
    const problem = baseProblem(rep);
    if (problem || !rep) skippedAt[i] = problem ?? UNKNOWN_REP;
    else {
      qualified[count] = rep;
      positions[count++] = i;
    }
  }
  qualified.length = count;
  positions.length = count;
  const steps: TStep[] = [];
  for (const { filter, rank, mode } of evaluationOrder(filters)) {
    if (qualified.length === 0) break;
    if (options.onlyRequired && mode === "preferred") continue;
    const prepared = prepareFilter(filter, qualified, ctx);
    if (prepared.kind === "not_applicable") {
      if (prepared.note) steps.push({ rank, note: prepared.note, check: null });
      continue;
    }
    const { check } = prepared;
    // A preference narrows only when somebody passes it: the failures are noted at the reps'
    // places first, and taken back when nobody passed.
    const passing = noteFailures(qualified, positions, skippedAt, check);
    if (mode === "preferred" && passing === 0) {
      for (const i of positions) skippedAt[i] = undefined;
      const key = filterKey(filter);
      if (key) steps.push({ rank, note: { code: "PREFERENCE_WAIVED", filter: key }, check: null });
      continue;
    }
    if (passing < qualified.length) narrow(qualified, positions, skippedAt);
    steps.push({ rank, note: null, check });
  }
  steps.sort((a, b) => a.rank - b.rank);
  return {
    qualified,
    positions,
    skippedAt,
    passedOf(rep) {
      const passed: TReasonCode[] = [];
      for (const step of steps) {
        const reason = step.note ?? step.check?.passReason(rep) ?? null;
        if (reason) passed.push(reason);
      }
      return passed;
    },
  };
}

/** Each qualified rep's failure of `check` at its position (none when it passes); how many passed. */
function noteFailures(qualified: readonly TRepState[], positions: readonly number[], skippedAt: (TReasonCode | undefined)[], check: TFilterCheck): number {
  let passing = 0;
  for (let k = 0; k < qualified.length; k++) {
    const failure = check.failure(qualified[k]!);
    if (failure === null) passing++;
    else skippedAt[positions[k]!] = failure;
  }
  return passing;
}

/** Keeps the qualified reps without a failure noted at their position (in place). */
function narrow(qualified: TRepState[], positions: number[], skippedAt: readonly (TReasonCode | undefined)[]): void {
  let kept = 0;
  for (let k = 0; k < qualified.length; k++) {
    const at = positions[k]!;
    if (skippedAt[at] !== undefined) continue;
    qualified[kept] = qualified[k]!;
    positions[kept] = at;
    kept++;
  }
  qualified.length = kept;
  positions.length = kept;
}

/** The skipped reps of a pool as entries, in the order of `repIds`. */
export function skippedEntries(repIds: readonly string[], skippedAt: readonly (TReasonCode | undefined)[]): { repId: string; reasons: TReasonCode[] }[] {
  const entries: { repId: string; reasons: TReasonCode[] }[] = [];
  for (let i = 0; i < repIds.length; i++) {
    const reason = skippedAt[i];
    if (reason) entries.push({ repId: repIds[i]!, reasons: [reason] });
  }
  return entries;
}

export function applyFilters(
  repIds: readonly string[],
  repsById: ReadonlyMap<string, TRepState>,
  filters: readonly TFilter[],
  ctx: TFilterContext,
  options: { onlyRequired?: boolean } = {},
): TFilteredPool {
  const pool = filterPool(repIds, repsById, filters, ctx, options);
  return { qualified: pool.qualified.map((rep) => ({ rep, passed: pool.passedOf(rep) })), skipped: skippedEntries(repIds, pool.skippedAt) };
}
