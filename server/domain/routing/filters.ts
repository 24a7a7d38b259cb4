// One filter over a pool, prepared once per decision: `failure(rep)` says why a rep fails it (a
// reason) or null when it passes, and `passReason(rep)` is what the chosen rep records. Reasons
// are built only for reps that fail (they are skipped with it) and, at the end, for the chosen
// rep — never a verdict object per rep per filter. Reasons that are the same for many reps
// (MATCH_MISSING with the wanted values, SENIORITY_TOO_LOW per tier, HIGH_RECENT_VOLUME per
// count) are one shared object. "Does not apply" when the lead has no value for the filter.
// apply-filters.ts chains them (required/preferred).
import type { TResolve, TResolvedValue } from "../conditions/condition";
import { toNumber } from "../conditions/evaluate-condition";
import { SENIORITY_TIERS, type TSeniorityTier } from "../reps/rep-options";
import { hasTag, normalizeMatchValue } from "./lead-attributes";
import type { TReasonCode } from "./reason-codes";
import { instantIso, outOfOfficeReason, unavailabilityReason } from "./rep-availability";
import { sharedReason } from "./shared-reasons";
import type { TBacklogLimit, TCapacityFilter, TFilter, TMatchField, TMatchFilter, TRecentVolumeFilter, TSeniorityFilter } from "./routing-config";
import type { TRepBacklog, TRepState, TRoutingLead } from "./routing-types";

export interface TFilterContext {
  lead: TRoutingLead;
  resolve: TResolve;
  now: Date;
}

export interface TFilterCheck {
  /** Why `rep` fails the filter, or null when it passes. */
  failure(rep: TRepState): TReasonCode | null;
  /** The reason a passing rep records (null = none). */
  passReason(rep: TRepState): TReasonCode | null;
}

export type TPreparedFilter =
  | { kind: "check"; check: TFilterCheck }
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
  switch (field) {
    case "skills":
      return p.skills;
    case "industry":
      return p.industries;
    case "segment":
      return p.segments;
    case "language":
      return p.languages;
    case "region":
      return p.regions;
  }
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

// Rep tags are a few dozen distinct strings across a roster: each is normalised once (memoised,
// bounded), not per rep per decision.
const MAX_NORMALISED = 10_000;
const normalisedTags = new Map<string, string>();
function normalisedTag(tag: string): string {
  let value = normalisedTags.get(tag);
  if (value === undefined) {
    if (normalisedTags.size >= MAX_NORMALISED) normalisedTags.clear();
    value = normalizeMatchValue(tag);
    normalisedTags.set(tag, value);
  }
  return value;
}

function tagsInclude(tags: readonly string[], wanted: string): boolean {
  if (wanted === "") return false;
  for (const tag of tags) if (normalisedTag(tag) === wanted) return true;
  return false;
}

function matchFilter(filter: TMatchFilter, ctx: TFilterContext): TPreparedFilter {
  const wanted = matchValues(filter, ctx.resolve);
  if (wanted.length === 0) return { kind: "not_applicable", note: { code: "LEAD_VALUE_UNKNOWN", filter: filter.field } };
  const wantedNormalised = wanted.map(normalizeMatchValue);
  const requireAll = filter.require === "all";
  const missing: TReasonCode = sharedReason({ code: "MATCH_MISSING", field: filter.field, wanted, mode: filter.mode });
  return {
    kind: "check",
    check: {
      failure(rep) {
        const tags = repTags(rep, filter.field);
        let matched = 0;
        for (const w of wantedNormalised) if (tagsInclude(tags, w)) matched++;
        const pass = requireAll ? matched === wanted.length : matched > 0;
        return pass ? null : missing;
      },
      passReason(rep) {
        const tags = repTags(rep, filter.field);
        return { code: "MATCHED", field: filter.field, values: wanted.filter((w) => hasTag(tags, w)) };
      },
    },
  };
}

export function seniorityRank(tier: TSeniorityTier): number {
  return SENIORITY_TIERS.indexOf(tier);
}

/** The minimum seniority for a value: the highest threshold with minValue ≤ value; null if none. */
export function minSeniorityFor(filter: Pick<TSeniorityFilter, "thresholds">, value: number): TSeniorityTier | null {
  const hits = filter.thresholds.filter((t) => t.minValue <= value).sort((a, b) => b.minValue - a.minValue);
  return hits[0]?.minSeniority ?? null;
}

/** One shared reason per key (a tier, a count …) within one prepared filter. */
function perKey<K, R extends TReasonCode>(build: (key: K) => R): (key: K) => R {
  const made = new Map<K, R>();
  return (key) => {
    let reason = made.get(key);
    if (reason === undefined) made.set(key, (reason = sharedReason(build(key))));
    return reason;
  };
}

function seniorityFilter(filter: TSeniorityFilter, ctx: TFilterContext): TPreparedFilter {
  const raw = ctx.resolve(filter.ref);
  const value = Array.isArray(raw) ? null : toNumber(raw);
  if (value === null) return { kind: "not_applicable", note: { code: "LEAD_VALUE_UNKNOWN", filter: "seniority" } };
  const min = minSeniorityFor(filter, value);
  if (min === null) return { kind: "not_applicable", note: null };
  const minRank = seniorityRank(min);
  const tooLow = perKey((seniority: TSeniorityTier): TReasonCode => ({ code: "SENIORITY_TOO_LOW", seniority, minSeniority: min, value, mode: filter.mode }));
  return {
    kind: "check",
    check: {
      failure: (rep) => (seniorityRank(rep.profile.seniority) >= minRank ? null : tooLow(rep.profile.seniority)),
      passReason: (rep) => ({ code: "SENIORITY_OK", seniority: rep.profile.seniority, minSeniority: min, value }),
    },
  };
}

const availableNow: TFilterCheck["passReason"] = (rep) => ({ code: "AVAILABLE_NOW", timeZone: rep.profile.timeZone });

function availableNowFilter(ctx: TFilterContext): TPreparedFilter {
  return { kind: "check", check: { failure: (rep) => unavailabilityReason(rep.profile, ctx.now), passReason: availableNow } };
}

const DAY_MS = 24 * 3600_000;

/** The start of a leave overlapping [now, now + days), not already running (that is out of office). */
function leaveStartingWithin(rep: TRepState, now: Date, days: number): Date | null {
  const t = now.getTime();
  const end = t + days * DAY_MS;
  let first: Date | null = null;
  const consider = (s: Date) => {
    if (s.getTime() > t && s.getTime() < end && (first === null || s.getTime() < first.getTime())) first = s;
  };
  for (const p of rep.profile.timeOff) consider(p.startsAt);
  if (rep.load.nextLeaveStartsAt) consider(rep.load.nextLeaveStartsAt);
  return first;
}

/** BACKLOG when the rep's weighted backlog reaches the limit: untouched leads and those past the SLA weigh more. */
export function backlogFailure(limit: TBacklogLimit, backlog: TRepBacklog | undefined): TReasonCode | null {
  if (!backlog) return null;
  const weighted = backlog.uncontacted * limit.uncontactedWeight + backlog.pastSla * limit.pastSlaWeight + backlog.worked * limit.workedWeight;
  if (weighted < limit.max) return null;
  return { code: "BACKLOG", ...backlog, weighted: Math.round(weighted * 100) / 100, max: limit.max };
}

function capacityFilter(filter: TCapacityFilter, ctx: TFilterContext): TPreparedFilter {
  const leadValue = ctx.lead.estimatedValue ?? 0;
  const max = filter.maxOpenPipelineValue;
  const now = ctx.now;
  return {
    kind: "check",
    check: {
      failure(rep) {
        if (max !== null && rep.load.openPipelineValue + leadValue > max) {
          return { code: "AT_CAPACITY_PIPELINE", openValue: rep.load.openPipelineValue, leadValue, max };
        }
        const backlog = filter.backlog ? backlogFailure(filter.backlog, rep.load.backlog) : null;
        if (backlog) return backlog;
        if (filter.leaveWithinDays !== null) {
          const current = rep.profile.timeOff.find((p) => p.startsAt <= now && now < p.endsAt);
          if (current) return outOfOfficeReason(current.endsAt, rep.profile.timeZone);
          const starts = leaveStartingWithin(rep, now, filter.leaveWithinDays);
          if (starts) return { code: "LEAVE_SOON", startsAtIso: instantIso(starts), withinDays: filter.leaveWithinDays, timeZone: rep.profile.timeZone };
        }
        return null;
      },
      passReason: (rep) => ({ code: "HAS_CAPACITY", openLeads: rep.load.openLeads, maxOpenLeads: rep.profile.maxOpenLeads }),
    },
  };
}

function recentVolumeFilter(filter: TRecentVolumeFilter, pool: readonly TRepState[]): TPreparedFilter {
  let sum = 0;
  for (const rep of pool) sum += rep.load.assignedLastHours;
  const mean = pool.length === 0 ? 0 : sum / pool.length;
  const shownMean = Math.round(mean * 10) / 10;
  const high = perKey((assigned: number): TReasonCode => ({ code: "HIGH_RECENT_VOLUME", assigned, mean: shownMean, maxAboveMean: filter.maxAboveMean, hours: filter.hours, mode: filter.mode }));
  return {
    kind: "check",
    check: {
      failure: (rep) => (rep.load.assignedLastHours > mean + filter.maxAboveMean ? high(rep.load.assignedLastHours) : null),
      passReason: (rep) => ({ code: "VOLUME_OK", assigned: rep.load.assignedLastHours, mean: shownMean, hours: filter.hours }),
    },
  };
}

/** The filter prepared for this lead over `pool` (the reps still qualified when it runs). */
export function prepareFilter(filter: TFilter, pool: readonly TRepState[], ctx: TFilterContext): TPreparedFilter {
  switch (filter.type) {
    case "match":
      return matchFilter(filter, ctx);
    case "seniority":
      return seniorityFilter(filter, ctx);
    case "available_now":
      return availableNowFilter(ctx);
    case "capacity":
      return capacityFilter(filter, ctx);
    case "recent_volume":
      return recentVolumeFilter(filter, pool);
  }
}
