// A job due at once wakes its workers when the transaction that wrote it commits (LISTEN/NOTIFY),
// whether it was written by send() or sendAll(): the worker here polls only every 60 s, so a job
// that arrives within 20 s of its commit was woken, not found by polling. A job scheduled for later
// sends no wake-up and waits for its time.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createTestDb, type TestDb } from "../testing/test-db";
import { defineJob } from "./define-job";
import { createJobQueue, type TJobQueue } from "./job-queue";

const handled: string[] = [];
const definitions = {
  "test.woken": defineJob({
    schema: z.object({ mark: z.string() }),
    retry: { retryLimit: 0 },
    pollingIntervalSeconds: 60,
    handler: async ({ mark }) => void handled.push(mark),
  }),
};

let testDb: TestDb;
let queue: TJobQueue<typeof definitions>;

beforeAll(async () => {
  testDb = await createTestDb();
  queue = createJobQueue(testDb, { definitions });
  await queue.start();
  await queue.work();
});

afterAll(async () => {
  await queue?.stop();
  await testDb?.close();
});

const arrived = (mark: string) => vi.waitFor(() => expect(handled).toContain(mark), { timeout: 20_000, interval: 50 });

describe(`jobs wake their workers at commit (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("send() and sendAll() in a transaction: each job runs long before the 60 s poll would find it", async () => {
    // The worker's first fetch has run once a job has been handled: from here on it sleeps 60 s between polls.
    await testDb.db.$transaction(async (tx) => void (await queue.send("test.woken", { mark: "first" }, { tx })));
    await arrived("first");

    await testDb.db.$transaction(async (tx) => void (await queue.sendAll([["test.woken", { mark: "batched" }]], { tx })));
    await arrived("batched");

    await testDb.db.$transaction(async (tx) => void (await queue.send("test.woken", { mark: "single" }, { tx })));
    await arrived("single");
  });

  it("a rolled-back job wakes nobody and never runs; a job for later is not run early", async () => {
    await expect(
      testDb.db.$transaction(async (tx) => {
        await queue.sendAll([["test.woken", { mark: "rolled back" }]], { tx });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await testDb.db.$transaction(async (tx) => void (await queue.sendAll([["test.woken", { mark: "later" }, { startAfter: 3600 }]], { tx })));
    // A job due now, sent after both, runs; neither of them has.
    await testDb.db.$transaction(async (tx) => void (await queue.send("test.woken", { mark: "after" }, { tx })));
    await arrived("after");
    expect(handled).not.toContain("rolled back");
    expect(handled).not.toContain("later");
  });
});
