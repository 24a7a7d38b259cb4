import { describe, expect, it } from "vitest";
import { DEFAULT_SEGMENT_RANGES, hasTag, leadAttributes, normalizeMatchValue, type TLeadAttributeMapping } from "./lead-attributes";
import { leadRefResolver, refProblem, ROUTING_REF_DOCS } from "./lead-refs";
import { volumeWindowHours, ZRoutingConfig } from "./routing-config";
import { makeLead, NY_3AM, STORY_CONFIG_INPUT } from "../../testing/fixtures/routing-domain-fixtures";

const USE_REFS = ` (use ${ROUTING_REF_DOCS.map((d) => d.ref).join(", ")})`;

describe("leadAttributes", () => {
  const mapping: TLeadAttributeMapping = {
    industry: { field: "industry", values: { financial_services: "financial services", fintech: "financial services" } },
    segment: { field: "company_size", ranges: DEFAULT_SEGMENT_RANGES },
    language: { field: "language" },
    region: { field: "country", values: { JP: "apac", SG: "apac", US: "north america" } },
  };
  it.each<[string, Record<string, string | number | string[]>, object]>([
    ["mapped values and a size option", { industry: "fintech", company_size: "200-999", language: "ja", country: "jp" }, { industry: "financial services", segment: "MID_MARKET", language: "ja", region: "apac" }],
    ["a 500-person company as a number", { company_size: 500 }, { segment: "MID_MARKET" }],
    ["5000+ option", { company_size: "5000+" }, { segment: "ENTERPRISE" }],
    ["1,000–4,999 with a thousands separator", { company_size: "1,000-4,999" }, { segment: "ENTERPRISE" }],
    ["startup", { company_size: "1-19" }, { segment: "SMB" }],
    ["unmapped values give no attribute", { industry: "mining", country: "FR", company_size: "unknown" }, {}],
    ["first selected option of a multiple choice", { language: ["de", "en"] }, { language: "de" }],
    ["blank answers give nothing", { language: "  " }, {}],
  ])("%s", (_what, answers, expected) => {
    expect(leadAttributes(answers, mapping)).toEqual(expected);
  });

  it("segment text maps to the enum", () => {
    expect(leadAttributes({ seg: "Mid-market" }, { segment: { field: "seg" } })).toEqual({ segment: "MID_MARKET" });
  });

  it.each([
    ["financial_services", "Financial Services", true],
    ["MID_MARKET", "mid-market", true],
    ["  apac ", "APAC", true],
    ["fin", "financial services", false],
  ])("hasTag(%s, %s) = %s", (tag, value, expected) => {
    expect(hasTag([tag], value)).toBe(expected);
    expect(normalizeMatchValue(tag) === normalizeMatchValue(value)).toBe(expected);
  });
});

describe("lead refs", () => {
  const lead = makeLead(
    { budget: "50k_150k", use_case: ["routing", "forms"] },
    {
      email: "Ann@ACME.io",
      score: { total: 72, dimensions: { fit: 30, intent: 42 } },
      tier: "hot",
      estimatedValue: 90_000,
      source: "api",
      utm: { campaign: "spring" },
      formId: "f1",
      timeZone: "Asia/Tokyo",
      attributes: { industry: "fintech", segment: "ENTERPRISE" },
    },
  );
  const resolve = leadRefResolver(lead, NY_3AM);
  it.each<[string, unknown]>([
    ["answers.budget", "50k_150k"],
    ["answers.use_case", ["routing", "forms"]],
    ["answers.missing", undefined],
    ["score.total", 72],
    ["score.intent", 42],
    ["score.nope", undefined],
    ["tier", "hot"],
    ["value", 90_000],
    ["source", "api"],
    ["utm.campaign", "spring"],
    ["email.domain", "acme.io"],
    ["email.is_free", false],
    ["form", "f1"],
    ["lead.local_hour", 17],
    ["lead.local_day", 2],
    ["lead.industry", "fintech"],
    ["lead.segment", "ENTERPRISE"],
    ["lead.region", undefined],
    ["answers.__proto__", undefined],
    ["budget", undefined],
  ])("%s", (ref, expected) => {
    expect(resolve(ref)).toEqual(expected);
  });

  it("free mail and unknown zones", () => {
    const r = leadRefResolver(makeLead({}, { email: "x@gmail.com", timeZone: "Nowhere/City" }), NY_3AM);
    expect([r("email.is_free"), r("lead.local_hour")]).toEqual([true, undefined]);
    expect(leadRefResolver(makeLead({}, { email: null }), NY_3AM)("email.is_free")).toBeUndefined();
  });

  it.each([
    ["answers.budget", null],
    ["answers.nope", '"nope" is not a question on any form of this workspace (archived forms do not count); for answers sent by the API without a form, list the key in apiAnswerKeys'],
    ["score.fit", null],
    ["score.vibes", '"vibes" is not a score dimension'],
    ["utm.anything", null],
    ["lead.local_day", null],
    ["weather", '"weather" is not something a routing rule can check' + USE_REFS],
  ])("refProblem(%s)", (ref, expected) => {
    expect(refProblem(ref, { fieldKeys: ["budget"], dimensions: ["fit"] })).toBe(expected);
  });
});

describe("ZRoutingConfig", () => {
  it("fills defaults (required mode, strict round-robin, no account ownership)", () => {
    const parsed = ZRoutingConfig.parse(STORY_CONFIG_INPUT);
    const inbound = parsed.paths.find((p) => p.id === "inbound")?.destination;
    expect(inbound).toEqual({
      type: "team",
      teamId: "inside",
      strategy: { filters: [{ type: "available_now", mode: "preferred" }], chooser: { type: "round_robin", variant: "strict", maxCatchUp: null }, accountOwnership: false },
    });
  });

  it.each<[string, object, string]>([
    ["missing fallback", { paths: [] }, "fallback"],
    ["duplicate ids", { ...STORY_CONFIG_INPUT, paths: [STORY_CONFIG_INPUT.paths[0], STORY_CONFIG_INPUT.paths[0]] }, "paths.1.id"],
    ["unknown filter", { ...STORY_CONFIG_INPUT, paths: [{ id: "x", name: "x", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "team", teamId: "t", strategy: { filters: [{ type: "vibes" }], chooser: { type: "least_loaded" } } } }] }, "paths.0.destination.strategy.filters.0.type"],
    ["best match without weights", { ...STORY_CONFIG_INPUT, paths: [{ id: "x", name: "x", when: { kind: "group", op: "and", conditions: [] }, destination: { type: "team", teamId: "t", strategy: { chooser: { type: "best_match", weights: {} } } } }] }, "paths.0.destination.strategy.chooser.weights"],
  ])("rejects %s", (_what, input, path) => {
    const result = ZRoutingConfig.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("volumeWindowHours is the longest recent-volume window", () => {
    const volume = (hours: number) => ({ type: "team", teamId: "t", strategy: { filters: [{ type: "recent_volume", hours, maxAboveMean: 1 }], chooser: { type: "least_loaded" } } });
    const always = { kind: "group", op: "and", conditions: [] };
    expect(volumeWindowHours(ZRoutingConfig.parse({ paths: [{ id: "a", name: "a", when: always, destination: volume(8) }, { id: "b", name: "b", when: always, destination: volume(48) }], fallback: { ownerUserId: "u", queueName: "q" } }))).toBe(48);
    expect(volumeWindowHours(ZRoutingConfig.parse(STORY_CONFIG_INPUT))).toBeNull();
  });
});
