// Inputs and output of decideRouting. The service loads these (reps with their live load, teams,
// rotation states, the account-owner registry), calls decideRouting, and persists the result.
// The lead's value types live in lead-attributes.ts (re-exported here), so that the routing types
// form no import circle.
import type { TSegment, TSeniorityTier } from "../reps/rep-options";
import type { TLeadAnswerValue, TLeadAttributes } from "./lead-attributes";
import type { TLearningUsed, TPoolLearning } from "./learned/learned-types";
import type { TReasonCode } from "./reason-codes";
import type { TDestination, TRoutingConfig, TStrategy } from "./routing-config";

export interface TRoutingLead {
  /** The lead's id when it exists (replay, reassign); null for a test lead. */
  id?: string | null;
  answers: Record<string, TLeadAnswerValue>;
  score: { total: number; dimensions: Record<string, number> };
  tier: string;
  /**
   * The value routing compares (thresholds, pipeline cap, review minimum, `value` conditions): the
   * lead's estimated value in the workspace's routing currency (Lead.routingValue); null when it
   * has none or no exchange rate converted it.
   */
  estimatedValue: number | null;
  /** The lead's value in its own currency when that is not the routing currency: said in the decision's reasons (LEAD_VALUE_CURRENCY). */
  valueCurrency?: { amount: number; currency: string; routingCurrency: string | null };
  source: string;
  utm: Record<string, string>;
  email: string | null;
  formId: string | null;
  /** IANA zone of the lead (from the browser), for lead.local_hour / lead.local_day. */
  timeZone: string | null;
  attributes: TLeadAttributes;
}

export interface TTimeSpan {
  startsAt: Date;
  endsAt: Date;
}

export interface TRoutingRepProfile {
  skills: string[];
  industries: string[];
  segments: TSegment[];
  languages: string[];
  regions: string[];
  timeZone: string;
  /** [{ day 0..6 (0 = Sunday), start "HH:MM", end "HH:MM" (24:00 allowed) }] in the rep's zone. */
  workingHours: { day: number; start: string; end: string }[];
  timeOff: TTimeSpan[];
  /**
   * Calendar busy blocks overlapping the next day (cached RepBusyBlock rows, loaded with the
   * roster before the routing lock; nothing is fetched from a calendar during a decision);
   * absent = none known. Covering now → skipped with IN_MEETING.
   */
  busy?: TTimeSpan[];
  maxOpenLeads: number | null;
  maxNewLeadsPerDay: number | null;
  routingWeight: number;
  seniority: TSeniorityTier;
  isActive: boolean;
}

export interface TRepLoad {
  openLeads: number;
  /** Assigned since local midnight in the rep's zone (see startOfRepDay). */
  newLeadsToday: number;
  openPipelineValue: number;
  /** Assigned within the last volumeWindowHours(config) hours. */
  assignedLastHours: number;
  /** Next out-of-office start, when the service knows one beyond `profile.timeOff`. */
  nextLeaveStartsAt: Date | null;
  /** Open leads by how worked they are (read only when a capacity filter limits the backlog). */
  backlog?: TRepBacklog;
}

export interface TRepBacklog {
  /** Assigned, not contacted yet, within the SLA. */
  uncontacted: number;
  /** Not contacted and past the SLA. */
  pastSla: number;
  /** Contacted or further along, still open. */
  worked: number;
}

export interface TRepState {
  id: string;
  name: string;
  profile: TRoutingRepProfile;
  load: TRepLoad;
}

export interface TTeamState {
  id: string;
  name: string;
  isActive: boolean;
  /** Members in a stable order (the rotation's cyclic order). */
  repIds: string[];
}

/**
 * Persistent rotation state of one pool (rotationPoolId(pathId, teamId)), read and written under
 * a per-pool lock. Each rep in `repIds` has the count at the same place in `counts`
 * (rotation-state.ts); `algorithm` says what a count means:
 * - "turns" (strict, priority, and the tie-break of every other chooser): turns taken.
 * - "smooth_weighted" (weighted): the nginx "current weight".
 * A state of the other algorithm is reset to empty before use.
 */
export interface TPoolRotation {
  poolId: string;
  algorithm: "turns" | "smooth_weighted";
  /** Incremented at every rotation pick. */
  sequence: number;
  lastRepId: string | null;
  repIds: readonly string[];
  counts: readonly number[];
}

export interface TRoutingInput {
  config: TRoutingConfig;
  configVersion: number;
  lead: TRoutingLead;
  reps: readonly TRepState[];
  teams: readonly TTeamState[];
  /** Current rotation states by pool id (missing = new pool). */
  rotations: Readonly<Record<string, TPoolRotation>>;
  /** Company email domain → owning rep id. */
  accountOwners: Readonly<Record<string, string>>;
  /** Outcome counters and this week's shares of the pools that use the learned chooser, by pool id. */
  learning?: Readonly<Record<string, TPoolLearning>>;
  /** Re-deriving a recorded learned decision: the sharpness it drew with, by pool id (recordedSharpness). Absent: drawSharpness. */
  learnedSharpness?: Readonly<Record<string, number>>;
  now: Date;
  /** A lead graduating from nurture: nurture paths are skipped and this reason leads the decision. */
  graduation?: Extract<TReasonCode, { code: "NURTURE_GRADUATED" }>;
}

export type TRoutingOutcome = "assigned" | "nurture" | "disqualified" | "fallback";

export interface TPathTried {
  pathId: string;
  pathName: string;
  matched: boolean;
  /** For a matched path: what happened. */
  result?: "assigned" | "nurture" | "disqualified" | "no eligible rep" | "skipped: graduated from nurture";
  /** Why "no eligible rep" (unknown team, inactive team, rep unavailable, empty pool). */
  reason?: TReasonCode;
}

export interface TSkippedRep {
  repId: string;
  /** The path whose pool the rep was in. */
  pathId: string;
  reasons: TReasonCode[];
}

export interface TRoutingDecision {
  leadId: string | null;
  outcome: TRoutingOutcome;
  pathId: string | null;
  pathName: string | null;
  destination: TDestination | null;
  strategy: TStrategy | null;
  /** "Enterprise team: industry match (preferred), available now, capacity → least loaded". */
  strategyDescription: string;
  repId: string | null;
  teamId: string | null;
  /** The fallback queue when outcome = fallback. */
  queue: { name: string; ownerUserId: string } | null;
  reasons: TReasonCode[];
  skipped: TSkippedRep[];
  pathsTried: TPathTried[];
  rotationUpdates: TPoolRotation[];
  accountOwnerToRecord: { domain: string; repId: string } | null;
  configVersion: number;
  evaluatedAtIso: string;
  /** A learned pool's decision: the posterior counts and shares it read, so it can be re-derived. */
  learningUsed?: TLearningUsed;
}

export type { TLeadAnswerValue, TLeadAttributes };
