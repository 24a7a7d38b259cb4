// pg-boss's own pool (server database) is small and shared by every worker slot. On a busy host the
// first polls queued for a connection longer than pg-boss's default 10 s and failed — logged as
// "[jobs] pg-boss error: undefined: timeout exceeded when trying to connect" (a worker's error has
// no `name`) — and the next poll worked. A poll waiting its turn now waits (up to 30 s), and an
// error that does happen names its queue and kind.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createTestDb, type TestDb } from "../testing/test-db";
import { defineJob } from "./define-job";
import { BOSS_CONNECTION_TIMEOUT_MS, bossErrorLine, createJobQueue, type TJobQueue } from "./job-queue";

const handled: string[] = [];
const definitions = {
  "test.pool-wait": defineJob({
    schema: z.object({ mark: z.string() }),
    retry: { retryLimit: 0 },
    handler: async ({ mark }) => void handled.push(mark),
  }),
};

/** pg-boss 12's own default (db.js): a pool wait longer than this failed before. */
const PG_BOSS_DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;

let testDb: TestDb;
let queue: TJobQueue<typeof definitions>;
const logged: string[] = [];

beforeAll(async () => {
  testDb = await createTestDb();
  // One connection, as if every other one were busy: the worker's polls queue behind it.
  queue = createJobQueue(testDb, { definitions, maxConnections: 1, pollingIntervalSeconds: 0.5 });
  await queue.start();
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
}, 600_000); // a fresh migrated database: minutes on a loaded 2-core host

afterAll(async () => {
  vi.restoreAllMocks();
  await queue?.stop();
  await testDb?.close();
});

// The wait is for a connection of pg-boss's pg pool, which exists only on a PostgreSQL server; on the
// embedded database pg-boss shares the app's one PGlite connection and has no pool to wait for.
describe.runIf(process.env.TEST_DATABASE_URL)("pg-boss's pool on a busy server (postgres)", () => {
  it("a poll that waits longer than pg-boss's default for a connection waits, logs nothing, and then works", async () => {
    expect(BOSS_CONNECTION_TIMEOUT_MS).toBeGreaterThan(PG_BOSS_DEFAULT_CONNECTION_TIMEOUT_MS + 5_000);
    // The pool's only connection busy for longer than pg-boss's default wait.
    const busySeconds = (PG_BOSS_DEFAULT_CONNECTION_TIMEOUT_MS + 3_000) / 1000;
    const busy = queue.boss.getDb().executeSql(`SELECT pg_sleep(${busySeconds})`);
    await queue.work(); // its first polls queue behind the busy connection
    await busy;
    await queue.send("test.pool-wait", { mark: "after the wait" });
    await vi.waitFor(() => expect(handled).toContain("after the wait"), { timeout: 30_000, interval: 100 });
    expect(logged.filter((line) => line.includes("pg-boss error"))).toEqual([]);
  }, 120_000);
});

describe(`pg-boss errors in the log (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("a worker's error (a plain object with its queue) is logged with its queue and kind, not 'undefined'", () => {
    const error = new Error("timeout exceeded when trying to connect");
    // As pg-boss's worker emits it (manager.js): the error spread into a plain object, so no `name`.
    const asEmitted = { ...error, message: error.message, stack: error.stack, queue: "mail.send", worker: "w1" };
    queue.boss.emit("error", asEmitted as unknown as Error);
    expect(logged.at(-1)).toBe("[jobs] pg-boss error in queue mail.send: Error: timeout exceeded when trying to connect");
    expect(bossErrorLine(Object.assign(new TypeError("bad"), { code: "42P01" }))).toBe("[jobs] pg-boss error: TypeError (42P01): bad");
  });
});
