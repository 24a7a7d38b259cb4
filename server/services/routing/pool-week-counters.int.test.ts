// The learned chooser's floor share reads how many leads each pool gave each rep this week from
// counters (RepPoolWeekLoad, kept by triggers on LeadAssignment) instead of counting the week's
// assignments under the routing lock. They equal that count after routing, a reassignment, a
// deleted lead and a lead in the next week; routing reads this week's only.
import { describe, expect, it } from "vitest";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { reassignLead } from "../assignments/reassign-lead";
import { loadLearning } from "./load-learning";
import { getPublishedRouting, publishRouting } from "./routing-settings";

// Tuesday 1 December 2026, 10:00 in New York (the week started Monday 30 November, 00:00 UTC).
const NOW = new Date("2026-12-01T15:00:00Z");
const WEEK_MS = 7 * 24 * 3600_000;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const env = useRoutingKit();

async function publishLearnedEnterprise(): Promise<TRoutingConfig> {
  const { testDb, kit } = env;
  const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
  const chooser = { type: "learned" as const, outcome: "won" as const, segmentBy: ["industry" as const], floorShare: 0.5, warmUpOutcomes: 0, fallback: "round_robin" as const, enabled: true, shrinkage: 5, halfLifeWeeks: null };
  const config: TRoutingConfig = {
    ...published,
    paths: published.paths.map((p) => (p.id === "enterprise" && p.destination.type === "team" ? { ...p, destination: { ...p.destination, strategy: { filters: [{ type: "capacity" as const, maxOpenPipelineValue: null, leaveWithinDays: null }], chooser, accountOwnership: false } } } : p)),
  };
  await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config, learningQueue: kit.queue });
  return config;
}

type TWeekRow = { week: string; pathId: string; teamId: string; repId: string; assigned: number };

async function countersVersusAssignments() {
  const db = env.testDb.db;
  const counters = await db.$queryRaw<TWeekRow[]>`
    SELECT to_char("week", 'YYYY-MM-DD') AS week, "pathId", "teamId", "repId", "assigned"
      FROM "RepPoolWeekLoad" WHERE "assigned" <> 0 ORDER BY 1, 2, 3, 4`;
  const grouped = await db.$queryRaw<TWeekRow[]>`
    SELECT to_char(date_trunc('week', "assignedAt"), 'YYYY-MM-DD') AS week, "decision"->>'pathId' AS "pathId", "decision"->>'teamId' AS "teamId", "repId", count(*)::int AS assigned
      FROM "LeadAssignment"
     WHERE "repId" IS NOT NULL AND "kind"::text IN ('ROUTED', 'REASSIGNED', 'SLA_REASSIGNED')
       AND "decision"->>'pathId' IS NOT NULL AND "decision"->>'teamId' IS NOT NULL
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
  return { counters, grouped };
}

/** What the floor share reads for the Enterprise pool as of `now`, and the week's assignments it stands for. */
async function weekShares(config: TRoutingConfig, now: Date, week: string) {
  const learning = await loadLearning(env.testDb.db, env.kit.workspaceId, config, now);
  const read = Object.values(learning!)[0]!.weekAssigned;
  const { grouped } = await countersVersusAssignments();
  const expected = Object.fromEntries(grouped.filter((r) => r.week === week && r.pathId === "enterprise").map((r) => [r.repId, r.assigned]));
  return { read, expected };
}

describe("floor share week counters", () => {
  it("equal the week's assignments per pool and rep after routing, a reassignment, a deleted lead and a new week", async () => {
    const { testDb, kit } = env;
    const config = await publishLearnedEnterprise();
    const leads = [];
    for (let i = 0; i < 4; i++) leads.push(await submitDemo(testDb, kit, { ...BANK_VP, email: `vp@bank-${i}.com` }, at(i)));
    expect(leads.every((l) => l.ownerRepId)).toBe(true);
    let check = await countersVersusAssignments();
    expect(check.counters).toEqual(check.grouped);
    expect(check.counters.reduce((sum, r) => sum + r.assigned, 0)).toBe(4);

    // A reassignment to the next best rep counts for the new rep as well (the first turn stays counted).
    await reassignLead(testDb.db, kit.deps, { workspaceId: kit.workspaceId, leadId: leads[0]!.id, toRepId: null, reason: "Balance", byUserId: null, now: at(10) });
    // A deleted lead takes its assignment with it.
    await testDb.db.lead.delete({ where: { id: leads[1]!.id } });
    check = await countersVersusAssignments();
    expect(check.counters).toEqual(check.grouped);
    expect(check.counters.reduce((sum, r) => sum + r.assigned, 0)).toBe(4 + 1 - 1);

    const thisWeek = await weekShares(config, at(20), "2026-11-30");
    expect(Object.keys(thisWeek.read).length).toBeGreaterThan(0);
    expect(thisWeek.read).toEqual(thisWeek.expected);

    // A lead a week later counts in the next week; routing then reads that week only.
    const nextWeekAt = new Date(NOW.getTime() + WEEK_MS);
    await submitDemo(testDb, kit, { ...BANK_VP, email: "vp@bank-next.com" }, nextWeekAt);
    check = await countersVersusAssignments();
    expect(check.counters).toEqual(check.grouped);
    const nextWeek = await weekShares(config, new Date(nextWeekAt.getTime() + 60_000), "2026-12-07");
    expect(Object.values(nextWeek.read)).toEqual([1]);
    expect(nextWeek.read).toEqual(nextWeek.expected);
  });
});
