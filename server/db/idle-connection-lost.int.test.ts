// A PostgreSQL server that drops an idle connection of the app's pool (a restart, a failover, an
// idle timeout, pg_terminate_backend) must not take the process down: the next query reconnects.
// Before the fix, a pool used only by the thin client (the intake's path) had no 'error' listener,
// and the dropped connection's error event crashed the process. PostgreSQL lane only: PGlite is
// one in-process connection that nobody else can terminate.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, type DbHandle } from "./client";
import { serverPoolOf } from "./server-pool";
import { createTestDb, type TestDb } from "../testing/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.close());

/** Waits until the pool has discarded the dropped connection (its error was handled). */
async function connectionDiscarded(pool: pg.Pool, before: number): Promise<void> {
  while (pool.totalCount >= before) await new Promise((resolve) => setImmediate(resolve));
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("an idle connection dropped by the server (PostgreSQL lane)", () => {
  let app: DbHandle;
  beforeAll(async () => {
    app = await connectPostgres(testDb.url!, 2);
  });
  afterAll(() => app?.close());

  it.each([
    ["the thin client alone (the intake's path, before Prisma ever connects)", "sql"],
    ["Prisma and the thin client on the one pool", "prisma"],
  ] as const)("%s: the process survives and the next query reconnects", async (_name, via) => {
    const run = <T>(text: string) => (via === "sql" ? app.sql.$queryRawUnsafe<T>(text) : app.db.$queryRawUnsafe<T>(text));
    const pool = serverPoolOf(app.adapterFactory)!.pool as unknown as pg.Pool;
    const { pid } = (await run<{ pid: number }[]>("SELECT pg_backend_pid() AS pid"))[0]!;
    const open = pool.totalCount;
    expect(pool.idleCount).toBe(open); // the connection is back in the pool, idle
    await testDb.sql.$queryRawUnsafe(`SELECT pg_terminate_backend($1)`, pid);
    await connectionDiscarded(pool, open);
    const { next } = (await run<{ next: number }[]>("SELECT pg_backend_pid() AS next"))[0]!;
    expect(next).not.toBe(pid);
  });
});
