// What one statement costs this process's CPU through Prisma (the app's client: $queryRaw over
// @prisma/adapter-pg) against the same statement on a bare `pg` pool and on the app's thin client
// (server/db/raw-sql.ts, which the hot path uses), and the same for a short transaction. The HTTP lane's CPU per lead (web and worker) is mostly client work per round trip,
// not SQL: this says how much of it is the client's. Sequential, one connection busy at a time, so
// the server's time is not in the CPU figure (it is in the wall figure).
import pg from "pg";
import type { DbHandle } from "../db/client";
import type { TRawSql } from "../db/raw-sql";
import { fmt } from "./stats";

const STATEMENTS = 2_000;
const TRANSACTIONS = 500;
const WARM_UP = 200;
const ms = (value: number) => `${fmt(value, 3)} ms`;

interface TCost {
  cpuMs: number;
  wallMs: number;
}

function cpuNowMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function costPer(times: number, run: (i: number) => Promise<unknown>): Promise<TCost> {
  for (let i = 0; i < WARM_UP; i++) await run(i);
  const cpu = cpuNowMs();
  const wall = performance.now();
  for (let i = 0; i < times; i++) await run(i);
  return { cpuMs: (cpuNowMs() - cpu) / times, wallMs: (performance.now() - wall) / times };
}

// A statement shaped like the hot path's: a few typed parameters in, one row with a json column out.
const SQL = `SELECT $1::text AS "id", $2::timestamptz AS "at", $3::jsonb AS "data"`;
const DATA = JSON.stringify({ outcome: "assigned", reasons: [{ code: "ROUND_ROBIN_NEXT" }] });
/** The same statement as SQL, through a client that speaks Prisma's raw dialect (Prisma, the thin client, a transaction of either). */
const statementOn = (client: Pick<TRawSql, "$queryRaw">, i: number) =>
  client.$queryRaw`SELECT ${`lead-${i}`}::text AS "id", ${new Date()}::timestamptz AS "at", ${DATA}::jsonb AS "data"`;

export async function runClientOverheadBench(server: DbHandle, url: string): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: url, max: 2, application_name: "bench-client-overhead" });
  try {
    const db = server.db;
    const prismaStatement = await costPer(STATEMENTS, (i) => statementOn(db, i));
    const pgStatement = await costPer(STATEMENTS, (i) => pool.query(SQL, [`lead-${i}`, new Date(), DATA]));
    const thinStatement = await costPer(STATEMENTS, (i) => statementOn(server.sql, i));
    const prismaTransaction = await costPer(TRANSACTIONS, (i) =>
      db.$transaction(async (tx) => {
        for (let s = 0; s < 3; s++) await statementOn(tx, i);
      }),
    );
    const thinTransaction = await costPer(TRANSACTIONS, (i) =>
      server.sql.transaction(async (tx) => {
        for (let s = 0; s < 3; s++) await statementOn(tx, i);
      }),
    );
    const pgTransaction = await costPer(TRANSACTIONS, async (i) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (let s = 0; s < 3; s++) await client.query(SQL, [`lead-${i}`, new Date(), DATA]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    });
    const ratio = (a: TCost, b: TCost) => `${(a.cpuMs / b.cpuMs).toFixed(1)}×`;
    return [
      `Client cost per statement in this process (CPU user + system, sequential; ${STATEMENTS.toLocaleString("en-US")} statements, ${TRANSACTIONS} transactions each)`,
      `  one statement:                Prisma $queryRaw ${ms(prismaStatement.cpuMs)} CPU (${ms(prismaStatement.wallMs)} wall) · pg pool.query ${ms(pgStatement.cpuMs)} CPU (${ms(pgStatement.wallMs)} wall) = ${ratio(prismaStatement, pgStatement)} · the app's thin client ${ms(thinStatement.cpuMs)} CPU = ${ratio(thinStatement, pgStatement)} of pg`,
      `  BEGIN, 3 statements, COMMIT: Prisma $transaction ${ms(prismaTransaction.cpuMs)} CPU (${ms(prismaTransaction.wallMs)} wall) · pg client ${ms(pgTransaction.cpuMs)} CPU (${ms(pgTransaction.wallMs)} wall) = ${ratio(prismaTransaction, pgTransaction)} · the app's thin client ${ms(thinTransaction.cpuMs)} CPU = ${ratio(thinTransaction, pgTransaction)} of pg`,
    ];
  } finally {
    await pool.end();
  }
}
