// One Prisma schema, two databases: a PostgreSQL server when DATABASE_URL is set, otherwise
// embedded PGlite persisted in PGLITE_DIR. Opened lazily (never at import time: `next build`
// imports modules in several processes) and cached on globalThis (dev hot reload re-imports).
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "../env";
import { PrismaClient } from "./generated/client";
import { openPglite } from "./open-pglite";
import { rawSqlOnPglite, rawSqlOnPool, rawSqlOnPrisma, type TRawSqlPool } from "./raw-sql";
import { rememberServerPool } from "./server-pool";

export type Db = PrismaClient;

/**
 * Interactive transactions may wait up to 10 s to start and run up to 20 s (Prisma's defaults are
 * 2 s and 5 s). Routing serialises a workspace's decisions behind one advisory lock, so a burst of
 * submissions queues; past these limits a submission still stores its lead and routes it in a job.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
export type DbTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** Set on the embedded database: pg-boss and migrations share this one connection. */
  pglite?: PGlite;
  connectionString?: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The hot path's thin client on the same connections (raw-sql.ts). */
  sql: TRawSqlPool;
  close: () => Promise<void>;
}

// Each client's thin client, for code that is handed the Prisma client (rawSqlOf).
const rawSqlByClient = new WeakMap<Db, TRawSqlPool>();

/** The thin client beside this Prisma client: on its pool or PGlite instance; a client opened elsewhere gets its own $transaction. */
export function rawSqlOf(db: Db): TRawSqlPool {
  let sql = rawSqlByClient.get(db);
  if (!sql) {
    sql = rawSqlOnPrisma(db);
    rawSqlByClient.set(db, sql);
  }
  return sql;
}

export async function connectPostgres(connectionString: string, poolSize = 10): Promise<DbHandle> {
  // One pool for both clients: Prisma's adapter and the thin client (raw-sql.ts) share its connections.
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: TRANSACTION_OPTIONS.maxWait });
  // An idle connection the server drops (a restart, a failover, an idle timeout, a terminated
  // backend) is reported as an 'error' event on the pool. Prisma listens only while its client is
  // connected, and the thin client below may be the only user, so without this listener the
  // process crashed; now the connection is discarded and the next query opens a new one.
  pool.on("error", (error: Error & { code?: string }) => {
    console.warn(`[db] idle PostgreSQL connection lost (${error.code ?? error.name}): ${error.message}`);
  });
  const adapterFactory = new PrismaPg(pool);
  rememberServerPool(adapterFactory, { pool, connectionString });
  const db = new PrismaClient({ adapter: adapterFactory, transactionOptions: TRANSACTION_OPTIONS });
  const sql = rawSqlOnPool(pool);
  rawSqlByClient.set(db, sql);
  const close = async () => {
    await db.$disconnect();
    await pool.end();
  };
  return { db, kind: "postgres", connectionString, adapterFactory, sql, close };
}

export async function connectPglite(dataDir?: string): Promise<DbHandle> {
  const { pglite, close } = await openPglite(dataDir);
  const adapterFactory = new PrismaPGlite(pglite);
  const db = new PrismaClient({ adapter: adapterFactory, transactionOptions: TRANSACTION_OPTIONS });
  const sql = rawSqlOnPglite(pglite);
  rawSqlByClient.set(db, sql);
  return {
    db,
    kind: "pglite",
    pglite,
    adapterFactory,
    sql,
    close: async () => {
      await db.$disconnect();
      await close();
    },
  };
}

/** The configured database for this process. */
export function connectConfigured(): Promise<DbHandle> {
  const { DATABASE_URL, PGLITE_DIR, DB_POOL_SIZE } = env();
  return DATABASE_URL
    ? connectPostgres(DATABASE_URL, DB_POOL_SIZE)
    : connectPglite(path.resolve(PGLITE_DIR));
}

const globalForDb = globalThis as unknown as { __switchboardDb?: Promise<DbHandle> };

/** The process-wide database handle, opened on first use. */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__switchboardDb ??= connectConfigured().catch((error: unknown) => {
    globalForDb.__switchboardDb = undefined;
    throw error;
  });
  return globalForDb.__switchboardDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
