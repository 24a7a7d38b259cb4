// A fresh, migrated database for one integration test file. Embedded PGlite (in memory) by
// default; with TEST_DATABASE_URL a new database is created on that PostgreSQL server and
// dropped afterwards. Truncate between tests with resetTestDb().
import crypto from "node:crypto";
import pg from "pg";
import { connectPglite, connectPostgres, type DbHandle } from "../db/client";
import { applyMigrations } from "../db/migrate";

export interface TestDb extends DbHandle {
  /** Which lane this file runs on, for test names. */
  lane: "pglite" | "postgres";
  /** The per-file database's connection string (postgres lane only): other processes can join. */
  url?: string;
}

function serverUrl(): string | undefined {
  // eslint-disable-next-line no-restricted-properties -- tests choose their lane from the environment
  return process.env.TEST_DATABASE_URL || undefined;
}

export async function createTestDb(): Promise<TestDb> {
  const base = serverUrl();
  if (!base) {
    const handle = await connectPglite();
    await applyMigrations(handle.adapterFactory);
    return { ...handle, lane: "pglite" };
  }
  const name = `sb_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await connectPostgres(url.toString(), 5);
  await applyMigrations(handle.adapterFactory);
  return {
    ...handle,
    lane: "postgres",
    url: url.toString(),
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** Empties every application table (not the migrations table), keeping the schema. */
export async function resetTestDb(handle: DbHandle): Promise<void> {
  const rows = await handle.db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length === 0) return;
  const list = rows.map((r) => `"public"."${r.tablename}"`).join(", ");
  await handle.db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
