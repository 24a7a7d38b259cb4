import { describe, expect, it } from "vitest";
import { decisionView, LIVE_ONLY_DECISION_KEYS, routingTestAnswer } from "./decision-resource";
import type { TRoutingDecision } from "./routing-types";

const names = { repName: (id: string) => ({ sarah: "Sarah Chen", priya: "Priya Patel", tom: "Tom Becker" })[id] ?? id, teamName: (id: string) => ({ ent: "Enterprise" })[id] ?? id };
const AT = "2026-12-01T15:00:00.000Z";

/** An enterprise decision for Sarah with every internal field filled (rotation, account owner, paths tried, learned counts). */
const toSarah: TRoutingDecision = {
  leadId: null,
  outcome: "assigned",
  pathId: "enterprise",
  pathName: "Enterprise",
  destination: { type: "rep", repId: "sarah" },
  strategy: null,
  strategyDescription: "Enterprise team: capacity → round robin",
  repId: "sarah",
  teamId: "ent",
  queue: null,
  reasons: [{ code: "PATH_MATCHED", pathId: "enterprise", pathName: "Enterprise" }, { code: "HAS_CAPACITY", openLeads: 1, maxOpenLeads: 12 }],
  skipped: [
    { repId: "tom", pathId: "enterprise", reasons: [{ code: "AT_CAPACITY_OPEN", open: 10, max: 10 }] },
    { repId: "tom", pathId: "inbound", reasons: [{ code: "AT_CAPACITY_OPEN", open: 10, max: 10 }] },
    { repId: "sarah", pathId: "inbound", reasons: [{ code: "AT_CAPACITY_OPEN", open: 12, max: 12 }] },
  ],
  pathsTried: [{ pathId: "enterprise", pathName: "Enterprise", matched: true, result: "assigned" }],
  rotationUpdates: [{ poolId: "enterprise/ent", algorithm: "turns", sequence: 4, lastRepId: "sarah", repIds: ["sarah", "tom"], counts: [2, 2] }],
  accountOwnerToRecord: { domain: "bank.example", repId: "sarah" },
  configVersion: 3,
  evaluatedAtIso: AT,
};
const nurture: TRoutingDecision = { ...toSarah, outcome: "nurture", pathId: "nurture", pathName: "Nurture", destination: null, strategyDescription: "", repId: null, teamId: null, reasons: [{ code: "PATH_MATCHED", pathId: "nurture", pathName: "Nurture" }], skipped: [], rotationUpdates: [], accountOwnerToRecord: null };
const noPath: TRoutingDecision = { ...nurture, outcome: "fallback", pathId: null, pathName: null, reasons: [] };

const INTERNAL_KEYS = ["leadId", "pathId", "pathName", "destination", "strategyDescription", "repId", "teamId", "queue", "pathsTried", "rotationUpdates", "accountOwnerToRecord", "evaluatedAtIso", "learningUsed"];

describe("decisionView: the public decision of a live lead and of a dry run", () => {
  it.each<[string, TRoutingDecision, Record<string, unknown>]>([
    [
      "assigned: path, strategy in words, reasons with text, each skipped rep once and never the chosen one",
      toSarah,
      {
        outcome: "assigned",
        path: { id: "enterprise", name: "Enterprise" },
        strategy: "Enterprise team: capacity → round robin",
        reasons: [{ code: "PATH_MATCHED", text: "Enterprise path" }, { code: "HAS_CAPACITY" }],
        skipped: [{ rep: { id: "tom", name: "Tom Becker" }, pathId: "enterprise", reasons: [{ code: "AT_CAPACITY_OPEN", open: 10, max: 10 }] }],
      },
    ],
    ["nurture: no strategy, nobody skipped", nurture, { outcome: "nurture", path: { id: "nurture", name: "Nurture" }, strategy: null, skipped: [] }],
    ["no path matched: path null", noPath, { outcome: "fallback", path: null, reasons: [], skipped: [] }],
  ])("%s", (_name, decision, expected) => {
    const view = decisionView(decision, names);
    expect(Object.keys(view)).toEqual(["outcome", "path", "strategy", "headline", "reasons", "skipped"]);
    expect(view).toMatchObject(expected);
    for (const reason of [...view.reasons, ...view.skipped.flatMap((s) => s.reasons)]) expect(reason.text).toEqual(expect.any(String));
  });
});

describe("routingTestAnswer: the dry run's answer", () => {
  it.each<[string, TRoutingDecision, number | null, { rep: unknown; configVersion: number | null }]>([
    ["the published version: the rep it would go to", toSarah, 3, { rep: { id: "sarah", name: "Sarah Chen" }, configVersion: 3 }],
    ["a draft (the engine says version 0): configVersion null; nurture goes to nobody", nurture, null, { rep: null, configVersion: null }],
  ])("%s", (_name, decision, configVersion, expected) => {
    const answer = routingTestAnswer(decision, names, configVersion);
    expect(answer).toMatchObject(expected);
    expect(answer.decision.configVersion).toBe(configVersion);
    expect(answer.decision.decidedAt).toEqual(new Date(AT));
    // The decision resource a live lead shows, without its live-only fields, and nothing of the engine's record.
    const view = decisionView(decision, names);
    expect(Object.keys(answer.decision)).toEqual(["outcome", "path", "strategy", "configVersion", "decidedAt", "headline", "reasons", "skipped"]);
    expect(answer.decision).toEqual({ ...view, configVersion, decidedAt: new Date(AT) });
    for (const key of [...INTERNAL_KEYS, ...LIVE_ONLY_DECISION_KEYS]) expect(answer.decision).not.toHaveProperty(key);
    expect(answer.headline).toBe(view.headline);
    expect(answer.reasons).toEqual(view.reasons.map((r) => r.text));
  });

  it("the skipped reps in words, all of them", () => {
    expect(routingTestAnswer(toSarah, names, 3).skipped).toBe("Skipped: Tom Becker — at capacity 10/10");
    expect(routingTestAnswer(nurture, names, 3).skipped).toBeNull();
  });
});
