// ZRoutingConfig: the one schema for routing (path editor, REST `PUT /api/v1/routing`, the JSON
// column). An ordered list of paths — the first whose condition matches AND that yields an
// eligible rep wins — plus a mandatory fallback queue owned by a manager.
//
// Condition refs a path may use (resolved by `leadRefResolver`, see lead-refs.ts):
//   answers.<key>      a form answer (string, number, boolean or list of strings), or an answer of
//                      a lead sent without a form (POST /api/v1/leads) whose key `apiAnswerKeys` lists
//   score.total        the qualification score; score.<dimension> one dimension ("score.fit")
//   tier               the tier key ("hot", "nurture" …)
//   value              estimated deal value (number; empty when unknown)
//   source             lead source ("form", "api", "import" …)
//   utm.<name>         UTM parameter ("utm.campaign")
//   email.domain       lower-cased domain of the lead's email ("acme.com")
//   email.is_free      true for a free-mail/disposable domain (gmail.com …), false for a work domain
//   form               id of the form the lead came from
//   lead.local_hour    0–23, the hour in the lead's time zone (empty when the zone is unknown)
//   lead.local_day     0–6 (0 = Sunday), the weekday in the lead's time zone
//   lead.industry | lead.segment | lead.language | lead.region
//                      the lead's attributes resolved by `leadAttributes` (segment: SMB,
//                      MID_MARKET or ENTERPRISE)
import { z } from "zod";
import { ZCondition } from "../conditions/condition";
import { SENIORITY_TIERS } from "../reps/rep-options";
import { FREE_ANSWER_KEY, FREE_ANSWER_KEY_MESSAGE } from "../leads/create-lead-request";
import { ZLeadAttributeMapping } from "./lead-attributes";
import { ZLearnedChooser } from "./learned/learned-config";

export const FILTER_MODES = ["required", "preferred"] as const;
export type TFilterMode = (typeof FILTER_MODES)[number];
/**
 * required: a rep who fails is skipped. preferred: keeps only the reps who pass when at least one
 * does; when none passes, nobody is removed (the preference is waived and recorded).
 */
const ZMode = z.enum(FILTER_MODES).default("required");

export const MATCH_FIELDS = ["skills", "industry", "segment", "language", "region"] as const;
export type TMatchField = (typeof MATCH_FIELDS)[number];

const ZRef = z.string().trim().min(1).max(120);
const ZTag = z.string().trim().min(1).max(60);

export const ZMatchFilter = z.object({
  type: z.literal("match"),
  field: z.enum(MATCH_FIELDS),
  /** Lead values to match: a fixed list (typical for skills) … */
  values: z.array(ZTag).max(30).optional(),
  /** … or a lead ref; default `lead.<field>` (none for skills: give `values` or a ref). */
  ref: ZRef.optional(),
  /** any: the rep has at least one lead value; all: the rep has every lead value. */
  require: z.enum(["any", "all"]).default("any"),
  mode: ZMode,
});

export const ZSeniorityFilter = z.object({
  type: z.literal("seniority"),
  /** Value compared with the thresholds; default the estimated deal value. */
  ref: ZRef.default("value"),
  /** The highest threshold with minValue ≤ lead value sets the minimum seniority. */
  thresholds: z
    .array(z.object({ minValue: z.number().finite().min(0), minSeniority: z.enum(SENIORITY_TIERS) }))
    .min(1)
    .max(10),
  mode: ZMode,
});

export const ZAvailableNowFilter = z.object({ type: z.literal("available_now"), mode: ZMode });

/**
 * The profile caps (maxOpenLeads, maxNewLeadsPerDay) are always enforced, with or without this
 * filter; it adds an open pipeline value cap and the "leave starting within N days" rule.
 */
/**
 * Capacity from the live backlog: a rep's open leads weighed by how untouched they are — an
 * assigned lead nobody has contacted yet weighs more than one being worked, one past the SLA more
 * still — and a rep at or above `max` gets no new lead until they catch up (reason BACKLOG).
 */
const ZBacklogWeight = z.number({ error: "Enter a number" }).finite().min(0, "At least 0").max(100, "At most 100");
export const ZBacklogLimit = z.object({
  max: z.number({ error: "Enter a number" }).finite().min(0, "At least 0").max(100_000, "At most 100,000"),
  uncontactedWeight: ZBacklogWeight.default(2),
  pastSlaWeight: ZBacklogWeight.default(3),
  workedWeight: ZBacklogWeight.default(1),
});
export type TBacklogLimit = z.output<typeof ZBacklogLimit>;
/** What the editor starts a backlog limit with: 12, and the default weights. */
export const DEFAULT_BACKLOG_LIMIT: TBacklogLimit = ZBacklogLimit.parse({ max: 12 });

export const ZCapacityFilter = z.object({
  type: z.literal("capacity"),
  maxOpenPipelineValue: z.number().finite().min(0).nullable().default(null),
  leaveWithinDays: z.number().int().min(0).max(90).nullable().default(null),
  /** Capacity from the live backlog (absent: off). */
  backlog: ZBacklogLimit.nullable().optional(),
});

export const ZRecentVolumeFilter = z.object({
  type: z.literal("recent_volume"),
  /** The window the service counts `load.assignedLastHours` over (see volumeWindowHours). */
  hours: z.number().int().min(1).max(720).default(24),
  /** Skip a rep whose count exceeds the mean of the pool (as it stands) by more than this. */
  maxAboveMean: z.number().finite().min(0),
  mode: ZMode,
});

export const ZFilter = z.discriminatedUnion("type", [ZMatchFilter, ZSeniorityFilter, ZAvailableNowFilter, ZCapacityFilter, ZRecentVolumeFilter]);
export type TFilter = z.output<typeof ZFilter>;
export type TMatchFilter = z.output<typeof ZMatchFilter>;
export type TSeniorityFilter = z.output<typeof ZSeniorityFilter>;
export type TCapacityFilter = z.output<typeof ZCapacityFilter>;
export type TRecentVolumeFilter = z.output<typeof ZRecentVolumeFilter>;

export const ROUND_ROBIN_VARIANTS = ["strict", "weighted", "priority"] as const;
export const BEST_MATCH_SIGNALS = ["skill", "industry", "segment", "language", "region", "seniority", "load", "availability"] as const;
export type TBestMatchSignal = (typeof BEST_MATCH_SIGNALS)[number];

const ZWeight = z.number().finite().min(0).max(100).default(0);

export const ZChooser = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("round_robin"),
    variant: z.enum(ROUND_ROBIN_VARIANTS).default("strict"),
    /** strict/priority: forgive a returning rep's backlog beyond this many turns (null: never). */
    maxCatchUp: z.number().int().min(0).max(1000).nullable().default(null),
  }),
  z.object({ type: z.literal("least_loaded") }),
  z.object({
    type: z.literal("best_match"),
    weights: z
      .object(Object.fromEntries(BEST_MATCH_SIGNALS.map((s) => [s, ZWeight])) as Record<TBestMatchSignal, typeof ZWeight>)
      .refine((w) => Object.values(w).some((v) => v > 0), "Give at least one signal a weight"),
  }),
  z.object({ type: z.literal("soonest_available") }),
  ZLearnedChooser,
]);
export type TChooser = z.output<typeof ZChooser>;

export const ZStrategy = z.object({
  filters: z.array(ZFilter).max(20).default([]),
  chooser: ZChooser,
  /** A lead whose company domain has an owner goes to that owner when the owner is eligible. */
  accountOwnership: z.boolean().default(false),
});
export type TStrategy = z.output<typeof ZStrategy>;

const ZId = z.string().trim().min(1).max(80);
/**
 * An id the manager chooses (a path's team or rep, the reviewer): an empty one is "not chosen" in
 * words, at its path (it was zod's "Too small: expected string to have >=1 characters").
 */
const chosenId = (missing: string) => z.string().trim().min(1, missing).max(80);
export const NO_TEAM_CHOSEN = "No team chosen: give the id of the team this path sends leads to";
export const NO_REP_CHOSEN = "No rep chosen: give the id of the rep this path assigns leads to";
export const NO_REVIEWER_CHOSEN = "No reviewer chosen: give the user id of the manager who reviews high-value leads";

export const ZDestination = z.discriminatedUnion("type", [
  z.object({ type: z.literal("team"), teamId: chosenId(NO_TEAM_CHOSEN), strategy: ZStrategy }),
  z.object({ type: z.literal("rep"), repId: chosenId(NO_REP_CHOSEN) }),
  /** sequenceId: the nurture sequence leads enter (absent: the workspace default sequence). */
  z.object({ type: z.literal("nurture"), sequenceId: ZId.optional() }),
  z.object({ type: z.literal("disqualify") }),
]);
export type TDestination = z.output<typeof ZDestination>;

export const ZRoutingPath = z.object({
  id: ZId,
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500).optional(),
  when: ZCondition,
  destination: ZDestination,
});
export type TRoutingPath = z.output<typeof ZRoutingPath>;

export const ZFallback = z.object({
  /** The manager's rep profile when the manager also takes leads; otherwise the queue holds it. */
  ownerRepId: ZId.optional(),
  ownerUserId: ZId,
  queueName: z.string().trim().min(1).max(80),
});
export type TFallback = z.output<typeof ZFallback>;

const ZPaths = z
  .array(ZRoutingPath)
  .max(100)
  .superRefine((paths, ctx) => {
    const seen = new Set<string>();
    paths.forEach((p, index) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: `Path id "${p.id}" is used twice` });
      seen.add(p.id);
    });
  });

/** Speed-to-lead and high-value review policies, applied by the services as durable jobs. */
export const ZRoutingPolicies = z.object({
  /** Remind the rep after remindAfterMinutes without acceptance; reassign to the next best rep after reassignAfterMinutes. */
  sla: z
    .object({ remindAfterMinutes: z.number().int().min(1).max(1440), reassignAfterMinutes: z.number().int().min(1).max(10080) })
    .refine((s) => s.reassignAfterMinutes > s.remindAfterMinutes, { message: "“Reassign after” must be more minutes than “Remind after”: the reminder comes first", path: ["reassignAfterMinutes"] })
    .nullable()
    .default(null),
  /** Leads worth at least minValue get a provisional owner; the reviewer approves or changes within windowMinutes, else it auto-confirms. */
  review: z
    .object({ minValue: z.number().finite().min(0), windowMinutes: z.number().int().min(1).max(10080), reviewerUserId: chosenId(NO_REVIEWER_CHOSEN) })
    .nullable()
    .default(null),
});
export type TRoutingPolicies = z.output<typeof ZRoutingPolicies>;

const ZPolicies = ZRoutingPolicies.default({ sla: null, review: null });

/**
 * Answer keys of leads sent without a form (POST /api/v1/leads): `answers.<key>` may name them in
 * conditions and filters as it names a form's fields (a key neither lists stays refused, so a typo
 * is caught). Absent = none; a form lead has only its form's fields as answers.
 */
export const ZApiAnswerKeys = z
  .array(z.string().regex(FREE_ANSWER_KEY, FREE_ANSWER_KEY_MESSAGE))
  .max(100, "At most 100 keys")
  .refine((keys) => new Set(keys).size === keys.length, "List each key once")
  .optional()
  .describe(
    "Answer keys that leads sent without a form (POST /leads) carry: a condition or filter may read answers.<key> for each, like a form's field. " +
      "A key that is neither a field of a form of the workspace nor listed here is refused (422), so a typo is caught.",
  );

export const ZRoutingConfig = z.object({
  paths: ZPaths,
  fallback: ZFallback,
  /** How answers become lead.industry / segment / language / region (see lead-attributes.ts). */
  attributes: ZLeadAttributeMapping.default({}),
  apiAnswerKeys: ZApiAnswerKeys,
  policies: ZPolicies,
});
export type TRoutingConfig = z.output<typeof ZRoutingConfig>;
export type TRoutingConfigInput = z.input<typeof ZRoutingConfig>;

/** A draft being edited: the fallback may still be missing (analyzeRoutingConfig reports it). */
export const ZRoutingConfigDraft = z.object({
  paths: z.array(ZRoutingPath).max(100),
  fallback: ZFallback.optional(),
  attributes: ZLeadAttributeMapping.default({}),
  apiAnswerKeys: ZApiAnswerKeys,
  policies: ZPolicies,
});
export type TRoutingConfigDraft = z.output<typeof ZRoutingConfigDraft>;

/** The id of a path's rotation pool: one rotation state per path and team. */
export function rotationPoolId(pathId: string, teamId: string): string {
  return `${pathId}/${teamId}`;
}

/**
 * The window (hours) over which the service counts `load.assignedLastHours`: the largest
 * recent_volume window of the config (analyzeRoutingConfig warns when paths disagree), or null.
 */
export function volumeWindowHours(config: Pick<TRoutingConfigDraft, "paths">): number | null {
  const hours = config.paths.flatMap((p) =>
    p.destination.type === "team" ? p.destination.strategy.filters.flatMap((f) => (f.type === "recent_volume" ? [f.hours] : [])) : [],
  );
  return hours.length === 0 ? null : Math.max(...hours);
}
