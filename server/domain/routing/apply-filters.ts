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
import type { TReasonCode } from "./reason-codes";
import { evaluateFilter, type TFilterContext } from "./filters";
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

function modeOf(filter: TFilter): TFilterMode {
  return filter.type === "capacity" ? "required" : filter.mode;
}

function filterKey(filter: TFilter) {
  return filter.type === "match" ? filter.field : filter.type === "capacity" ? null : filter.type;
}

export function applyFilters(
  repIds: readonly string[],
  repsById: ReadonlyMap<string, TRepState>,
  filters: readonly TFilter[],
  ctx: TFilterContext,
  options: { onlyRequired?: boolean } = {},
): TFilteredPool {
  const skipped: TFilteredPool["skipped"] = [];
  let qualified: TCandidate[] = [];
  for (const id of repIds) {
    const rep = repsById.get(id);
    const problem = baseIneligibility(rep);
    if (problem || !rep) skipped.push({ repId: id, reasons: [problem ?? { code: "UNKNOWN_REP" }] });
    else qualified.push({ rep, passed: [] });
  }
  const ordered = [...filters.filter((f) => modeOf(f) === "required"), ...filters.filter((f) => modeOf(f) === "preferred")];
  // Pass reasons are reported in the config's filter order, whatever the evaluation order: they are
  // re-sorted only when a preferred filter comes before a required one in the config.
  const needsReorder = ordered.some((filter, i) => filters[i] !== filter);
  const rankOf = new WeakMap<TReasonCode, number>();
  for (const filter of ordered) {
    const rank = filters.indexOf(filter);
    const pass = (candidate: TCandidate, reason: TReasonCode) => {
      if (needsReorder) rankOf.set(reason, rank);
      candidate.passed.push(reason);
    };
    if (qualified.length === 0) break;
    const mode = modeOf(filter);
    if (options.onlyRequired && mode === "preferred") continue;
    const result = evaluateFilter(
      filter,
      qualified.map((c) => c.rep),
      ctx,
    );
    if (result.kind === "not_applicable") {
      const note = result.note;
      if (note) qualified.forEach((c) => pass(c, note));
      continue;
    }
    const passing = qualified.filter((_, i) => result.verdicts[i]?.pass === true);
    if (mode === "preferred" && passing.length === 0) {
      const key = filterKey(filter);
      if (key) qualified.forEach((c) => pass(c, { code: "PREFERENCE_WAIVED", filter: key }));
      continue;
    }
    const next: TCandidate[] = [];
    qualified.forEach((candidate, i) => {
      const verdict = result.verdicts[i];
      if (verdict?.pass) {
        if (verdict.reason) pass(candidate, verdict.reason);
        next.push(candidate);
      } else {
        skipped.push({ repId: candidate.rep.id, reasons: verdict?.reason ? [verdict.reason] : [] });
      }
    });
    qualified = next;
  }
  if (needsReorder) for (const candidate of qualified) candidate.passed.sort((a, b) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
  return { qualified, skipped };
}
