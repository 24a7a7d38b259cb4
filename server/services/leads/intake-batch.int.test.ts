// Group commit (issue 9): concurrent intakes of one workspace in one process share lock holds and
// commits (intake-batch.ts), through the real submission service — and routing stays race-safe:
// caps held, spread ≤ 1, one owner per lead; a duplicate idempotency key among them is answered
// 200 with the winner's lead (the failed batch's leads run alone).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue } from "../../jobs/job-queue";
import { createJobRegistry } from "../../workers/registry";
import { createTestDb, type TestDb } from "../../testing/test-db";
import { testDefinition, testScoring, validAnswers } from "../../testing/fixtures/submission-fixtures";
import { readPoolInvariants } from "../../testing/concurrency/pool-invariants";
import { PROCESS_MAIL } from "../../testing/concurrency/routing-process";
import { POOL_PATH_ID, seedStrictPool, type TStrictPoolOptions } from "../../testing/concurrency/strict-pool-fixture";
import type { TFollowUpDeps } from "../routing/after-assignment";
import { takeLockHolds, takeLockSamples } from "../routing/lock-timing";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { submitForm, type TSubmitFormResult } from "../submissions/submit-form";
import { intakeBatchStats, type TIntakeBatchStats } from "./intake-batch";

const NOW = new Date();
const FORM = { definition: testDefinition, scoring: testScoring() };
const NO_LIMIT = unlimitedRateLimits().formSubmission;

let testDb: TestDb;
let deps: TFollowUpDeps;
let stopQueue: () => Promise<void>;
beforeAll(async () => {
  testDb = await createTestDb();
  const holder: { deps?: TFollowUpDeps } = {};
  const queue = createJobQueue(testDb, { definitions: createJobRegistry({ mail: PROCESS_MAIL, followUps: async () => holder.deps! }) });
  await queue.start();
  deps = holder.deps = { queue, appUrl: "http://localhost:3000", authSecret: "c".repeat(40), mail: PROCESS_MAIL };
  stopQueue = () => queue.stop();
});
afterAll(async () => {
  await stopQueue?.();
  await testDb?.close();
});

function submit(slug: string, n: number, idempotencyKey: string | null = null): Promise<TSubmitFormResult> {
  return submitForm(testDb.db, {
    slug,
    body: { answers: validAnswers({ email: `lead${n}@batch-${n % 7}.example.com`, name: `Lead ${n}` }), context: { fillTimeMs: 20_000, source: "api" } },
    idempotencyKey,
    ip: `10.9.${(n >> 8) & 255}.${n & 255}`,
    now: NOW,
    rateLimit: NO_LIMIT,
    // A fresh deps object per request, as the app's route handlers make them (getAppFollowUpDeps).
    routing: { ...deps },
  });
}

const delta = (before: TIntakeBatchStats, after: TIntakeBatchStats) => ({
  batches: after.batches - before.batches,
  batchedLeads: after.batchedLeads - before.batchedLeads,
  aloneLeads: after.aloneLeads - before.aloneLeads,
  failedBatches: after.failedBatches - before.failedBatches,
});

describe("group commit: concurrent intakes of one workspace in one process", () => {
  it("64 leads at once form batches (fewer lock holds and commits than leads); caps held, spread ≤ 1, one owner each", async () => {
    const options: TStrictPoolOptions = { reps: 7, smallOpenCap: 3, dailyCap: 5, bigOpenCap: 1000, form: FORM };
    const pool = await seedStrictPool(testDb.db, options);
    takeLockHolds();
    takeLockSamples();
    const before = intakeBatchStats();
    const results = await Promise.all(Array.from({ length: 64 }, (_, n) => submit(pool.formSlug, n)));
    const stats = delta(before, intakeBatchStats());
    const holds = takeLockHolds();

    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    expect(new Set(results.map((r) => r.response.leadId)).size).toBe(64);
    expect(stats.failedBatches).toBe(0);
    expect(stats.batches).toBeGreaterThan(0);
    expect(stats.batchedLeads + stats.aloneLeads).toBe(64);
    // One hold (and one commit) per batch: fewer than leads; every lead was decided under one of them.
    expect(holds.length).toBe(stats.batches + stats.aloneLeads);
    expect(holds.length).toBeLessThan(64);
    expect(holds.reduce((sum, h) => sum + h.leads, 0)).toBe(64);
    expect(takeLockSamples()).toHaveLength(64);

    const result = await readPoolInvariants(testDb.db, pool);
    expect(result.leads).toBe(64);
    expect(result.leadsWithoutOneOwner).toBe(0);
    expect(result.doubleOwners).toBe(0);
    expect(result.ownerMismatches).toBe(0);
    expect(result.fallbacks).toBe(0);
    expect(result.capViolations).toBe(0);
    const [small, daily, ...uncapped] = result.reps;
    expect(small).toMatchObject({ assigned: options.smallOpenCap, isCapped: true });
    expect(daily).toMatchObject({ maxPerDay: options.dailyCap, isCapped: true });
    expect(result.uncappedSpread).toBeLessThanOrEqual(1);
    expect(uncapped.reduce((sum, r) => sum + r.assigned, 0)).toBe(64 - options.smallOpenCap - options.dailyCap);

    // Each lead's rows as a lead routed alone has them: status, owner, path, its "routed" event naming its assignment, its job row.
    const leads = await testDb.db.lead.findMany({
      where: { workspaceId: pool.workspaceId },
      select: { status: true, ownerRepId: true, routedAt: true, routingPathId: true, routingOutcome: true, assignments: { select: { id: true, repId: true, kind: true, isCurrent: true } }, events: { where: { type: "routed" }, select: { data: true } } },
    });
    for (const lead of leads) {
      expect(lead).toMatchObject({ status: "ASSIGNED", routedAt: NOW, routingPathId: POOL_PATH_ID, routingOutcome: "assigned" });
      expect(lead.assignments).toEqual([{ id: expect.any(String), repId: lead.ownerRepId, kind: "ROUTED", isCurrent: true }]);
      expect(lead.events).toEqual([{ data: expect.objectContaining({ outcome: "assigned", repId: lead.ownerRepId, assignmentId: lead.assignments[0]!.id, pathId: POOL_PATH_ID }) }]);
    }
    const jobs = await testDb.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'routing.assigned' AND data->>'assignmentId' = ANY(${leads.map((l) => l.assignments[0]!.id)}::text[])`;
    expect(Number(jobs[0]!.n)).toBe(64);
  }, 120_000);

  it("a duplicate idempotency key among waiting leads: one 201, the others (other bodies) a 422 at the key, never the winner's lead; the batch's other leads stored and routed once", async () => {
    const options: TStrictPoolOptions = { reps: 4, smallOpenCap: 100, dailyCap: 100, bigOpenCap: 1000, form: FORM };
    const pool = await seedStrictPool(testDb.db, options);
    const before = intakeBatchStats();
    // Leads 0–3 share one key (other emails, so they may share a batch); 4–19 have none. A key
    // replays only the same body (idempotency-key.ts; the same body twice: submit-form.int.test.ts).
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => submit(pool.formSlug, 100 + n, n < 4 ? "retry-key-1" : null)));
    const stats = delta(before, intakeBatchStats());

    const keyed = results.slice(0, 4);
    const winners = keyed.flatMap((r) => (r.status === "fulfilled" && r.value.status === 201 ? [r.value] : []));
    expect(winners).toHaveLength(1);
    const refused = keyed.flatMap((r) => (r.status === "rejected" ? [r.reason as { code: string; details: { path: string }[] }] : []));
    expect(refused.map((e) => [e.code, e.details[0]?.path])).toEqual(Array.from({ length: 3 }, () => ["VALIDATION", "headers.idempotency-key"]));
    expect(results.slice(4).map((r) => (r.status === "fulfilled" ? r.value.status : r.reason))).toEqual(results.slice(4).map(() => 201));
    // A duplicate that waited with others failed its batch's transaction; its leads then ran alone.
    expect(stats.failedBatches).toBeGreaterThan(0);

    const result = await readPoolInvariants(testDb.db, pool);
    expect(result.leads).toBe(17);
    expect(await testDb.db.lead.count({ where: { workspaceId: pool.workspaceId, idempotencyKey: "retry-key-1" } })).toBe(1);
    expect(result.leadsWithoutOneOwner).toBe(0);
    expect(result.doubleOwners).toBe(0);
    expect(result.uncappedSpread).toBeLessThanOrEqual(1);
  }, 120_000);
});
