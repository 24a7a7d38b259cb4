// The backlog counters (RepLoad.untouchedLeads / pastSlaLeads / workedLeads, kept by triggers on
// Lead; the SLA reminder job marks a lead past its SLA) always equal the grouped query they
// replaced — open leads by first contact and by the SLA's reminder time on the clock — after every
// kind of event: assignment, the SLA job at its time (test clock), first contact, reassignment,
// closing. Routing reads them under its lock: a rep at the limit is skipped with BACKLOG.
import { afterEach, describe, expect, it } from "vitest";
import type { TBacklogLimit, TRoutingConfig } from "../../domain/routing/routing-config";
import type { TRepBacklog } from "../../domain/routing/routing-types";
import { BANK_VP, runAfterCommitJobs, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { resetClock, runSlaRemindersAt } from "../../testing/sla-clock";
import { reassignLead } from "../assignments/reassign-lead";
import { recordOutcome } from "../outcomes/record-outcome";
import { loadRoutingState } from "./load-routing-state";
import { getPublishedRouting, publishRouting } from "./routing-settings";
import { readStoredDecision } from "../../domain/routing/stored-decision";

// Tuesday 1 December 2026, 10:00 in New York: the Enterprise reps are at work. The demo SLA
// reminds after 5 minutes.
const NOW = new Date("2026-12-01T15:00:00Z");
const REMIND_MINUTES = 5;
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const API = { kind: "api-key" as const, apiKeyId: "k" };

const env = useRoutingKit();
afterEach(resetClock);

/** The Enterprise pool limits the backlog (least loaded, no other filter: every lead is placed while below the limit). */
async function publishBacklogLimit(backlog: TBacklogLimit): Promise<TRoutingConfig> {
  const { testDb, kit } = env;
  const published = (await getPublishedRouting(testDb.db, kit.workspaceId))!.config;
  const config: TRoutingConfig = {
    ...published,
    paths: published.paths.map((p) =>
      p.id === "enterprise" && p.destination.type === "team"
        ? { ...p, destination: { ...p.destination, strategy: { filters: [{ type: "capacity" as const, maxOpenPipelineValue: null, leaveWithinDays: null, backlog }], chooser: { type: "least_loaded" as const }, accountOwnership: false } } }
        : p,
    ),
  };
  await publishRouting(testDb.db, { workspaceId: kit.workspaceId, userId: null, config });
  return config;
}

type TRow = { repId: string } & TRepBacklog;

/** The counters, the grouped query over the open leads as of `now` (the one they replaced) and what routing reads. */
async function countersVersusQuery(config: TRoutingConfig, now: Date) {
  const db = env.testDb.db;
  const cutoff = new Date(now.getTime() - REMIND_MINUTES * 60_000);
  const counters = await db.$queryRaw<TRow[]>`
    SELECT "repId", "untouchedLeads" AS uncontacted, "pastSlaLeads" AS "pastSla", "workedLeads" AS worked
      FROM "RepLoad" WHERE "untouchedLeads" <> 0 OR "pastSlaLeads" <> 0 OR "workedLeads" <> 0 ORDER BY "repId"`;
  // The SLA job is due at routedAt + the reminder time: a lead routed at or before the cutoff has passed it.
  const grouped = await db.$queryRaw<TRow[]>`
    SELECT "ownerRepId" AS "repId",
           count(*) FILTER (WHERE "firstContactAt" IS NULL AND "routedAt" > ${cutoff.toISOString()}::timestamptz AT TIME ZONE 'UTC')::int AS uncontacted,
           count(*) FILTER (WHERE "firstContactAt" IS NULL AND "routedAt" <= ${cutoff.toISOString()}::timestamptz AT TIME ZONE 'UTC')::int AS "pastSla",
           count(*) FILTER (WHERE "firstContactAt" IS NOT NULL)::int AS worked
      FROM "Lead" WHERE "ownerRepId" IS NOT NULL AND "status"::text IN ('ASSIGNED', 'ACCEPTED')
     GROUP BY 1 ORDER BY 1`;
  const state = await loadRoutingState(db, env.kit.workspaceId, config, now);
  const read = state.reps
    .map((r) => ({ repId: r.id, ...r.load.backlog! }))
    .filter((r) => r.uncontacted + r.pastSla + r.worked > 0)
    .sort((x, y) => (x.repId < y.repId ? -1 : 1));
  return { counters, grouped, read };
}

const total = (rows: TRow[], key: keyof TRepBacklog) => rows.reduce((sum, r) => sum + r[key], 0);

describe("backlog counters", () => {
  it("equal the grouped query after assignment, the SLA job, first contact, reassignment and closing", async () => {
    const { testDb, kit } = env;
    const config = await publishBacklogLimit({ max: 100, uncontactedWeight: 2, pastSlaWeight: 3, workedWeight: 1 });
    const expectSame = async (now: Date, totals: TRepBacklog) => {
      const check = await countersVersusQuery(config, now);
      expect(check.counters).toEqual(check.grouped);
      expect(check.read).toEqual(check.grouped);
      expect({ uncontacted: total(check.grouped, "uncontacted"), pastSla: total(check.grouped, "pastSla"), worked: total(check.grouped, "worked") }).toEqual(totals);
    };

    // Assignment: three untouched leads (SLA reminders due at 5, 6 and 8 minutes).
    const a = await submitDemo(testDb, kit, { ...BANK_VP, email: "a@alpha-bank.com" }, at(0));
    const b = await submitDemo(testDb, kit, { ...BANK_VP, email: "b@beta-bank.com" }, at(1));
    const c = await submitDemo(testDb, kit, { ...BANK_VP, email: "c@gamma-bank.com" }, at(3));
    expect([a, b, c].map((l) => l.status)).toEqual(["ASSIGNED", "ASSIGNED", "ASSIGNED"]);
    await expectSame(at(4), { uncontacted: 3, pastSla: 0, worked: 0 });

    // The SLA job at 6.5 minutes (test clock): a and b pass their SLA, c not yet.
    expect(await runSlaRemindersAt(testDb, kit, at(6.5))).toBe(2);
    await expectSame(at(6.5), { uncontacted: 1, pastSla: 2, worked: 0 });
    const marked = await testDb.db.lead.findMany({ where: { slaPassedAt: { not: null } }, select: { id: true, slaPassedAt: true } });
    expect(marked.map((l) => l.id).sort()).toEqual([a.id, b.id].sort());
    // The test clock ticks on from 6.5 minutes while the job runs.
    for (const l of marked) expect(l.slaPassedAt!.getTime() - at(6.5).getTime()).toBeGreaterThanOrEqual(0);
    for (const l of marked) expect(l.slaPassedAt!.getTime()).toBeLessThan(at(7).getTime());

    // First contact: a is worked.
    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(7), leadId: a.id, stage: "CONTACTED", occurredAt: at(7), source: "API", actor: API });
    await expectSame(at(7), { uncontacted: 1, pastSla: 1, worked: 1 });

    // Reassignment: b starts a new SLA with its new owner (untouched again).
    const reassigned = await reassignLead(testDb.db, kit.deps, { workspaceId: kit.workspaceId, leadId: b.id, toRepId: null, reason: "Balance", byUserId: null, now: at(7.5) });
    expect(reassigned.assignmentId).not.toBeNull();
    await runAfterCommitJobs(kit); // schedules the new assignment's SLA timers (due at 12.5)
    expect((await testDb.db.lead.findUniqueOrThrow({ where: { id: b.id } })).slaPassedAt).toBeNull();
    await expectSame(at(7.5), { uncontacted: 2, pastSla: 0, worked: 1 });

    // The SLA job at 9 minutes: c passes; b's new SLA (from 7.5) not yet, and its old job finds b reassigned.
    expect(await runSlaRemindersAt(testDb, kit, at(9))).toBe(1);
    await expectSame(at(9), { uncontacted: 1, pastSla: 1, worked: 1 });

    // Closing: c leaves the backlog.
    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(10), leadId: c.id, stage: "LOST", reason: "No budget", occurredAt: at(10), source: "API", actor: API });
    await expectSame(at(10), { uncontacted: 1, pastSla: 0, worked: 1 });

    // The SLA jobs that ran, run again (a retry at 10.5 minutes on the test clock): nothing changes.
    expect(await testDb.db.$executeRaw`UPDATE pgboss.job SET state = 'created', start_after = ${at(10.5).toISOString()}::timestamptz WHERE name = 'routing.sla-remind' AND state = 'completed'`).toBe(3);
    expect(await runSlaRemindersAt(testDb, kit, at(11))).toBe(3);
    await expectSame(at(11), { uncontacted: 1, pastSla: 0, worked: 1 });
  });

  it("a rep at the limit is skipped with BACKLOG by the live decision (read under the lock), past the SLA weighing more", async () => {
    const { testDb, kit } = env;
    await publishBacklogLimit({ max: 2, uncontactedWeight: 2, pastSlaWeight: 3, workedWeight: 1 });
    const first = await submitDemo(testDb, kit, { ...BANK_VP, email: "a@alpha-bank.com" }, at(0));
    const owner = first.ownerRepId!;
    const skippedOwner = (lead: Awaited<ReturnType<typeof submitDemo>>) =>
      readStoredDecision(lead.assignments.at(-1)!.decision)!.skipped.find((s) => s.repId === owner)?.reasons ?? [];

    const second = await submitDemo(testDb, kit, { ...BANK_VP, email: "b@beta-bank.com" }, at(1));
    expect(second.ownerRepId).not.toBe(owner);
    expect(skippedOwner(second)).toEqual([{ code: "BACKLOG", uncontacted: 1, pastSla: 0, worked: 0, weighted: 2, max: 2 }]);

    // The SLA job marks the first lead past its SLA: it weighs 3.
    await runSlaRemindersAt(testDb, kit, at(5));
    const third = await submitDemo(testDb, kit, { ...BANK_VP, email: "c@gamma-bank.com" }, at(5.5));
    expect(third.ownerRepId).not.toBe(owner);
    expect(skippedOwner(third)).toEqual([{ code: "BACKLOG", uncontacted: 0, pastSla: 1, worked: 0, weighted: 3, max: 2 }]);

    // Worked, it weighs 1: the rep receives leads again.
    await recordOutcome(testDb.db, { workspaceId: kit.workspaceId, now: at(6), leadId: first.id, stage: "CONTACTED", occurredAt: at(6), source: "API", actor: API });
    const fourth = await submitDemo(testDb, kit, { ...BANK_VP, email: "d@delta-bank.com" }, at(6.5));
    expect(skippedOwner(fourth).map((r) => r.code)).not.toContain("BACKLOG");
  });
});
