// Reason codes: why a path matched, why a rep was chosen, why each other rep was skipped. Data
// first (stored on the lead, returned by the API); describe-reason.ts turns them into text.
// Instants are ISO strings so a stored decision round-trips through JSON unchanged.
import type { TSeniorityTier } from "../reps/rep-options";
import type { TLearnedOutcome } from "./learned/learned-config";
import type { TBestMatchSignal, TFilterMode, TMatchField } from "./routing-config";

/** A filter a reason refers to: the match field, or the filter type. */
export type TFilterKey = TMatchField | "seniority" | "available_now" | "recent_volume";

export type TReasonCode =
  // — the path and the destination —
  | { code: "PATH_MATCHED"; pathId: string; pathName: string }
  | { code: "NAMED_REP"; repId: string }
  | { code: "NURTURE" }
  /** Engagement in a nurture sequence raised the lead's tier to sales-ready: routed again, nurture paths skipped. */
  | { code: "NURTURE_GRADUATED"; engagement: "click" | "return_visit" | "return_submission"; points: number; intentPoints: number; sequenceId: string; tier: string }
  /** A person chose the rep (reassign with a named rep); `reason` is what they wrote. */
  | { code: "MANUAL_OVERRIDE"; repId: string; byUserId: string | null; reason: string }
  | { code: "DISQUALIFIED" }
  /**
   * The lead's value is in another currency than routing's (Workspace.routingCurrency): routing
   * compared `routingValue` (converted at intake), or nothing when no rate was set for `currency`
   * (null: routed as a lead without value). routingCurrency null: not known where the lead was read.
   */
  | { code: "LEAD_VALUE_CURRENCY"; amount: number; currency: string; routingValue: number | null; routingCurrency: string | null }
  /** The prospect booked with the next best rep: the owner had no slot within the window. */
  | { code: "BOOKING_FALLBACK"; fromRepId: string; windowDays: number }
  | { code: "FALLBACK"; queueName: string }
  | { code: "UNKNOWN_TEAM"; teamId: string }
  | { code: "TEAM_INACTIVE"; teamId: string }
  | { code: "NO_ELIGIBLE_REP"; teamId: string | null; candidates: number }
  // — filters passed (chosen rep) —
  | { code: "MATCHED"; field: TMatchField; values: string[] }
  | { code: "SENIORITY_OK"; seniority: TSeniorityTier; minSeniority: TSeniorityTier; value: number }
  | { code: "AVAILABLE_NOW"; timeZone: string }
  | { code: "HAS_CAPACITY"; openLeads: number; maxOpenLeads: number | null }
  | { code: "VOLUME_OK"; assigned: number; mean: number; hours: number }
  /** The lead has no value for this filter (e.g. industry unknown): the filter did not apply. */
  | { code: "LEAD_VALUE_UNKNOWN"; filter: TFilterKey }
  /** A preferred filter nobody in the pool passed: it was waived for everyone. */
  | { code: "PREFERENCE_WAIVED"; filter: TFilterKey }
  // — choosers (chosen rep) —
  | { code: "ROUND_ROBIN_TURN"; variant: "strict" | "weighted" | "priority"; poolSize: number }
  | { code: "LEAST_LOADED"; openLeads: number; openPipelineValue: number }
  | { code: "BEST_MATCH"; score: number; signals: Partial<Record<TBestMatchSignal, number>> }
  | { code: "SOONEST_AVAILABLE"; availableAtIso: string | null; isNow: boolean; timeZone: string }
  /**
   * The learned chooser's pick: the rep's expected rate of `outcome` in `segment` (Beta
   * alpha/beta after shrinkage, from `successes`/`failures` of its own), the team's rate there,
   * and the Thompson draw (null when the floor share chose) from the stream seeded by `seed`.
   */
  | {
      code: "LEARNED_CHOICE";
      outcome: TLearnedOutcome;
      segment: string;
      expected: number;
      successes: number;
      failures: number;
      alpha: number;
      beta: number;
      teamRate: number;
      teamLeads: number;
      draw: number | null;
      /** The draws were from Beta(alpha × sharpness, beta × sharpness) (beta-posterior.ts drawSharpness); absent in records before it. */
      sharpness?: number;
      seed: number;
    }
  /** The rep was below floorShare × its fair share of the pool's leads this week. */
  | { code: "FLOOR_SHARE"; repId: string; assigned: number; weekTotal: number; members: number; floorShare: number }
  /** The learned pool has too few resolved outcomes yet: its fallback chooser decided. */
  | { code: "LEARNED_WARMING_UP"; outcomes: number; needed: number }
  /** The learned chooser's kill switch is on: strict round-robin decided. */
  | { code: "LEARNED_OFF" }
  /** Several reps tied on the chooser's measure; the rotation decided. */
  | { code: "TIE_BROKEN_BY_ROTATION"; tiedWith: number }
  | { code: "ACCOUNT_OWNER"; domain: string }
  | { code: "ACCOUNT_OWNER_INELIGIBLE"; domain: string; ownerRepId: string }
  | { code: "ACCOUNT_OWNER_NOT_IN_POOL"; domain: string; ownerRepId: string }
  // — skipped reps —
  | { code: "UNKNOWN_REP" }
  | { code: "INACTIVE" }
  | { code: "AT_CAPACITY_OPEN"; open: number; max: number }
  | { code: "AT_CAPACITY_DAILY"; today: number; max: number }
  | { code: "AT_CAPACITY_PIPELINE"; openValue: number; leadValue: number; max: number }
  | { code: "BACKLOG"; uncontacted: number; pastSla: number; worked: number; weighted: number; max: number }
  | { code: "LEAVE_SOON"; startsAtIso: string; withinDays: number; timeZone: string }
  | { code: "OUT_OF_OFFICE"; untilIso: string; timeZone: string }
  /** A calendar busy block (RepBusyBlock) covers now; until = the end of back-to-back blocks. */
  | { code: "IN_MEETING"; untilIso: string; timeZone: string }
  | { code: "NO_WORKING_HOURS" }
  | {
      code: "OUTSIDE_WORKING_HOURS";
      timeZone: string;
      nextStartIso: string | null;
      /** "09:00" in the rep's zone; null when no window within 8 days. */
      nextLocalTime: string | null;
      /** Weekday (0 = Sunday) of the next window; null when it is later the same local day. */
      nextLocalWeekday: number | null;
    }
  | { code: "MATCH_MISSING"; field: TMatchField; wanted: string[]; mode: TFilterMode }
  | { code: "SENIORITY_TOO_LOW"; seniority: TSeniorityTier; minSeniority: TSeniorityTier; value: number; mode: TFilterMode }
  | { code: "HIGH_RECENT_VOLUME"; assigned: number; mean: number; maxAboveMean: number; hours: number; mode: TFilterMode }
  | { code: "NOT_CHOSEN_TURN"; chosenRepId: string }
  | { code: "NOT_CHOSEN_PRIORITY"; weight: number; topWeight: number; chosenRepId: string }
  | { code: "NOT_CHOSEN_LOAD"; openLeads: number; openPipelineValue: number; chosenRepId: string }
  | { code: "NOT_CHOSEN_SCORE"; score: number; chosenScore: number; chosenRepId: string }
  | { code: "NOT_CHOSEN_LATER"; availableAtIso: string | null; chosenRepId: string }
  | { code: "NOT_CHOSEN_ACCOUNT_OWNER"; ownerRepId: string; domain: string }
  | {
      code: "NOT_CHOSEN_EXPECTED";
      expected: number;
      successes: number;
      failures: number;
      alpha: number;
      beta: number;
      draw: number | null;
      byFloor: boolean;
      chosenRepId: string;
    };

export type TReasonCodeName = TReasonCode["code"];

/** Reasons that make up the one-line summary of a decision (the rest is detail). */
export const HEADLINE_REASONS: ReadonlySet<TReasonCodeName> = new Set<TReasonCodeName>([
  "PATH_MATCHED",
  "NAMED_REP",
  "MANUAL_OVERRIDE",
  "MATCHED",
  "SENIORITY_OK",
  "AVAILABLE_NOW",
  "ROUND_ROBIN_TURN",
  "LEAST_LOADED",
  "BEST_MATCH",
  "SOONEST_AVAILABLE",
  "LEARNED_CHOICE",
  "FLOOR_SHARE",
  "LEARNED_WARMING_UP",
  "LEARNED_OFF",
  "ACCOUNT_OWNER",
  "ACCOUNT_OWNER_INELIGIBLE",
  "NURTURE",
  "NURTURE_GRADUATED",
  "BOOKING_FALLBACK",
  "DISQUALIFIED",
  "FALLBACK",
  "LEAD_VALUE_CURRENCY",
]);
