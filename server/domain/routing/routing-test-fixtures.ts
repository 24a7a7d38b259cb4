// Test data for the routing tests: the demo story's roster (Sarah, Tom, Kenji, Maya), a lead
// builder and the story's routing config. Plain data, no mocks.
import type { TCondition } from "../conditions/condition";
import { DEFAULT_SEGMENT_RANGES, leadAttributes, type TLeadAttributeMapping } from "./lead-attributes";
import { ZRoutingConfig, type TRoutingConfig, type TRoutingConfigInput } from "./routing-config";
import type { TRepState, TRoutingInput, TRoutingLead, TRoutingRepProfile, TTeamState } from "./routing-types";

/** Tue 2 Dec 2025 10:00 New York (15:00 UTC) = 09:00 Chicago = 07:00 Los Angeles = Wed 00:00 Tokyo. */
export const NY_MORNING = new Date("2025-12-02T15:00:00Z");
/** Tue 2 Dec 2025 03:00 New York (08:00 UTC) = 17:00 Tokyo. */
export const NY_3AM = new Date("2025-12-02T08:00:00Z");

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

export function makeProfile(overrides: Partial<TRoutingRepProfile> = {}): TRoutingRepProfile {
  return {
    skills: [],
    industries: [],
    segments: [],
    languages: ["en"],
    regions: [],
    timeZone: "America/New_York",
    workingHours: weekdays("09:00", "17:00"),
    timeOff: [],
    maxOpenLeads: null,
    maxNewLeadsPerDay: null,
    routingWeight: 1,
    seniority: "MID",
    isActive: true,
    ...overrides,
  };
}

export function makeRep(id: string, profile: Partial<TRoutingRepProfile> = {}, load: Partial<TRepState["load"]> = {}, name = id): TRepState {
  return {
    id,
    name,
    profile: makeProfile(profile),
    load: { openLeads: 0, newLeadsToday: 0, openPipelineValue: 0, assignedLastHours: 0, nextLeaveStartsAt: null, ...load },
  };
}

export const SARAH = makeRep(
  "sarah",
  {
    skills: ["enterprise saas", "security reviews"],
    industries: ["financial services", "insurance", "fintech"],
    segments: ["ENTERPRISE", "MID_MARKET"],
    regions: ["north america"],
    timeZone: "America/New_York",
    workingHours: weekdays("08:30", "17:30"),
    maxOpenLeads: 12,
    maxNewLeadsPerDay: 4,
    routingWeight: 2,
    seniority: "PRINCIPAL",
  },
  { openLeads: 3, openPipelineValue: 120_000 },
  "Sarah Chen",
);
export const TOM = makeRep(
  "tom",
  {
    skills: ["smb", "quick demos"],
    industries: ["retail", "technology"],
    segments: ["SMB"],
    languages: ["en", "de"],
    regions: ["north america", "europe"],
    timeZone: "America/Chicago",
    workingHours: weekdays("08:00", "16:30"),
    maxOpenLeads: 10,
    maxNewLeadsPerDay: 8,
  },
  { openLeads: 4, openPipelineValue: 30_000 },
  "Tom Becker",
);
export const KENJI = makeRep(
  "kenji",
  {
    skills: ["enterprise saas", "manufacturing"],
    industries: ["manufacturing", "financial services"],
    segments: ["MID_MARKET", "ENTERPRISE"],
    languages: ["ja", "en"],
    regions: ["apac"],
    timeZone: "Asia/Tokyo",
    workingHours: weekdays("09:00", "18:00"),
    maxOpenLeads: 10,
    maxNewLeadsPerDay: 5,
    seniority: "SENIOR",
  },
  { openLeads: 5, openPipelineValue: 200_000 },
  "Kenji Sato",
);
export const MAYA = makeRep(
  "maya",
  {
    skills: ["smb", "inbound qualification"],
    industries: ["technology", "healthcare"],
    segments: ["SMB", "MID_MARKET"],
    languages: ["en", "es"],
    regions: ["north america", "latam"],
    timeZone: "America/Los_Angeles",
    workingHours: weekdays("07:00", "15:30"),
    maxOpenLeads: 8,
    maxNewLeadsPerDay: 6,
    seniority: "JUNIOR",
  },
  { openLeads: 2, openPipelineValue: 10_000 },
  "Maya Rodriguez",
);
export const ROSTER = [SARAH, TOM, KENJI, MAYA];

export const STORY_TEAMS: TTeamState[] = [
  { id: "enterprise", name: "Enterprise", isActive: true, repIds: ["sarah", "kenji"] },
  { id: "inside", name: "Inside Sales", isActive: true, repIds: ["tom", "maya"] },
  { id: "apac", name: "APAC", isActive: true, repIds: ["kenji"] },
];

export const STORY_MAPPING: TLeadAttributeMapping = {
  industry: { field: "industry" },
  segment: { field: "company_size", ranges: DEFAULT_SEGMENT_RANGES },
  region: { field: "region" },
};

export const rule = (ref: string, operator: string, value?: unknown): TCondition =>
  ({ kind: "rule", ref, operator, ...(value === undefined ? {} : { value }) }) as TCondition;
export const and = (...conditions: TCondition[]): TCondition => ({ kind: "group", op: "and", conditions });
export const or = (...conditions: TCondition[]): TCondition => ({ kind: "group", op: "or", conditions });
export const ALWAYS: TCondition = and();

export const STORY_CONFIG_INPUT: TRoutingConfigInput = {
  paths: [
    { id: "startups", name: "Startups", when: or(rule("tier", "equals", "nurture"), rule("answers.company_size", "equals", "1-19")), destination: { type: "nurture" } },
    {
      id: "apac",
      name: "APAC",
      when: rule("lead.region", "equals", "apac"),
      destination: { type: "team", teamId: "apac", strategy: { filters: [{ type: "available_now" }, { type: "capacity" }], chooser: { type: "least_loaded" } } },
    },
    {
      id: "enterprise",
      name: "Enterprise",
      when: and(rule("answers.company_size", "is_any_of", ["200-999", "1000-4999", "5000+"]), rule("answers.authority", "equals", "decision_maker")),
      destination: {
        type: "team",
        teamId: "enterprise",
        strategy: {
          filters: [{ type: "match", field: "industry", mode: "preferred" }, { type: "available_now" }, { type: "capacity" }],
          chooser: { type: "least_loaded" },
          accountOwnership: true,
        },
      },
    },
    {
      id: "inbound",
      name: "Inbound",
      when: ALWAYS,
      destination: { type: "team", teamId: "inside", strategy: { filters: [{ type: "available_now", mode: "preferred" }], chooser: { type: "round_robin" } } },
    },
  ],
  fallback: { ownerUserId: "user-manager", queueName: "Manager review" },
};
export const STORY_CONFIG: TRoutingConfig = ZRoutingConfig.parse(STORY_CONFIG_INPUT);

export function makeLead(answers: TRoutingLead["answers"] = {}, overrides: Partial<TRoutingLead> = {}): TRoutingLead {
  return {
    id: null,
    answers,
    score: { total: 50, dimensions: { fit: 20, intent: 30 } },
    tier: "hot",
    estimatedValue: null,
    source: "form",
    utm: {},
    email: typeof answers.email === "string" ? answers.email : null,
    formId: "form-demo",
    timeZone: null,
    attributes: leadAttributes(answers, STORY_MAPPING),
    ...overrides,
  };
}

export function storyInput(lead: TRoutingLead, now: Date, overrides: Partial<TRoutingInput> = {}): TRoutingInput {
  return { config: STORY_CONFIG, configVersion: 7, lead, reps: ROSTER, teams: STORY_TEAMS, rotations: {}, accountOwners: {}, now, ...overrides };
}

/** A copy of a rep with some load/profile changes. */
export function withRep(rep: TRepState, profile: Partial<TRoutingRepProfile>, load: Partial<TRepState["load"]> = {}): TRepState {
  return { ...rep, profile: { ...rep.profile, ...profile }, load: { ...rep.load, ...load } };
}
