// Learned routing's counters on a real database: outcomes move the pool × rep × segment counters in
// their own transaction (a revived deal moves its lead from failures to successes), publishing a
// new segment definition writes a rebuild job that recomputes the counters from the stored
// outcomes, and a learned decision records the counts it read.
import { describe, expect, it } from "vitest";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { learnedDefinition } from "../../domain/routing/learned/learned-pools";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { recordOutcome } from "../outcomes/record-outcome";
import { getPublishedRouting, publishRouting } from "./routing-settings";

const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const env = useRoutingKit();
const API = { kind: "api-key" as const, apiKeyId: "k" };

/** The published demo config with the Enterprise pool choosing by learning (no warm-up, no floor). */
async function publishLearnedEnterprise(segmentBy: ("industry" | "segment" | "tier")[] = ["industry"]) {
  const { testDb, kit } = env;
  const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
  const chooser = { type: "learned" as const, outcome: "won" as const, segmentBy, floorShare: 0, warmUpOutcomes: 0, fallback: "round_robin" as const, enabled: true, shrinkage: 5, halfLifeWeeks: null };
  const config: TRoutingConfig = {
    ...published,
    paths: published.paths.map((p) => (p.id === "enterprise" && p.destination.type === "team" ? { ...p, destination: { ...p.destination, strategy: { filters: [{ type: "capacity" as const, maxOpenPipelineValue: null, leaveWithinDays: null }], chooser, accountOwnership: false } } } : p)),
  };
  await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config, learningQueue: kit.queue });
  return { config, definition: learnedDefinition(chooser) };
}

async function counters() {
  const rows = await env.testDb.db.learnedOutcomeCounter.findMany({ where: { workspaceId: env.kit.workspaceId } });
  return rows.map((r) => ({ definition: r.definition, repId: r.repId, segmentKey: r.segmentKey, successes: r.successes, failures: r.failures })).sort((a, b) => `${a.definition}${a.repId}`.localeCompare(`${b.definition}${b.repId}`));
}

describe("learned routing's outcome counters", () => {
  it("outcomes move the counters; a revived deal moves from failures to successes; a new definition is rebuilt by its job", async () => {
    const { testDb, kit } = env;
    const first = await publishLearnedEnterprise(["industry"]);
    expect(await kit.queue.runDue("routing.rebuild-learning")).toBe(1);
    expect(await counters()).toEqual([]);

    const won = await submitDemo(testDb, kit, { ...BANK_VP, email: "a@firstbank.com" }, NOW);
    const lost = await submitDemo(testDb, kit, { ...BANK_VP, email: "b@secondbank.com" }, at(1));
    const open = await submitDemo(testDb, kit, { ...BANK_VP, email: "c@thirdbank.com" }, at(2));
    for (const lead of [won, lost, open]) expect((lead.assignments[0]!.decision as unknown as TRoutingDecision).pathId).toBe("enterprise");

    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(60), leadId: won.id, stage: "WON", occurredAt: at(50), source: "API", actor: API });
    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(61), leadId: lost.id, stage: "LOST", occurredAt: at(51), source: "API", actor: API });
    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(62), leadId: open.id, stage: "CONTACTED", occurredAt: at(52), source: "API", actor: API });
    const cell = (repId: string | null, successes: number, failures: number, definition = first.definition) => ({ definition, repId, segmentKey: "financial services", successes, failures });
    const expected = [cell(won.ownerRepId, 1, 0), cell(lost.ownerRepId, 0, 1)];
    if (won.ownerRepId === lost.ownerRepId) expect(await counters()).toEqual([cell(won.ownerRepId, 1, 1)]);
    else expect(await counters()).toEqual(expect.arrayContaining(expected));

    // The deal comes back and is won: the lead moves from the failures to the successes.
    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(90), leadId: lost.id, stage: "WON", occurredAt: at(80), source: "API", actor: API });
    const total = (await counters()).reduce((s, c) => ({ successes: s.successes + c.successes, failures: s.failures + c.failures }), { successes: 0, failures: 0 });
    expect(total).toEqual({ successes: 2, failures: 0 });

    // A new segment definition: a rebuild job recomputes the pool from the stored outcomes.
    const second = await publishLearnedEnterprise(["industry", "segment"]);
    expect(await kit.queue.runDue("routing.rebuild-learning")).toBe(1);
    const rebuilt = await counters();
    expect(rebuilt.every((c) => c.definition === second.definition && c.segmentKey === "financial services|mid market")).toBe(true);
    expect(rebuilt.reduce((s, c) => s + c.successes, 0)).toBe(2);
    expect(rebuilt.reduce((s, c) => s + c.failures, 0)).toBe(0);
    // Publishing the same definition again writes no job.
    await publishLearnedEnterprise(["industry", "segment"]);
    expect(await kit.queue.runDue("routing.rebuild-learning")).toBe(0);
  });

  it("a learned decision records the posterior counts it read", async () => {
    const { testDb, kit } = env;
    const { definition } = await publishLearnedEnterprise(["industry"]);
    const sarah = await kit.repIdOf("Sarah");
    const enterprise = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config.paths.find((p) => p.id === "enterprise")!.destination as { teamId: string };
    await testDb.db.learnedOutcomeCounter.create({ data: { workspaceId: kit.workspaceId, poolId: `enterprise/${enterprise.teamId}`, definition, repId: sarah, segmentKey: "financial services", week: 2900, successes: 40, failures: 2 } });
    const lead = await submitDemo(testDb, kit, BANK_VP, NOW);
    const decision = lead.assignments[0]!.decision as unknown as TRoutingDecision;
    expect(decision.learningUsed).toMatchObject({ definition, segmentKey: "financial services", learning: { cells: { [sarah]: { "financial services": { successes: 40, failures: 2 } } }, total: { successes: 40, failures: 2 } } });
    expect(decision.reasons.map((r) => r.code)).toContain("LEARNED_CHOICE");
  });
});
