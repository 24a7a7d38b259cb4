import { describe, expect, it } from "vitest";
import type { TCondition } from "../conditions/condition";
import { analyzeRoutingConfig, type TAnalyzeContext } from "./analyze-config";
import { canNeverMatch, isAlwaysTrue } from "./condition-analysis";
import { ZRoutingConfigDraft } from "./routing-config";
import { ALWAYS, and, or, rule, STORY_CONFIG } from "../../testing/fixtures/routing-domain-fixtures";
import { ROUTING_REF_DOCS } from "./lead-refs";

const USE_REFS = ` (use ${ROUTING_REF_DOCS.map((d) => d.ref).join(", ")})`;

const ctx: TAnalyzeContext = {
  fieldKeys: ["industry", "company_size", "authority", "region", "budget", "use_case", "email"],
  dimensions: ["fit", "intent"],
  teamIds: ["enterprise", "inside", "apac", "empty"],
  repIds: ["sarah", "tom", "kenji", "maya"],
  teamMembers: { enterprise: ["sarah", "kenji"], inside: ["tom", "maya"], apac: ["kenji"], empty: [] },
  listFieldKeys: ["use_case"],
  memberUserIds: ["u-manager", "user-manager", "u-reviewer"],
  formerMemberRepIds: ["maya"],
};

const fallback = { ownerUserId: "u-manager", queueName: "Backup" };
const path = (id: string, when: TCondition, destination: object = { type: "team", teamId: "inside", strategy: { chooser: { type: "round_robin" } } }) => ({ id, name: id, when, destination });
const analyze = (paths: object[], withFallback: object | null = fallback) =>
  analyzeRoutingConfig(ZRoutingConfigDraft.parse({ paths, ...(withFallback ? { fallback: withFallback } : {}) }), ctx);

describe("analyzeRoutingConfig", () => {
  it("the story config is clean", () => {
    expect(analyzeRoutingConfig(STORY_CONFIG, ctx)).toEqual({ errors: [], warnings: [] });
  });

  it.each<[string, object[], object | null, { path: string; message: string }]>([
    ["unknown team", [path("p", ALWAYS, { type: "team", teamId: "ghosts", strategy: { chooser: { type: "least_loaded" } } })], fallback, { path: "paths.0.destination.teamId", message: "Path “p” sends leads to a team that does not exist (ghosts)" }],
    ["unknown rep", [path("p", ALWAYS, { type: "rep", repId: "bob" })], fallback, { path: "paths.0.destination.repId", message: "Path “p” assigns leads to a rep who does not exist (bob)" }],
    ["a rep who left the workspace", [path("p", ALWAYS, { type: "rep", repId: "maya" })], fallback, { path: "paths.0.destination.repId", message: "Path “p” assigns leads to a rep who is no longer a member of this workspace" }],
    ["a fallback owner from another workspace", [], { ownerUserId: "u-stranger", queueName: "Backup" }, { path: "fallback.ownerUserId", message: "The fallback queue's owner must be a member of this workspace" }],
    ["a fallback rep who left the workspace", [], { ...fallback, ownerRepId: "maya" }, { path: "fallback.ownerRepId", message: "The fallback queue's rep is no longer a member of this workspace" }],
    ["unknown form field", [path("p", and(rule("answers.industry", "equals", "x"), rule("answers.budgett", "gt", 5)))], fallback, { path: "paths.0.when.conditions.1.ref", message: 'Path “p”: "budgett" is not a question on any form of this workspace (archived forms do not count); for answers sent by the API without a form, list the key in apiAnswerKeys' }],
    ["unknown dimension", [path("p", rule("score.vibes", "gt", 5))], fallback, { path: "paths.0.when.ref", message: 'Path “p”: "vibes" is not a score dimension' }],
    ["unknown ref", [path("p", rule("weather", "equals", "sunny"))], fallback, { path: "paths.0.when.ref", message: 'Path “p”: "weather" is not something a routing rule can check' + USE_REFS }],
    [
      "unknown ref in a filter",
      [path("p", ALWAYS, { type: "team", teamId: "inside", strategy: { filters: [{ type: "match", field: "industry", ref: "answers.sector" }], chooser: { type: "least_loaded" } } })],
      fallback,
      { path: "paths.0.destination.strategy.filters.0.ref", message: 'Path “p”, filter 1: "sector" is not a question on any form of this workspace (archived forms do not count); for answers sent by the API without a form, list the key in apiAnswerKeys' },
    ],
    [
      "skills filter with nothing to match",
      [path("p", ALWAYS, { type: "team", teamId: "inside", strategy: { filters: [{ type: "match", field: "skills" }], chooser: { type: "least_loaded" } } })],
      fallback,
      { path: "paths.0.destination.strategy.filters.0.values", message: "Path “p”, filter 1: list the skills to match" },
    ],
    ["missing fallback", [path("p", ALWAYS)], null, { path: "fallback", message: "Add a fallback queue and its manager: leads that no path can place go there" }],
    ["fallback rep unknown", [path("p", ALWAYS)], { ...fallback, ownerRepId: "bob" }, { path: "fallback.ownerRepId", message: "The fallback queue's rep does not exist (bob)" }],
    ["duplicate path ids", [path("p", rule("tier", "equals", "a")), path("p", rule("tier", "equals", "b"))], fallback, { path: "paths.1.id", message: "Paths 1 and 2 both use the id “p”" }],
    // A rule without a value its operator can use: the path would never match (a negation: every lead).
    ["a comparison without a number", [path("p", and(rule("answers.region", "equals", "apac"), { kind: "rule", ref: "score.total", operator: "gt" }))], fallback, { path: "paths.0.when.conditions.1.value", message: "Path “p”, rule 2: “score.total is greater than” needs a number to compare with (without one the rule never matches)" }],
    ["a comparison with text", [path("p", rule("score.fit", "gte", "high"))], fallback, { path: "paths.0.when.value", message: 'Path “p”, rule 1: “score.fit is at least” needs a number to compare with, not "high" (without one the rule never matches)' }],
    ["between with a blank bound", [path("p", rule("value", "between", [10000, ""]))], fallback, { path: "paths.0.when.value", message: 'Path “p”, rule 1: “value is between” needs two numbers, [min, max], not [10000,""] (without them the rule never matches)' }],
    ["is any of with nothing ticked", [path("p", or(rule("tier", "equals", "hot"), rule("answers.company_size", "is_any_of", [])))], fallback, { path: "paths.0.when.conditions.1.value", message: "Path “p”, rule 2: “answers.company_size is any of” has no value to compare with, so it never matches: choose one" }],
    ["is not with no option chosen", [path("p", rule("answers.industry", "not_equals", ""))], fallback, { path: "paths.0.when.value", message: "Path “p”, rule 1: “answers.industry is not” has no value to compare with, so it matches every lead: choose one" }],
  ])("error: %s", (_what, paths, fb, expected) => {
    expect(analyze(paths, fb).errors).toEqual([expected]);
  });

  // A lead sent without a form (POST /api/v1/leads) has answers under its own keys: listed in apiAnswerKeys, answers.<key> reads them like a form's field.
  it.each<[string, string[] | undefined, number]>([
    ["a key listed in apiAnswerKeys: readable in a condition and a filter", ["crm_plan", "crm_region"], 0],
    ["the same key not listed: refused in both (a typo stays caught)", undefined, 2],
    ["another key listed: still refused", ["crm_tier"], 2],
  ])("answers of leads without a form: %s", (_what, apiAnswerKeys, errors) => {
    const paths = [path("p", rule("answers.crm_plan", "equals", "pro"), { type: "team", teamId: "inside", strategy: { filters: [{ type: "match", field: "region", ref: "answers.crm_region" }], chooser: { type: "least_loaded" } } })];
    const config = ZRoutingConfigDraft.parse({ paths, fallback, ...(apiAnswerKeys ? { apiAnswerKeys } : {}) });
    expect(analyzeRoutingConfig(config, ctx).errors.map((e) => e.path)).toEqual(["paths.0.when.ref", "paths.0.destination.strategy.filters.0.ref"].slice(0, errors));
  });

  it.each<[string, unknown]>([
    ["an invalid key", ["First Name"]],
    ["a key twice", ["plan", "plan"]],
  ])("apiAnswerKeys refused: %s", (_what, apiAnswerKeys) => {
    expect(ZRoutingConfigDraft.safeParse({ paths: [], apiAnswerKeys }).success).toBe(false);
  });

  it.each<[string, object[], { path: string; message: string }]>([
    ["shadowed by an always-true path", [path("all", ALWAYS), path("vip", rule("tier", "equals", "hot"))], { path: "paths.1.when", message: "Path “vip” only gets leads when “all” has no eligible rep: “all” comes first and matches every lead" }],
    [
      "identical condition after a nurture path: never reached",
      [path("a", or(rule("tier", "equals", "cold"), rule("value", "lt", 10)), { type: "nurture" }), path("b", or(rule("value", "lt", 10), rule("tier", "equals", "COLD")))],
      { path: "paths.1.when", message: "Path “b” is never reached: every lead it matches is matched first by “a”" },
    ],
    [
      "a narrower later path (its condition implies the earlier one)",
      [path("fin", rule("lead.industry", "equals", "financial services"), { type: "disqualify" }), path("big-fin", and(rule("value", "gte", 100000), rule("lead.industry", "equals", "financial services")))],
      { path: "paths.1.when", message: "Path “big-fin” is never reached: every lead it matches is matched first by “fin”" },
    ],
    ["equals a and equals b on the same ref", [path("x", and(rule("answers.industry", "equals", "a"), rule("answers.industry", "equals", "b")))], { path: "paths.0.when", message: "Path “x” can never match: its conditions contradict each other" }],
    ["gt 10 and lt 5", [path("x", and(rule("value", "gt", 10), rule("value", "lt", 5)))], { path: "paths.0.when", message: "Path “x” can never match: its conditions contradict each other" }],
    ["empty team", [path("x", ALWAYS, { type: "team", teamId: "empty", strategy: { chooser: { type: "least_loaded" } } })], { path: "paths.0.destination.teamId", message: "Path “x” sends leads to a team with no members: they go to the next path" }],
  ])("warning: %s", (_what, paths, expected) => {
    const result = analyze(paths);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([expected]);
  });

  it("different volume windows are flagged", () => {
    const volume = (hours: number) => ({ type: "team", teamId: "inside", strategy: { filters: [{ type: "recent_volume", hours, maxAboveMean: 2 }], chooser: { type: "least_loaded" } } });
    expect(analyze([path("a", rule("tier", "equals", "a"), volume(24)), path("b", rule("tier", "equals", "b"), volume(8))]).warnings).toEqual([
      { path: "paths", message: "Volume balancing uses different windows (24, 8 hours); the longest is counted for every path" },
    ]);
  });
});

describe("condition analysis", () => {
  it.each<[string, TCondition, boolean]>([
    ["empty and", ALWAYS, true],
    ["or with an always-true branch", or(rule("tier", "equals", "x"), ALWAYS), true],
    ["empty or is_not_empty", or(rule("value", "is_empty"), rule("value", "is_not_empty")), true],
    ["a plain rule", rule("tier", "equals", "x"), false],
  ])("always true: %s", (_what, condition, expected) => {
    expect(isAlwaysTrue(condition)).toBe(expected);
  });

  it.each<[string, TCondition, boolean]>([
    ["equals a and b", and(rule("tier", "equals", "a"), rule("tier", "equals", "b")), true],
    ["equals a and A (same value)", and(rule("tier", "equals", "a"), rule("tier", "equals", " A")), false],
    ["equals 5 and \"5\"", and(rule("value", "equals", 5), rule("value", "equals", "5")), false],
    ["equals a and b on a multiple-choice field", and(rule("answers.use_case", "equals", "a"), rule("answers.use_case", "equals", "b")), false],
    ["is_any_of disjoint sets", and(rule("tier", "is_any_of", ["a", "b"]), rule("tier", "is_any_of", ["c"])), true],
    ["equals a and is_none_of a", and(rule("tier", "equals", "a"), rule("tier", "is_none_of", ["a", "z"])), true],
    ["gt 10 and lt 5", and(rule("value", "gt", 10), rule("value", "lt", 5)), true],
    ["gt 5 and lt 5", and(rule("value", "gt", 5), rule("value", "lte", 5)), true],
    ["gte 5 and lte 5", and(rule("value", "gte", 5), rule("value", "lte", 5)), false],
    ["between 1–3 and gt 3", and(rule("value", "between", [3, 1]), rule("value", "gt", 3)), true],
    ["is_empty and equals", and(rule("tier", "is_empty"), rule("tier", "equals", "a")), true],
    ["work and free email", and(rule("answers.email", "is_work_email"), rule("answers.email", "is_free_email")), true],
    ["empty or", or(), true],
    ["or with one possible branch", or(and(rule("value", "gt", 10), rule("value", "lt", 5)), rule("tier", "equals", "a")), false],
    ["different refs", and(rule("tier", "equals", "a"), rule("source", "equals", "b")), false],
  ])("never matches: %s", (_what, condition, expected) => {
    expect(canNeverMatch(condition, new Set(["answers.use_case"]))).toBe(expected);
  });

  it("a reviewer who is not a member is an error; a member is fine", () => {
    const withReviewer = (reviewerUserId: string) =>
      analyzeRoutingConfig(ZRoutingConfigDraft.parse({ paths: [], fallback, policies: { review: { minValue: 50_000, windowMinutes: 30, reviewerUserId } } }), ctx).errors;
    expect(withReviewer("u-stranger")).toEqual([{ path: "policies.review.reviewerUserId", message: "The reviewer must be a member of this workspace" }]);
    expect(withReviewer("u-reviewer")).toEqual([]);
  });

  // An editor's draft (checked in the browser before any schema): an empty id is a choice not made yet.
  // Was: "Path “p” sends leads to a team that does not exist ()", "The reviewer must be a member of this workspace".
  type TDraftConfig = ReturnType<typeof ZRoutingConfigDraft.parse>;
  const chosen = () =>
    ZRoutingConfigDraft.parse({ paths: [path("p", ALWAYS), path("q", ALWAYS, { type: "rep", repId: "tom" })], fallback, policies: { review: { minValue: 50_000, windowMinutes: 30, reviewerUserId: "u-reviewer" } } });
  it.each<[string, (c: TDraftConfig) => void, { path: string; message: string }]>([
    ["no team chosen", (c) => Object.assign(c.paths[0]!.destination, { teamId: "" }), { path: "paths.0.destination.teamId", message: "Path “p” has no team chosen: choose the team it sends leads to" }],
    ["a blank team", (c) => Object.assign(c.paths[0]!.destination, { teamId: "  " }), { path: "paths.0.destination.teamId", message: "Path “p” has no team chosen: choose the team it sends leads to" }],
    ["no rep chosen", (c) => Object.assign(c.paths[1]!.destination, { repId: "" }), { path: "paths.1.destination.repId", message: "Path “q” has no rep chosen: choose the rep it assigns leads to" }],
    ["no reviewer chosen", (c) => Object.assign(c.policies.review!, { reviewerUserId: "" }), { path: "policies.review.reviewerUserId", message: "High-value review has no reviewer chosen: choose the manager who reviews high-value leads" }],
  ])("an empty id is not chosen, not unknown: %s", (_name, blank, error) => {
    const config = chosen();
    expect(analyzeRoutingConfig(config, ctx).errors).toEqual([]);
    blank(config);
    expect(analyzeRoutingConfig(config, ctx).errors).toEqual([error]);
  });
});

describe("analyzeRoutingConfig: roles that cannot hold the place", () => {
  const withRoles: TAnalyzeContext = {
    ...ctx,
    memberUserIds: ["u-owner", "u-admin", "u-manager", "u-sam", "u-mia", "u-max"],
    memberRoles: {
      "u-owner": { role: "OWNER", name: "Olivia Owner" },
      "u-admin": { role: "ADMIN", name: "Alex Admin" },
      "u-manager": { role: "MANAGER", name: "Morgan Manager" },
      "u-sam": { role: "REP", name: "Sam Rep" },
      "u-mia": { role: "MARKETER", name: "Mia Marketer" },
      "u-max": { role: "MARKETER", name: "Max Marketer" },
    },
    // sarah: a Sales rep; tom: a Marketer's active rep profile; kenji: a Marketer's inactive one.
    repUsers: { sarah: { userId: "u-sam", isActive: true }, tom: { userId: "u-mia", isActive: true }, kenji: { userId: "u-max", isActive: false } },
  };
  const review = (reviewerUserId: string) => ({ review: { minValue: 50_000, windowMinutes: 30, reviewerUserId } });
  const MANAGERS = "must be a Sales manager, Admin or Owner";
  const CANNOT_WORK = "is a Marketer and cannot work leads (make them a Sales rep, or choose another rep)";
  const CANNOT_WORK_IN_TEAM = "is a Marketer and cannot work leads (make them a Sales rep, or remove them from the team)";

  it.each<[string, object[], object, object, { path: string; message: string }[]]>([
    ["fallback owner: Sales manager", [], fallback, {}, []],
    ["fallback owner: Admin", [], { ...fallback, ownerUserId: "u-admin" }, {}, []],
    ["fallback owner: Owner", [], { ...fallback, ownerUserId: "u-owner" }, {}, []],
    ["fallback owner: Sales rep", [], { ...fallback, ownerUserId: "u-sam" }, {}, [{ path: "fallback.ownerUserId", message: `The fallback queue's owner ${MANAGERS} (Sam Rep is a Sales rep)` }]],
    ["fallback owner: Marketer", [], { ...fallback, ownerUserId: "u-mia" }, {}, [{ path: "fallback.ownerUserId", message: `The fallback queue's owner ${MANAGERS} (Mia Marketer is a Marketer)` }]],
    ["fallback owner not a member: the membership message only", [], { ...fallback, ownerUserId: "u-stranger" }, {}, [{ path: "fallback.ownerUserId", message: "The fallback queue's owner must be a member of this workspace" }]],
    ["reviewer: Admin", [], fallback, review("u-admin"), []],
    ["reviewer: Sales rep", [], fallback, review("u-sam"), [{ path: "policies.review.reviewerUserId", message: `The reviewer of high-value leads ${MANAGERS} (Sam Rep is a Sales rep)` }]],
    ["reviewer: Marketer", [], fallback, review("u-mia"), [{ path: "policies.review.reviewerUserId", message: `The reviewer of high-value leads ${MANAGERS} (Mia Marketer is a Marketer)` }]],
    ["a path's rep: a Sales rep", [path("p", ALWAYS, { type: "rep", repId: "sarah" })], fallback, {}, []],
    ["a path's rep: a Marketer's active rep profile", [path("p", ALWAYS, { type: "rep", repId: "tom" })], fallback, {}, [{ path: "paths.0.destination.repId", message: `Path “p” assigns leads to Mia Marketer, who ${CANNOT_WORK}` }]],
    ["a path's rep: a Marketer's inactive rep profile (never sent leads)", [path("p", ALWAYS, { type: "rep", repId: "kenji" })], fallback, {}, []],
    ["fallback rep: a Sales rep", [], { ...fallback, ownerRepId: "sarah" }, {}, []],
    ["fallback rep: a Marketer's active rep profile", [], { ...fallback, ownerRepId: "tom" }, {}, [{ path: "fallback.ownerRepId", message: `The fallback queue's rep, Mia Marketer, ${CANNOT_WORK}` }]],
    ["fallback rep: a Marketer's inactive rep profile", [], { ...fallback, ownerRepId: "kenji" }, {}, []],
    // The team services refuse such a member; one left from before (or a role change) is refused here.
    ["a path's team with a Marketer's active rep profile", [path("p", ALWAYS, { type: "team", teamId: "inside", strategy: { chooser: { type: "round_robin" } } })], fallback, {}, [{ path: "paths.0.destination.teamId", message: `Path “p” sends leads to a team with Mia Marketer, who ${CANNOT_WORK_IN_TEAM}` }]],
    ["a path's team with a Marketer's inactive rep profile (never sent leads)", [path("p", ALWAYS, { type: "team", teamId: "apac", strategy: { chooser: { type: "round_robin" } } })], fallback, {}, []],
    ["a path's team of Sales reps (and a Marketer's inactive rep profile)", [path("p", ALWAYS, { type: "team", teamId: "enterprise", strategy: { chooser: { type: "round_robin" } } })], fallback, {}, []],
    ["an unknown team: the existence message only", [path("p", ALWAYS, { type: "team", teamId: "gone", strategy: { chooser: { type: "round_robin" } } })], fallback, {}, [{ path: "paths.0.destination.teamId", message: "Path “p” sends leads to a team that does not exist (gone)" }]],
  ])("%s", (_what, paths, withFallback, policies, errors) => {
    expect(analyzeRoutingConfig(ZRoutingConfigDraft.parse({ paths, fallback: withFallback, policies }), withRoles).errors).toEqual(errors);
  });

  it("without roles in the context (a caller that does not load them) nothing is checked", () => {
    expect(analyzeRoutingConfig(ZRoutingConfigDraft.parse({ paths: [path("p", ALWAYS, { type: "rep", repId: "tom" })], fallback: { ...fallback, ownerUserId: "u-manager" }, policies: review("u-manager") }), ctx).errors).toEqual([]);
  });
});
