// sendAll writes several job rows (of different queues) in ONE statement inside the caller's
// transaction: the same rows as one send() each (payload, start, the queue's retry and retention
// policy), dropped with a rollback. Used for an assignment's SLA/review timers (assigned-follow-ups.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestDb, type TestDb } from "../testing/test-db";
import { defineJob } from "./define-job";
import { createJobQueue, type TJobQueue } from "./job-queue";

const handler = async () => undefined;
const definitions = {
  "test.remind": defineJob({ schema: z.object({ assignmentId: z.string(), workspaceId: z.string() }), retry: { retryLimit: 3, retryDelay: 7, retryBackoff: true }, handler }),
  "test.reassign": defineJob({ schema: z.object({ assignmentId: z.string(), workspaceId: z.string() }), retry: { retryLimit: 0 }, handler }),
};

let testDb: TestDb;
let queue: TJobQueue<typeof definitions>;

beforeAll(async () => {
  testDb = await createTestDb();
  queue = createJobQueue(testDb, { definitions });
  await queue.start();
});

afterAll(async () => {
  await queue?.stop();
  await testDb?.close();
});

type TJobRowView = Record<string, unknown>;
async function rowsOf(ids: string[]): Promise<TJobRowView[]> {
  const rows = await testDb.db.$queryRawUnsafe<TJobRowView[]>(
    `SELECT id::text AS id, name, data, state::text AS state, priority, start_after, singleton_key, retry_limit, retry_delay, retry_backoff, retry_delay_max,
            expire_seconds, deletion_seconds, policy, dead_letter, (keep_until - start_after)::text AS retention
       FROM pgboss.job WHERE id::text = ANY($1::text[]) ORDER BY name`,
    ids,
  );
  return rows;
}
const withoutId = ({ id: _id, ...rest }: TJobRowView) => rest;

describe(`sendAll: several job rows in one statement (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("writes the same rows as one send each, in the caller's transaction", async () => {
    const at = new Date(Date.now() + 3_600_000);
    const ids = { assignmentId: "a1", workspaceId: "w1" };
    const sent = await testDb.db.$transaction(async (tx) => [
      await queue.send("test.remind", ids, { tx, startAfter: at }),
      await queue.send("test.reassign", { ...ids, assignmentId: "a2" }, { tx, startAfter: 600 }),
    ]);
    const batched = await testDb.db.$transaction(async (tx) =>
      queue.sendAll(
        [
          ["test.remind", ids, { startAfter: at }],
          ["test.reassign", { ...ids, assignmentId: "a2" }, { startAfter: 600 }],
        ],
        { tx },
      ),
    );
    expect(batched).toHaveLength(2);
    expect(new Set(batched).size).toBe(2);
    const [one, all] = [await rowsOf(sent), await rowsOf(batched)];
    expect(all).toHaveLength(2);
    // start_after of the seconds-delayed row is "now + 600 s" at each insert: compared apart.
    const startOf = (rows: TJobRowView[], name: string) => new Date(rows.find((r) => r.name === name)!.start_after as Date).getTime();
    expect(startOf(all, "test.remind")).toBe(at.getTime());
    expect(Math.abs(startOf(all, "test.reassign") - startOf(one, "test.reassign"))).toBeLessThan(60_000);
    const comparable = (rows: TJobRowView[]) => rows.map((r) => ({ ...withoutId(r), start_after: r.name === "test.reassign" ? "now + 600 s" : r.start_after }));
    expect(comparable(all)).toEqual(comparable(one));
    expect(all.find((r) => r.name === "test.remind")).toMatchObject({ state: "created", retry_limit: 3, retry_delay: 7, retry_backoff: true, data: ids });
  });

  it("writes nothing when the transaction rolls back, and refuses a payload its job's schema refuses", async () => {
    const before = await testDb.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'test.%'`);
    await expect(
      testDb.db.$transaction(async (tx) => {
        await queue.sendAll([["test.remind", { assignmentId: "r1", workspaceId: "w1" }], ["test.reassign", { assignmentId: "r1", workspaceId: "w1" }]], { tx });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await expect(testDb.db.$transaction(async (tx) => queue.sendAll([["test.remind", { assignmentId: 1 }]], { tx }))).rejects.toThrow();
    const after = await testDb.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name LIKE 'test.%'`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
