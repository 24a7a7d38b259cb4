// Issue 9 for learned pools: routing reads the outcome counters (LearnedOutcomeCounter) and decays
// them BEFORE the workspace routing lock; under it, only this week's load per rep (RepPoolWeekLoad,
// the floor share) is read, by the same statement that takes the lock (switchboard_routing_read).
// Observed on the statements the routing sends through its transaction, in order, on a real
// database; the decision still records the counts it used.
import { describe, expect, it } from "vitest";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { learnedDefinition } from "../../domain/routing/learned/learned-pools";
import { recording } from "../../testing/recording-tx";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { routingLockKey } from "./load-routing-state";
import { routeLeadInTx } from "./route-lead";
import { getPublishedRouting, publishRouting } from "./routing-settings";

// Tuesday 1 December 2026 (the counter week started Monday 30 November, 00:00 UTC).
const NOW = new Date("2026-12-01T15:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const env = useRoutingKit();

/** The published demo config with the Enterprise pool choosing by learning (no warm-up; a floor share, so the week load is read). */
async function publishLearnedEnterprise() {
  const { testDb, kit } = env;
  const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
  const chooser = { type: "learned" as const, outcome: "won" as const, segmentBy: ["industry" as const], floorShare: 0.5, warmUpOutcomes: 0, fallback: "round_robin" as const, enabled: true, shrinkage: 5, halfLifeWeeks: null };
  const config: TRoutingConfig = {
    ...published,
    paths: published.paths.map((p) => (p.id === "enterprise" && p.destination.type === "team" ? { ...p, destination: { ...p.destination, strategy: { filters: [{ type: "capacity" as const, maxOpenPipelineValue: null, leaveWithinDays: null }], chooser, accountOwnership: false } } } : p)),
  };
  await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config, learningQueue: kit.queue });
  const enterprise = config.paths.find((p) => p.id === "enterprise")!.destination as { teamId: string };
  return { definition: learnedDefinition(chooser), poolId: `enterprise/${enterprise.teamId}` };
}

describe("learned routing and the routing lock", () => {
  it("reads the outcome counters before the lock and only the week load under it; the decision records both", async () => {
    const { testDb, kit } = env;
    const { definition, poolId } = await publishLearnedEnterprise();
    const first = await submitDemo(testDb, kit, BANK_VP, NOW);
    const owner = first.ownerRepId!;
    const teamId = poolId.split("/")[1]!;
    const members = await testDb.db.teamMember.findMany({ where: { teamId }, select: { repId: true } });
    const other = members.map((m) => m.repId).find((id) => id !== owner)!;
    await testDb.db.learnedOutcomeCounter.create({ data: { workspaceId: kit.workspaceId, poolId, definition, repId: other, segmentKey: "financial services", week: 2900, successes: 40, failures: 2 } });

    const seen: string[] = [];
    const routed = await testDb.db.$transaction((tx) =>
      routeLeadInTx(recording(tx, seen), { workspaceId: kit.workspaceId, leadId: first.id, now: at(5), kind: "REASSIGNED", excludeRepIds: [owner], note: "test" }, kit.deps),
    );

    const lock = seen.findIndex((s) => s.includes("switchboard_routing_read") && s.includes(routingLockKey(kit.workspaceId)));
    expect(lock).toBeGreaterThan(0);
    const counterReads = seen.flatMap((s, i) => (s.includes("LearnedOutcomeCounter") ? [i] : []));
    expect(counterReads.length).toBe(1);
    expect(counterReads[0]!).toBeLessThan(lock);
    // The locked statement reads the week load; nothing after it reads the counters or the week load again.
    expect(seen[lock]).toContain("RepPoolWeekLoad");
    expect(seen.slice(lock + 1).filter((s) => /LearnedOutcomeCounter|RepPoolWeekLoad|learnedOutcomeCounter/.test(s))).toEqual([]);

    const used = routed.decision!.learningUsed!;
    expect(used).toMatchObject({ poolId, definition, segmentKey: "financial services" });
    expect(used.learning.cells[other]).toEqual({ "financial services": { successes: 40, failures: 2 } });
    expect(used.learning.total).toEqual({ successes: 40, failures: 2 });
    // The first lead of the week went to `owner`: the week load read under the lock.
    expect(used.learning.weekAssigned[owner]).toBe(1);
    expect(routed.decision!.repId).not.toBe(owner);
  });
});
