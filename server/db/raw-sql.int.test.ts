// The thin client (raw-sql.ts) gives what Prisma's raw queries give, on both databases: the same
// statements, the same parameters, the same values back — also when the process's time zone is not
// UTC (pg reads `timestamp` text as local time by default). And its transactions commit, roll back,
// and report a unique violation as the intake expects.
import { afterEach, describe, expect, it } from "vitest";
import { isUniqueViolation } from "../services/submissions/lead-history";
import { useTestDb } from "../testing/use-test-db";
import { Prisma } from "./generated/client";
import { CommitUnconfirmedError, type TRawSql } from "./raw-sql";

const testDb = useTestDb();
const zoneBefore = process.env.TZ;

afterEach(() => {
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

const at = new Date("2026-12-02T02:18:08.123Z");

// One statement per kind of value the hot path sends or reads.
const STATEMENTS: { name: string; run: (db: TRawSql) => Promise<unknown> }[] = [
  { name: "a timestamp column (Prisma's DateTime) and its parameter", run: (db) => db.$queryRaw`SELECT '2026-12-02 02:18:08.123'::timestamp AS "fixed", ${at}::timestamp AS "sent", ${at.toISOString()}::timestamptz AT TIME ZONE 'UTC' AS "iso"` },
  { name: "timestamptz and date", run: (db) => db.$queryRaw`SELECT ${at}::timestamptz AS "instant", '2026-12-02'::date AS "day"` },
  { name: "numbers: int, int8, numeric, float", run: (db) => db.$queryRaw`SELECT 3::int AS "int", 12345678901234::int8 AS "big", count(*) AS "count", 1.50::numeric AS "money", 2.5::float8 AS "float", ${BigInt(42)}::int8 AS "sentBig"` },
  { name: "json, jsonb and a JSON parameter", run: (db) => db.$queryRaw`SELECT '{"a":[1,"b"]}'::json AS "json", ${JSON.stringify({ outcome: "assigned", n: 2 })}::jsonb AS "sent", 'null'::jsonb AS "jsonNull"` },
  { name: "text, boolean, null and arrays", run: (db) => db.$queryRaw`SELECT 'x'::text AS "text", ${true}::boolean AS "yes", NULL::text AS "none", ${["a", "b"]}::text[] AS "list", ARRAY[1,2]::int[] AS "ints"` },
  { name: "a composed Prisma.Sql", run: (db) => db.$queryRaw(Prisma.sql`SELECT ${"id-1"}::text AS "id" WHERE ${Prisma.sql`${1}::int = 1`}`) },
  { name: "the Unsafe forms", run: async (db) => [await db.$queryRawUnsafe(`SELECT $1::text AS "a", $2::int AS "b"`, "one", 2), await db.$executeRawUnsafe(`SELECT 1 UNION ALL SELECT 2`)] },
  { name: "rows changed", run: (db) => db.$executeRaw`UPDATE "Workspace" SET "name" = "name" WHERE "id" = ${"nothing"}` },
];

describe("the thin SQL client", () => {
  for (const zone of ["UTC", "America/New_York", "Asia/Kolkata"]) {
    it.each(STATEMENTS)(`returns what Prisma returns: $name (TZ=${zone})`, async ({ run }) => {
      process.env.TZ = zone;
      const viaPrisma = await run(testDb.db);
      const viaThin = await run(testDb.sql);
      const inTransaction = await testDb.sql.transaction((tx) => run(tx));
      expect(viaThin).toEqual(viaPrisma);
      expect(inTransaction).toEqual(viaPrisma);
    });
  }

  it("reads a timestamp as the UTC instant it stores, whatever the process's zone", async () => {
    process.env.TZ = "America/Los_Angeles";
    const [row] = await testDb.sql.$queryRaw<{ fixed: Date; sent: Date }[]>`SELECT '2026-12-02 02:18:08.123'::timestamp AS "fixed", ${at}::timestamp AS "sent"`;
    expect(row!.fixed.toISOString()).toBe("2026-12-02T02:18:08.123Z");
    expect(row!.sent.toISOString()).toBe("2026-12-02T02:18:08.123Z");
  });

  // PGlite has no server-side prepared statements to reuse across calls; PostgreSQL does.
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))("prepares a statement it sends again and again, once per connection, and its answers stay right", async () => {
    const prepared = await testDb.sql.transaction(async (tx) => {
      const answers: unknown[] = [];
      for (let i = 0; i < 6; i++) answers.push(await tx.$queryRaw`SELECT ${i}::int AS "i", ${at}::timestamp AS "at" /* prepared-statement test */`);
      const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM pg_prepared_statements WHERE statement LIKE '%prepared-statement test%' AND statement NOT LIKE '%pg_prepared_statements%'`;
      return { answers, n: row!.n };
    });
    expect(prepared.n).toBe(1);
    expect(prepared.answers).toEqual(Array.from({ length: 6 }, (_, i) => [{ i, at }]));
  });

  it("commits a transaction, and rolls one back when its work throws (nothing half-written)", async () => {
    const workspace = (db: TRawSql, id: string) => db.$executeRaw`INSERT INTO "Workspace" ("id", "name", "slug", "createdAt", "updatedAt") VALUES (${id}, ${id}, ${id}, ${at}, ${at})`;
    await testDb.sql.transaction((tx) => workspace(tx, "ws-kept"));
    await expect(
      testDb.sql.transaction(async (tx) => {
        await workspace(tx, "ws-gone");
        throw new Error("later step failed");
      }),
    ).rejects.toThrow("later step failed");
    const rows = await testDb.db.workspace.findMany({ select: { id: true, createdAt: true }, orderBy: { id: "asc" } });
    expect(rows).toEqual([{ id: "ws-kept", createdAt: at }]);
    // The pool (or PGlite) is usable after the rollback, and a duplicate is the intake's unique violation.
    const duplicate = await workspace(testDb.sql, "ws-kept").catch((error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    const inTransaction = await testDb.sql.transaction((tx) => workspace(tx, "ws-kept")).catch((error: unknown) => error);
    expect(isUniqueViolation(inTransaction)).toBe(true);
  });

  // The intake's routing transaction (releaseLocksBeforeFlush): its lock is free once the commit
  // record is written, and it returns once the WAL is on disk. PostgreSQL only: the embedded
  // database has one connection, and commits as usual there.
  describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("a transaction that releases its locks before the flush", () => {
    const workspace = (db: TRawSql, id: string) => db.$executeRaw`INSERT INTO "Workspace" ("id", "name", "slug", "createdAt", "updatedAt") VALUES (${id}, ${id}, ${id}, ${at}, ${at})`;
    const setting = async (tx: TRawSql) => ((await tx.$queryRaw<{ value: string }[]>`SELECT current_setting('synchronous_commit') AS "value"`)[0]!.value);
    const lockKey = 918_273_645;

    it("commits without waiting for the disk, frees its lock at COMMIT, and returns only after the WAL is flushed", async () => {
      const seen: { inside?: string; lockFreeAtCommit?: boolean; insertLsnAtCommit?: string } = {};
      await testDb.sql.transaction(
        async (tx) => {
          seen.inside = await setting(tx);
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(${lockKey})`;
          await workspace(tx, "ws-async");
        },
        {
          releaseLocksBeforeFlush: true,
          onCommitted: async () => {
            const [row] = await testDb.sql.$queryRaw<{ free: boolean; lsn: string }[]>`SELECT pg_try_advisory_lock(${lockKey}) AS "free", pg_current_wal_insert_lsn()::text AS "lsn"`;
            await testDb.sql.$queryRaw`SELECT pg_advisory_unlock_all()`;
            seen.lockFreeAtCommit = row!.free;
            seen.insertLsnAtCommit = row!.lsn;
          },
        },
      );
      const [flushed] = await testDb.sql.$queryRaw<{ covered: boolean }[]>`SELECT pg_current_wal_flush_lsn() >= ${seen.insertLsnAtCommit}::pg_lsn AS "covered"`;
      expect(seen).toEqual({ inside: "off", lockFreeAtCommit: true, insertLsnAtCommit: expect.any(String) });
      expect(flushed!.covered).toBe(true);
      expect(await testDb.db.workspace.count({ where: { id: "ws-async" } })).toBe(1);
      // Every other transaction commits durably as before.
      expect(await testDb.sql.transaction((tx) => setting(tx))).toBe("on");
    });

    it("says the commit is unconfirmed, never that it failed, when the flush cannot be waited for (the row may be stored)", async () => {
      let pid = 0;
      const outcome = await testDb.sql
        .transaction(
          async (tx) => {
            pid = (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS "pid"`)[0]!.pid;
            await workspace(tx, "ws-unconfirmed");
          },
          {
            releaseLocksBeforeFlush: true,
            // Terminated and gone before the flush is sent: the client hears of it as an 'error' event between statements (which must not crash the process).
            onCommitted: async () => {
              await testDb.sql.$queryRaw`SELECT pg_terminate_backend(${pid}, 5000)`;
            },
          },
        )
        .catch((error: unknown) => error);
      expect(outcome).toBeInstanceOf(CommitUnconfirmedError);
      expect(await testDb.db.workspace.count({ where: { id: "ws-unconfirmed" } })).toBe(1);
      // The broken connection left the pool: the next transaction works.
      expect(await testDb.sql.transaction((tx) => setting(tx))).toBe("on");
    });
  });
});
