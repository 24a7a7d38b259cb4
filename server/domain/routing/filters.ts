// One filter over a pool: a verdict per rep (pass with a reason, or fail with a reason), or "does
// not apply" when the lead has no value for it. apply-filters.ts chains them (required/preferred).
import type { TResolve, TResolvedValue } from "../conditions/condition";
import { toNumber } from "../conditions/evaluate-condition";
import { SENIORITY_TIERS, type TSeniorityTier } from "../reps/rep-options";
import { hasTag } from "./lead-attributes";
import type { TReasonCode } from "./reason-codes";
import { unavailabilityReason } from "./rep-availability";
import type { TCapacityFilter, TFilter, TMatchField, TMatchFilter, TRecentVolumeFilter, TSeniorityFilter } from "./routing-config";
import type { TRepState, TRoutingLead } from "./routing-types";

export interface TFilterContext {
  lead: TRoutingLead;
  resolve: TResolve;
  now: Date;
}

export interface TVerdict {
  pass: boolean;
  reason: TReasonCode | null;
}

export type TFilterResult =
  | { kind: "verdicts"; verdicts: TVerdict[] }
  /** Everyone passes; `note` (if any) is recorded on the chosen rep. */
  | { kind: "not_applicable"; note: TReasonCode | null };

const DEFAULT_REFS: Record<TMatchField, string | null> = {
  skills: null,
  industry: "lead.industry",
  segment: "lead.segment",
  language: "lead.language",
  region: "lead.region",
};

export function repTags(rep: TRepState, field: TMatchField): readonly string[] {
  const p = rep.profile;
  return { skills: p.skills, industry: p.industries, segment: p.segments, language: p.languages, region: p.regions }[field];
}

function textValues(value: TResolvedValue): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String).filter((v) => v.trim() !== "");
}

/** The lead values a match filter compares (its fixed list, else its ref). */
export function matchValues(filter: Pick<TMatchFilter, "field" | "values" | "ref">, resolve: TResolve): string[] {
  if (filter.values && filter.values.length > 0) return filter.values;
  const ref = filter.ref ?? DEFAULT_REFS[filter.field];
  return ref === null ? [] : textValues(resolve(ref));
}

function matchFilter(filter: TMatchFilter, pool: readonly TRepState[], ctx: TFilterContext): TFilterResult {
  const wanted = matchValues(filter, ctx.resolve);
  if (wanted.length === 0) return { kind: "not_applicable", note: { code: "LEAD_VALUE_UNKNOWN", filter: filter.field } };
  const verdicts = pool.map((rep): TVerdict => {
    const tags = repTags(rep, filter.field);
    const matched = wanted.filter((w) => hasTag(tags, w));
    const pass = filter.require === "all" ? matched.length === wanted.length : matched.length > 0;
    return pass
      ? { pass, reason: { code: "MATCHED", field: filter.field, values: matched } }
      : { pass, reason: { code: "MATCH_MISSING", field: filter.field, wanted, mode: filter.mode } };
  });
  return { kind: "verdicts", verdicts };
}

export function seniorityRank(tier: TSeniorityTier): number {
  return SENIORITY_TIERS.indexOf(tier);
}

/** The minimum seniority for a value: the highest threshold with minValue ≤ value; null if none. */
export function minSeniorityFor(filter: Pick<TSeniorityFilter, "thresholds">, value: number): TSeniorityTier | null {
  const hits = filter.thresholds.filter((t) => t.minValue <= value).sort((a, b) => b.minValue - a.minValue);
  return hits[0]?.minSeniority ?? null;
}

function seniorityFilter(filter: TSeniorityFilter, pool: readonly TRepState[], ctx: TFilterContext): TFilterResult {
  const raw = ctx.resolve(filter.ref);
  const value = Array.isArray(raw) ? null : toNumber(raw);
  if (value === null) return { kind: "not_applicable", note: { code: "LEAD_VALUE_UNKNOWN", filter: "seniority" } };
  const min = minSeniorityFor(filter, value);
  if (min === null) return { kind: "not_applicable", note: null };
  const verdicts = pool.map((rep): TVerdict => {
    const seniority = rep.profile.seniority;
    return seniorityRank(seniority) >= seniorityRank(min)
      ? { pass: true, reason: { code: "SENIORITY_OK", seniority, minSeniority: min, value } }
      : { pass: false, reason: { code: "SENIORITY_TOO_LOW", seniority, minSeniority: min, value, mode: filter.mode } };
  });
  return { kind: "verdicts", verdicts };
}

function availableNowFilter(pool: readonly TRepState[], ctx: TFilterContext): TFilterResult {
  const verdicts = pool.map((rep): TVerdict => {
    const reason = unavailabilityReason(rep.profile, ctx.now);
    return reason ? { pass: false, reason } : { pass: true, reason: { code: "AVAILABLE_NOW", timeZone: rep.profile.timeZone } };
  });
  return { kind: "verdicts", verdicts };
}

const DAY_MS = 24 * 3600_000;

/** The start of a leave overlapping [now, now + days), not already running (that is out of office). */
function leaveStartingWithin(rep: TRepState, now: Date, days: number): Date | null {
  const end = now.getTime() + days * DAY_MS;
  const starts = [...rep.profile.timeOff.map((p) => p.startsAt), ...(rep.load.nextLeaveStartsAt ? [rep.load.nextLeaveStartsAt] : [])];
  const upcoming = starts.filter((s) => s.getTime() > now.getTime() && s.getTime() < end).sort((a, b) => a.getTime() - b.getTime());
  return upcoming[0] ?? null;
}

function capacityFilter(filter: TCapacityFilter, pool: readonly TRepState[], ctx: TFilterContext): TFilterResult {
  const leadValue = ctx.lead.estimatedValue ?? 0;
  const verdicts = pool.map((rep): TVerdict => {
    const max = filter.maxOpenPipelineValue;
    if (max !== null && rep.load.openPipelineValue + leadValue > max) {
      return { pass: false, reason: { code: "AT_CAPACITY_PIPELINE", openValue: rep.load.openPipelineValue, leadValue, max } };
    }
    if (filter.leaveWithinDays !== null) {
      const current = rep.profile.timeOff.find((p) => p.startsAt <= ctx.now && ctx.now < p.endsAt);
      if (current) return { pass: false, reason: { code: "OUT_OF_OFFICE", untilIso: current.endsAt.toISOString(), timeZone: rep.profile.timeZone } };
      const starts = leaveStartingWithin(rep, ctx.now, filter.leaveWithinDays);
      if (starts) {
        return { pass: false, reason: { code: "LEAVE_SOON", startsAtIso: starts.toISOString(), withinDays: filter.leaveWithinDays, timeZone: rep.profile.timeZone } };
      }
    }
    return { pass: true, reason: { code: "HAS_CAPACITY", openLeads: rep.load.openLeads, maxOpenLeads: rep.profile.maxOpenLeads } };
  });
  return { kind: "verdicts", verdicts };
}

function recentVolumeFilter(filter: TRecentVolumeFilter, pool: readonly TRepState[]): TFilterResult {
  if (pool.length === 0) return { kind: "verdicts", verdicts: [] };
  const mean = pool.reduce((sum, r) => sum + r.load.assignedLastHours, 0) / pool.length;
  const shownMean = Math.round(mean * 10) / 10;
  const verdicts = pool.map((rep): TVerdict => {
    const assigned = rep.load.assignedLastHours;
    return assigned > mean + filter.maxAboveMean
      ? { pass: false, reason: { code: "HIGH_RECENT_VOLUME", assigned, mean: shownMean, maxAboveMean: filter.maxAboveMean, hours: filter.hours, mode: filter.mode } }
      : { pass: true, reason: { code: "VOLUME_OK", assigned, mean: shownMean, hours: filter.hours } };
  });
  return { kind: "verdicts", verdicts };
}

export function evaluateFilter(filter: TFilter, pool: readonly TRepState[], ctx: TFilterContext): TFilterResult {
  switch (filter.type) {
    case "match":
      return matchFilter(filter, pool, ctx);
    case "seniority":
      return seniorityFilter(filter, pool, ctx);
    case "available_now":
      return availableNowFilter(pool, ctx);
    case "capacity":
      return capacityFilter(filter, pool, ctx);
    case "recent_volume":
      return recentVolumeFilter(filter, pool);
  }
}
