import { describe, expect, it } from "vitest";
import { diffRoutingConfigs, sameJson, type TDiffNames } from "./diff-configs";
import { ZRoutingConfig, type TRoutingConfig, type TRoutingPath } from "./routing-config";
import { ALWAYS, rule, STORY_CONFIG } from "../../testing/fixtures/routing-domain-fixtures";

const NAMES: TDiffNames = {
  repName: (id) => ({ priya: "Priya Patel", sarah: "Sarah Chen" })[id] ?? id,
  teamName: (id) => ({ enterprise: "Enterprise", inside: "Inside Sales", apac: "APAC" })[id] ?? id,
  userName: (id) => ({ "user-manager": "Morgan", "user-admin": "Alex" })[id] ?? id,
  refLabel: (ref) => ({ "lead.region": "region", "answers.company_size": "company size", tier: "tier" })[ref] ?? ref,
};

const A = STORY_CONFIG;
const path = (id: string) => A.paths.find((p) => p.id === id) as TRoutingPath;
const withPaths = (paths: TRoutingPath[]): TRoutingConfig => ({ ...A, paths });
const edit = (id: string, change: Partial<TRoutingPath>): TRoutingConfig => withPaths(A.paths.map((p) => (p.id === id ? { ...p, ...change } : p)));
const texts = (b: TRoutingConfig, a: TRoutingConfig = A) => diffRoutingConfigs(a, b, NAMES).map((c) => c.text);

describe("diffRoutingConfigs", () => {
  it("answer keys of leads without a form: one listed, one left out", () => {
    expect(texts({ ...A, apiAnswerKeys: ["crm_tier"] }, { ...A, apiAnswerKeys: ["crm_plan"] })).toEqual(["Answer keys of leads without a form: added crm_tier; removed crm_plan"]);
  });

  it.each<[string, TRoutingConfig, string[]]>([
    ["no change", ZRoutingConfig.parse(JSON.parse(JSON.stringify(A))), []],
    ["path removed", withPaths(A.paths.filter((p) => p.id !== "apac")), ["Removed path “APAC”"]],
    [
      "path added",
      withPaths([...A.paths.slice(0, 1), { id: "vip", name: "VIP", when: rule("tier", "equals", "hot"), destination: { type: "rep", repId: "priya" } }, ...A.paths.slice(1)]),
      ["Added path “VIP” at position 2: if tier is hot → Assign to Priya Patel"],
    ],
    ["paths swapped", withPaths([path("startups"), path("enterprise"), path("apac"), path("inbound")]), ["Moved path “Enterprise” from position 3 to 2", "Moved path “APAC” from position 2 to 3"]],
    ["removal alone moves nothing", withPaths([path("startups"), path("enterprise"), path("inbound")]), ["Removed path “APAC”"]],
    ["renamed", edit("apac", { name: "Asia-Pacific" }), ["Renamed path “APAC” to “Asia-Pacific”"]],
    ["description", edit("apac", { description: "Tokyo and Sydney" }), ["“APAC”: description changed"]],
    ["condition", edit("apac", { when: rule("lead.region", "is_any_of", ["apac", "oceania"]) }), ["“APAC”: condition changed from “region is apac” to “region is any of apac, oceania”"]],
    ["condition to always", edit("apac", { when: ALWAYS }), ["“APAC”: condition changed from “region is apac” to “always”"]],
    ["destination team → rep", edit("enterprise", { destination: { type: "rep", repId: "priya" } }), [
      "“Enterprise”: destination changed from “Enterprise team: industry match (preferred), available now, capacity → least loaded, account owners first” to “Assign to Priya Patel”",
    ]],
    ["destination → nurture", edit("apac", { destination: { type: "nurture" } }), ["“APAC”: destination changed from “APAC team: available now, capacity → least loaded” to “Nurture tier”"]],
    [
      "strategy on the same team",
      edit("apac", { destination: { type: "team", teamId: "apac", strategy: { filters: [{ type: "available_now", mode: "required" }], chooser: { type: "round_robin", variant: "strict", maxCatchUp: null }, accountOwnership: false } } }),
      ["“APAC”: strategy changed from “available now, capacity → least loaded” to “available now → round-robin”"],
    ],
    [
      "strategy settings not in the summary",
      edit("inbound", { destination: { type: "team", teamId: "inside", strategy: { filters: [{ type: "available_now", mode: "preferred" }], chooser: { type: "round_robin", variant: "strict", maxCatchUp: 3 }, accountOwnership: false } } }),
      ["“Inbound”: strategy settings changed (available now (preferred) → round-robin)"],
    ],
    ["fallback", { ...A, fallback: { ownerUserId: "user-admin", queueName: "Triage", ownerRepId: "sarah" } }, [
      "Fallback changed from queue “Manager review” owned by Morgan to queue “Triage” owned by Alex, assigned to Sarah Chen",
    ]],
    ["SLA on", { ...A, policies: { ...A.policies, sla: { remindAfterMinutes: 5, reassignAfterMinutes: 15 } } }, ["Speed-to-lead SLA changed from off to remind after 5 min, reassign after 15 min"]],
    ["review on", { ...A, policies: { ...A.policies, review: { minValue: 150000, windowMinutes: 30, reviewerUserId: "user-manager" } } }, [
      "High-value review changed from off to leads worth 150,000+ reviewed by Morgan within 30 min",
    ]],
    ["attributes", { ...A, attributes: { ...A.attributes, language: { field: "language" }, region: { field: "region" } } }, ["Lead attribute mapping changed: language, region"]],
    ["answer keys of leads without a form listed", { ...A, apiAnswerKeys: ["crm_plan", "crm_region"] }, ["Answer keys of leads without a form: added crm_plan, crm_region"]],
  ])("%s", (_name, b, expected) => {
    expect(texts(b)).toEqual(expected);
  });

  it("reports a missing fallback of a draft", () => {
    const { fallback: _f, ...draft } = A;
    expect(diffRoutingConfigs(A, draft, NAMES)).toEqual([{ kind: "fallback_changed", pathId: null, text: "Fallback changed from queue “Manager review” owned by Morgan to no fallback" }]);
  });

  it("tags path changes with the path id and kind", () => {
    const b = edit("apac", { name: "Asia", when: ALWAYS });
    expect(diffRoutingConfigs(A, b, NAMES).map((c) => [c.kind, c.pathId])).toEqual([
      ["path_renamed", "apac"],
      ["condition_changed", "apac"],
    ]);
  });
});

describe("sameJson", () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, {}, false],
  ])("%o vs %o → %s", (x, y, expected) => {
    expect(sameJson(x, y)).toBe(expected);
  });
});
