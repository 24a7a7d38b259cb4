// /api/health's check against a real database, a database that is down, and before jobs exist;
// and what an anonymous check may cost: it never reads the job table (anyone can call it).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres } from "../../db/client";
import { createJobQueue } from "../../jobs/job-queue";
import { createJobRegistry } from "../../workers/registry";
import { createTestDb, type TestDb } from "../../testing/test-db";
import { checkHealth } from "./check-health";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.close());

describe("checkHealth", () => {
  it("reports the database ok and jobs down before the job schema exists, with or without counts", async () => {
    expect(await checkHealth(async () => testDb)).toEqual({ db: "ok", jobs: { status: "down" } });
    expect(await checkHealth(async () => testDb, { jobCounts: true })).toEqual({ db: "ok", jobs: { status: "down" } });
  });

  describe("once jobs run", () => {
    let queue: ReturnType<typeof createJobQueue>;
    beforeAll(async () => {
      queue = createJobQueue(testDb, { definitions: createJobRegistry() });
      await queue.start();
    });
    afterAll(() => queue?.stop());

    it("counts queued and failed jobs only when asked (an admin's check)", async () => {
      expect(await checkHealth(async () => testDb, { jobCounts: true })).toEqual({ db: "ok", jobs: { status: "ok", failed: 0, queued: 0 } });
      expect(await checkHealth(async () => testDb)).toEqual({ db: "ok", jobs: { status: "ok" } });
    });

    // Needs a second connection holding a lock, which the embedded database (one connection) cannot give.
    // eslint-disable-next-line no-restricted-properties -- the lane is chosen by the environment (test-db.ts)
    it.skipIf(!process.env.TEST_DATABASE_URL)(
      "attack: a stranger's check reads no job rows (it answers while the job table is locked; an admin's count waits)",
      async () => {
        const holder = new pg.Client({ connectionString: testDb.url });
        await holder.connect();
        try {
          await holder.query("BEGIN");
          // Blocks every read of the job table (a count included) until ROLLBACK, not the catalogue.
          await holder.query("LOCK TABLE pgboss.job IN ACCESS EXCLUSIVE MODE");
          expect(await checkHealth(async () => testDb, { timeoutMs: 2000 })).toEqual({ db: "ok", jobs: { status: "ok" } });
          expect(await checkHealth(async () => testDb, { jobCounts: true, timeoutMs: 500 })).toEqual({ db: "ok", jobs: { status: "down" } });
        } finally {
          await holder.query("ROLLBACK");
          await holder.end();
        }
      },
    );
  });

  it("reports the database down when it cannot be reached", async () => {
    const unreachable = await connectPostgres("postgresql://postgres@127.0.0.1:1/nothing", 1);
    try {
      expect(await checkHealth(async () => unreachable, { timeoutMs: 2000 })).toEqual({ db: "down", jobs: { status: "unknown" } });
    } finally {
      await unreachable.close();
    }
  });
});
