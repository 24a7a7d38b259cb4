// Durable jobs against a real database (PGlite by default, PostgreSQL with TEST_DATABASE_URL):
// retries with backoff end in "failed", a rolled-back enqueue never runs, a committed one runs once,
// a backlog is drained without a polling interval per job.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDb, type TestDb } from "../testing/test-db";
import { defineJob } from "./define-job";
import { createJobQueue, type TJobQueue } from "./job-queue";
import { listJobs, retryFailedJob } from "./list-jobs";

interface TAttempt {
  retryCount: number;
  startAfter: number;
  failedAt: number;
}
const attempts: TAttempt[] = [];
const runs: string[] = [];
let scopedRuns = 0;

const definitions = {
  "test.always-fails": defineJob({
    schema: z.object({ n: z.number() }),
    retry: { retryLimit: 2, retryDelay: 1, retryBackoff: true },
    handler: async (_data, ctx) => {
      attempts.push({ retryCount: ctx.job.retryCount, startAfter: ctx.job.startAfter.getTime(), failedAt: Date.now() });
      throw new Error("provider is down");
    },
  }),
  "test.fails-fast": defineJob({
    schema: z.object({ workspaceId: z.string() }),
    retry: { retryLimit: 0 },
    handler: async () => {
      scopedRuns += 1;
      throw new Error("still broken");
    },
  }),
  "test.record": defineJob({
    schema: z.object({ marker: z.string() }),
    retry: { retryLimit: 0 },
    handler: async ({ marker }) => {
      runs.push(marker);
    },
  }),
};

async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let testDb: TestDb;
let queue: TJobQueue<typeof definitions>;

beforeAll(async () => {
  testDb = await createTestDb();
  queue = createJobQueue(testDb, { definitions, pollingIntervalSeconds: 0.5 });
  await queue.start();
  await queue.work();
});

afterAll(async () => {
  await queue?.stop();
  await testDb?.close();
});

// eslint-disable-next-line no-restricted-properties -- the lane name comes from the environment
describe(`durable jobs (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("retries a failing job with growing delays, then marks it failed", async () => {
    const id = await queue.send("test.always-fails", { n: 1 });
    const failed = await waitFor(async () => {
      const jobs = await listJobs(testDb, { state: "failed", limit: 10 });
      return jobs.find((job) => job.id === id);
    }, 20_000);

    expect(attempts.map((a) => a.retryCount)).toEqual([0, 1, 2]);
    const [first, second, third] = attempts as [TAttempt, TAttempt, TAttempt];
    const delay1 = second.startAfter - first.failedAt;
    const delay2 = third.startAfter - second.failedAt;
    // Backoff with retryDelay 1 s: first retry after 1–2 s, second after 2–4 s (plus jitter).
    expect(delay1).toBeGreaterThanOrEqual(900);
    expect(delay2).toBeGreaterThan(delay1);
    expect(third.failedAt - second.failedAt).toBeGreaterThan(1_900);

    expect(failed).toMatchObject({ name: "test.always-fails", state: "failed", retryCount: 2, retryLimit: 2 });
    expect(failed.lastError).toBe("provider is down");
    expect(failed.completedOn).toBeInstanceOf(Date);
  }, 30_000);

  it("drops a job enqueued in a transaction that rolls back", async () => {
    await expect(
      testDb.db.$transaction(async (tx) => {
        await tx.emailMessage.create({
          data: { template: "test", from: "a@example.com", to: ["b@example.com"], subject: "s", html: "h", text: "t", transport: "dev" },
        });
        await queue.send("test.record", { marker: "rolled-back" }, { tx });
        throw new Error("abort the transaction");
      }),
    ).rejects.toThrow("abort the transaction");

    const rows = await testDb.db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM pgboss.job WHERE data->>'marker' = 'rolled-back'`,
    );
    expect(rows[0]?.count).toBe(0);
    expect(await testDb.db.emailMessage.count({ where: { template: "test" } })).toBe(0);
    await sleep(1_500); // several polling intervals
    expect(runs).not.toContain("rolled-back");
  });

  it("runs a job enqueued in a committed transaction exactly once", async () => {
    const id = await testDb.db.$transaction(async (tx) => {
      await tx.emailMessage.create({
        data: { template: "test", from: "a@example.com", to: ["b@example.com"], subject: "s", html: "h", text: "t", transport: "dev" },
      });
      return queue.send("test.record", { marker: "committed" }, { tx });
    });

    const done = await waitFor(async () => {
      const jobs = await listJobs(testDb, { state: "completed" });
      return jobs.find((job) => job.id === id);
    }, 10_000);
    await sleep(1_500); // a second run would show up within a few polling intervals
    expect(runs.filter((marker) => marker === "committed")).toHaveLength(1);
    expect(done).toMatchObject({ state: "completed", retryCount: 0, lastError: null });
  });

  it("drains a backlog without waiting a polling interval between jobs, each job once", async () => {
    const drained: number[] = [];
    const backlogDefinitions = {
      "test.backlog": defineJob({
        schema: z.object({ n: z.number() }),
        retry: { retryLimit: 0 },
        pollingIntervalSeconds: 60, // one fetch a minute: only draining can run 6 jobs in time
        handler: async ({ n }) => void drained.push(n),
      }),
    };
    const backlogQueue = createJobQueue(testDb, { definitions: backlogDefinitions, concurrency: 1 });
    try {
      await backlogQueue.start();
      for (let n = 0; n < 6; n++) await backlogQueue.send("test.backlog", { n });
      await backlogQueue.work(); // fetches once now, then (without draining) not for 60 s
      await waitFor(async () => drained.length >= 6, 20_000);
      await sleep(1_000);
      expect([...drained].sort()).toEqual([0, 1, 2, 3, 4, 5]);
      const rows = await testDb.db.$queryRawUnsafe<{ state: string; count: number }[]>(
        `SELECT state::text, count(*)::int AS count FROM pgboss.job WHERE name = 'test.backlog' GROUP BY 1`,
      );
      expect(rows).toEqual([{ state: "completed", count: 6 }]);
    } finally {
      await backlogQueue.stop();
    }
  }, 40_000);

  it("drains a backlog several jobs at a time: more at once than the slots", async () => {
    let running = 0;
    let mostAtOnce = 0;
    let done = 0;
    const backlogDefinitions = {
      "test.backlog-batch": defineJob({
        schema: z.object({ n: z.number() }),
        retry: { retryLimit: 0 },
        pollingIntervalSeconds: 60,
        concurrency: 2,
        handler: async () => {
          running++;
          mostAtOnce = Math.max(mostAtOnce, running);
          await sleep(300); // long enough for jobs to overlap: how many overlap is what is checked
          running--;
          done++;
        },
      }),
    };
    const backlogQueue = createJobQueue(testDb, { definitions: backlogDefinitions });
    try {
      await backlogQueue.start();
      for (let n = 0; n < 8; n++) await backlogQueue.send("test.backlog-batch", { n });
      await backlogQueue.work(); // 2 slots: each takes one job, then drains 2 at a time
      await waitFor(async () => done >= 8, 20_000);
      expect(mostAtOnce).toBeGreaterThanOrEqual(3); // the 2 slots alone never run more than 2
      expect(mostAtOnce).toBeLessThanOrEqual(4);
    } finally {
      await backlogQueue.stop();
    }
  }, 40_000);

  it("drains a backlog in batches: a failing job fails alone, the batch's other jobs complete together", async () => {
    const ran: number[] = [];
    const backlogDefinitions = {
      "test.backlog-fail": defineJob({
        schema: z.object({ n: z.number() }),
        retry: { retryLimit: 0 },
        pollingIntervalSeconds: 60,
        concurrency: 3,
        handler: async ({ n }) => {
          ran.push(n);
          if (n % 4 === 1) throw new Error(`job ${n} refused`);
        },
      }),
    };
    const backlogQueue = createJobQueue(testDb, { definitions: backlogDefinitions });
    try {
      await backlogQueue.start();
      for (let n = 0; n < 9; n++) await backlogQueue.send("test.backlog-fail", { n });
      await backlogQueue.work();
      const states = async () =>
        testDb.db.$queryRawUnsafe<{ n: number; state: string; error: string | null }[]>(
          `SELECT (data->>'n')::int AS n, state::text, output->>'message' AS error FROM pgboss.job WHERE name = 'test.backlog-fail' ORDER BY 1`,
        );
      const settled = await waitFor(async () => {
        const rows = await states();
        return rows.length === 9 && rows.every((row) => row.state === "completed" || row.state === "failed") ? rows : undefined;
      }, 20_000);
      expect(settled.filter((row) => row.state === "failed").map((row) => [row.n, row.error])).toEqual([
        [1, "job 1 refused"],
        [5, "job 5 refused"],
      ]);
      expect(settled.filter((row) => row.state === "completed").map((row) => row.n)).toEqual([0, 2, 3, 4, 6, 7, 8]);
      expect([...ran].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    } finally {
      await backlogQueue.stop();
    }
  }, 40_000);

  it("lists jobs by workspace and lets an admin retry a failed one", async () => {
    const id = await queue.send("test.fails-fast", { workspaceId: "ws_a" });
    await waitFor(async () => (await listJobs(testDb, { state: "failed", workspaceId: "ws_a" })).some((job) => job.id === id), 10_000);
    expect((await listJobs(testDb, { workspaceId: "ws_b" })).some((job) => job.id === id)).toBe(false);
    await expect(retryFailedJob(queue, { id, workspaceId: "ws_b" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await retryFailedJob(queue, { id, workspaceId: "ws_a" });
    const again = await waitFor(async () => {
      const jobs = await listJobs(testDb, { state: "failed", workspaceId: "ws_a" });
      return jobs.find((job) => job.id === id && job.retryLimit === 1);
    }, 10_000);
    expect(scopedRuns).toBe(2);
    expect(again).toMatchObject({ retryCount: 1, lastError: "still broken" });
    await expect(retryFailedJob(queue, { id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
