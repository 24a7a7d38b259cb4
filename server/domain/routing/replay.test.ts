import { describe, expect, it } from "vitest";
import { decideRouting } from "./decide-routing";
import { compareRouting, historicDrift } from "./replay";
import { ZRoutingConfig, type TRoutingConfig } from "./routing-config";
import type { TPoolRotation, TRoutingDecision } from "./routing-types";
import { makeLead, NY_MORNING, ROSTER, STORY_CONFIG, STORY_CONFIG_INPUT, STORY_TEAMS } from "../../testing/fixtures/routing-domain-fixtures";

const names = { repName: (id: string) => ROSTER.find((r) => r.id === id)?.name ?? id, teamName: (id: string) => id };

const LEADS = [
  makeLead({ company_size: "200-999", industry: "financial_services", authority: "decision_maker", email: "a@bank.com" }, { id: "L1" }),
  makeLead({ company_size: "1-19" }, { id: "L2", tier: "nurture" }),
  makeLead({ company_size: "20-199", industry: "retail" }, { id: "L3" }),
  makeLead({ company_size: "20-199", industry: "technology" }, { id: "L4" }),
];

/** The service's replay: decide every lead with a rotation state cloned for this run. */
function replay(config: TRoutingConfig): TRoutingDecision[] {
  let rotations: Record<string, TPoolRotation> = {};
  return LEADS.map((lead) => {
    const d = decideRouting({ config, configVersion: 1, lead, reps: ROSTER, teams: STORY_TEAMS, rotations, accountOwners: {}, now: NY_MORNING });
    for (const r of d.rotationUpdates) rotations = { ...rotations, [r.poolId]: r };
    return d;
  });
}

describe("compareRouting", () => {
  it("the same config moves nothing", () => {
    const before = replay(STORY_CONFIG);
    const result = compareRouting(before, replay(STORY_CONFIG), names);
    expect(result.moved).toEqual([]);
    expect(result.total).toBe(4);
    expect(result.fallbackHits).toEqual({ before: 0, after: 0, leadIds: [] });
  });

  it("a draft without the inbound path: shares, moved leads, fallback hits", () => {
    const draft = ZRoutingConfig.parse({ ...STORY_CONFIG_INPUT, paths: STORY_CONFIG_INPUT.paths.filter((p) => p.id !== "inbound") });
    const before = replay(STORY_CONFIG);
    expect(before.map((d) => d.repId ?? d.outcome)).toEqual(["sarah", "nurture", "tom", "maya"]);
    const result = compareRouting(before, replay(draft), names, { before: STORY_CONFIG.paths, after: draft.paths });
    const why = "went to the fallback queue instead of 'Inbound': 'Inbound' was removed";
    expect(result.moved).toEqual([
      { leadId: "L3", from: "rep:tom", to: "fallback", fromLabel: "Tom Becker", toLabel: "Fallback queue", fromPathId: "inbound", toPathId: null, fromPathName: "Inbound", toPathName: null, why, isKnockOn: false },
      { leadId: "L4", from: "rep:maya", to: "fallback", fromLabel: "Maya Rodriguez", toLabel: "Fallback queue", fromPathId: "inbound", toPathId: null, fromPathName: "Inbound", toPathName: null, why, isKnockOn: false },
    ]);
    expect(result.knockOn).toBe(0);
    expect(result.fallbackHits).toEqual({ before: 0, after: 2, leadIds: ["L3", "L4"] });
    expect(result.shares).toEqual([
      { key: "fallback", label: "Fallback queue", before: 0, after: 2, beforePct: 0, afterPct: 50 },
      { key: "nurture", label: "Nurture tier", before: 1, after: 1, beforePct: 25, afterPct: 25 },
      { key: "rep:sarah", label: "Sarah Chen", before: 1, after: 1, beforePct: 25, afterPct: 25 },
      { key: "rep:maya", label: "Maya Rodriguez", before: 1, after: 0, beforePct: 25, afterPct: 0 },
      { key: "rep:tom", label: "Tom Becker", before: 1, after: 0, beforePct: 25, afterPct: 0 },
    ]);
  });

  it("pairs test leads (no id) by position", () => {
    const [a, b] = replay(STORY_CONFIG).map((d) => ({ ...d, leadId: null }));
    const result = compareRouting([a as TRoutingDecision, b as TRoutingDecision], [b as TRoutingDecision, a as TRoutingDecision], names);
    expect(result.moved.map((m) => m.leadId)).toEqual(["#1", "#2"]);
  });
});

describe("historicDrift", () => {
  const [sarah, nurture, tom, maya] = replay(STORY_CONFIG);
  it.each<[string, (TRoutingDecision | null)[], TRoutingDecision[], { compared: number; differ: number; leadIds: string[] }]>([
    ["what happened is what the config does today", [sarah!, nurture!], [sarah!, nurture!], { compared: 2, differ: 0, leadIds: [] }],
    ["another rep today (loads or rotation moved)", [sarah!, tom!, maya!], [sarah!, { ...maya!, leadId: "L3" }, { ...tom!, leadId: "L4" }], { compared: 3, differ: 2, leadIds: ["L3", "L4"] }],
    ["leads without a stored decision are not compared", [null, tom!], [nurture!, tom!], { compared: 1, differ: 0, leadIds: [] }],
  ])("%s", (_, historic, current, expected) => {
    expect(historicDrift(historic, current)).toEqual(expected);
  });
});
