// /api/health's check against a real database, a database that is down, and before jobs exist.
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
  it("reports the database ok and jobs down before the job schema exists", async () => {
    expect(await checkHealth(async () => testDb)).toEqual({ db: "ok", jobs: { status: "down" } });
  });

  it("reports queued and failed job counts once jobs run", async () => {
    const queue = createJobQueue(testDb, { definitions: createJobRegistry() });
    await queue.start();
    try {
      expect(await checkHealth(async () => testDb)).toEqual({ db: "ok", jobs: { status: "ok", failed: 0, queued: 0 } });
    } finally {
      await queue.stop();
    }
  });

  it("reports the database down when it cannot be reached", async () => {
    const unreachable = await connectPostgres("postgresql://postgres@127.0.0.1:1/nothing", 1);
    try {
      expect(await checkHealth(async () => unreachable, 2000)).toEqual({ db: "down", jobs: { status: "unknown" } });
    } finally {
      await unreachable.close();
    }
  });
});
