// The demo's history is enough for learned routing: making the Enterprise pool learn (default
// warm-up) rebuilds its counters from the history's outcomes by the publish's job, so the pool is
// past warm-up at once, Test a lead decides by the posteriors, and the strengths table has rows.
import { describe, expect, it } from "vitest";
import { seedHistory } from "../../../prisma/seed/history/seed-history";
import { DEFAULT_LEARNED_CHOOSER } from "../../domain/routing/learned/learned-config";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { listPoolStrengths } from "./pool-strengths";
import { getPublishedRouting, publishRouting } from "./routing-settings";
import { testRoutingLead } from "./test-lead";

const NOW = new Date("2026-12-01T15:00:00Z");
const env = useRoutingKit();

describe("learned routing on the demo history", () => {
  it("a demo pool made to learn is past warm-up after its rebuild job; the strengths table reads the same counters", async () => {
    const { testDb, kit } = env;
    await seedHistory(testDb.db, kit.workspaceId, NOW);
    const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
    const config: TRoutingConfig = {
      ...published,
      paths: published.paths.map((p) => (p.id === "enterprise" && p.destination.type === "team" ? { ...p, destination: { ...p.destination, strategy: { ...p.destination.strategy, chooser: DEFAULT_LEARNED_CHOOSER } } } : p)),
    };
    await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config, learningQueue: kit.queue });
    expect(await kit.queue.runDue("routing.rebuild-learning")).toBe(1);

    const [pool] = await listPoolStrengths(testDb.db, kit.workspaceId, NOW);
    expect(pool).toMatchObject({ pathName: "Enterprise", teamName: "Enterprise", outcome: "win", warmUpOutcomes: DEFAULT_LEARNED_CHOOSER.warmUpOutcomes });
    expect(pool!.resolved).toBeGreaterThanOrEqual(DEFAULT_LEARNED_CHOOSER.warmUpOutcomes);
    expect(pool!.rows.length).toBeGreaterThan(0);
    for (const row of pool!.rows) expect(row.ratio).toBeCloseTo(row.expected / row.teamRate, 9);

    const tested = await testRoutingLead(testDb.db, kit.workspaceId, { lead: { formSlug: "demo", answers: { ...BANK_VP, industry: "software" } }, at: NOW });
    const codes = tested.decision.reasons.map((r) => r.code);
    expect(codes).not.toContain("LEARNED_WARMING_UP");
    expect(codes.some((c) => c === "LEARNED_CHOICE")).toBe(true);
  });
});
