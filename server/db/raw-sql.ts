// The hot path's SQL client (issue 9): raw statements and short transactions straight on the
// database driver — the `pg` pool that Prisma itself uses on PostgreSQL, the PGlite instance on the
// embedded database — without Prisma's per-statement client work (0.5 ms of CPU a statement on
// this 2-core host against 0.1 ms for the same statement on `pg`: the bench's "client cost").
//
// It speaks Prisma's raw-query dialect, so code written for a Prisma transaction runs unchanged on
// it, and code written for it runs in a Prisma transaction too (a Prisma client or transaction is
// a TRawSql): `$queryRaw` with a tagged template or a Prisma.Sql, `$executeRaw`, and the Unsafe
// forms. Values travel and come back as through Prisma's adapters: a Date goes as UTC text without
// a zone (what the adapters send), and `timestamp` columns (Prisma's DateTime: UTC without zone)
// come back as Dates read as UTC — never in the process's local zone, `pg`'s default — int8 as
// bigint, numeric as Prisma.Decimal, date as a Date at UTC midnight, json as values. The parity
// test (raw-sql.int.test.ts) runs the same statements through both, on both databases.
//
// Errors are the driver's (a `pg` or PGlite DatabaseError with its SQLSTATE in `code`), not Prisma's
// P2010 wrapper: check them with isDatabaseError.
import type { PGlite, Transaction as TPgliteTransaction } from "@electric-sql/pglite";
import pg from "pg";
import { Prisma } from "./generated/client";

/** What hot-path code needs of a database: raw statements (a Prisma client or transaction fits too). */
export interface TRawSql {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T>;
  $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * How a transaction commits. `releaseLocksBeforeFlush`: for a transaction whose lock others queue
 * for (the workspace routing lock). It commits with synchronous_commit off, so its locks are
 * released and its rows visible as soon as the commit record is written, not once the WAL is on
 * disk; then, with the locks already free, it waits for the flush (waitForFlush: a transaction
 * that writes WAL commits durably, which flushes the WAL up to and past ours) before it returns. So a caller
 * that returns still answers only once its rows are durable, and another transaction that read
 * them commits after them in the WAL. On the embedded database (one connection) the commit is as
 * usual. `onCommitted`: called (and awaited) when COMMIT returned, before the flush (the lock's
 * release time).
 */
export interface TTransactionOptions {
  releaseLocksBeforeFlush?: boolean;
  onCommitted?: () => void | Promise<void>;
}

/** Raw statements outside a transaction, and transactions: the process's thin client. */
export interface TRawSqlPool extends TRawSql {
  transaction<T>(run: (tx: TRawSql) => Promise<T>, options?: TTransactionOptions): Promise<T>;
}

/**
 * The transaction committed (its locks are free, its rows visible), but whether its rows reached
 * the disk is unknown: the wait for the WAL flush failed (the connection or the server went away).
 * Never run the work again on this error: it may well be stored. Answer the caller with a failure
 * it can retry with its idempotency key.
 */
export class CommitUnconfirmedError extends Error {
  constructor(cause: unknown) {
    super(`The transaction committed, but its flush to disk was not confirmed (${errorLabel(cause)})`, { cause });
    this.name = "CommitUnconfirmedError";
  }
}

/** A transaction's statements may run this long (Prisma's interactive transactions here: 20 s). */
const STATEMENT_TIMEOUT_MS = 20_000;

/** Postgres type ids whose text the drivers would read otherwise than Prisma does. */
const OID = { int8: 20, date: 1082, timestamp: 1114, numeric: 1700 } as const;

/** `timestamp` text (no zone) as the UTC instant it stores. */
function utcTimestamp(text: string): Date {
  return new Date(`${text.replace(" ", "T")}Z`);
}

const PARSERS: Record<number, (text: string) => unknown> = {
  [OID.int8]: (text) => BigInt(text),
  [OID.date]: (text) => new Date(`${text}T00:00:00Z`),
  [OID.timestamp]: utcTimestamp,
  [OID.numeric]: (text) => new Prisma.Decimal(text),
};

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A Date as Prisma's adapters send it: UTC, no zone ("2026-12-02 02:18:08.123"). */
function formatUtc(date: Date): string {
  const ms = date.getUTCMilliseconds();
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ""}`;
}

/** A parameter as Prisma's raw queries send it. */
export function toDriverValue(value: unknown): unknown {
  if (value instanceof Date) return formatUtc(value);
  if (typeof value === "bigint") return value.toString();
  if (Prisma.Decimal.isDecimal(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value instanceof Uint8Array) return value;
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value;
}

type TRun = (text: string, values: unknown[]) => Promise<{ rows: unknown[]; count: number }>;

function rawSqlOver(run: TRun): TRawSql {
  const statement = (query: TemplateStringsArray | Prisma.Sql, values: unknown[]) => (query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values));
  return {
    async $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      const sql = statement(query, values);
      return (await run(sql.text, sql.values)).rows as T;
    },
    async $executeRaw(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
      const sql = statement(query, values);
      return (await run(sql.text, sql.values)).count;
    },
    async $queryRawUnsafe<T>(query: string, ...values: unknown[]) {
      return (await run(query, values)).rows as T;
    },
    async $executeRawUnsafe(query: string, ...values: unknown[]) {
      return (await run(query, values)).count;
    },
  };
}

const pgTypes = { getTypeParser: (oid: number, format?: "text" | "binary") => PARSERS[oid] ?? pg.types.getTypeParser(oid, format) } as pg.CustomTypesConfig;

/**
 * Named (prepared) statements for the texts this process sends again and again, as JDBC's
 * prepareThreshold does: from a text's PREPARE_AFTER-th use on, it runs as a prepared statement
 * on each connection, so PostgreSQL parses it once per connection and, once its generic plan is as
 * good as the custom ones, stops planning it (the intake's, the routing write's and the lead
 * resource's statements took ~10 ms of planning per lead at 16-way before). Texts that change
 * with their input (a batch's row count) stay unnamed past MAX_PREPARED distinct texts, and the
 * texts counted are bounded too. Behind a pooler in transaction mode, PgBouncer needs 1.21 or
 * later with max_prepared_statements set.
 */
export class StatementNames {
  static readonly PREPARE_AFTER = 3;
  static readonly MAX_PREPARED = 200;
  static readonly MAX_COUNTED = 10_000;
  private readonly uses = new Map<string, number>();
  private readonly names = new Map<string, string>();

  /** The name to prepare `text` under, or undefined to send it unnamed this time. */
  nameOf(text: string): string | undefined {
    const named = this.names.get(text);
    if (named) return named;
    const uses = (this.uses.get(text) ?? 0) + 1;
    if (uses < StatementNames.PREPARE_AFTER) {
      if (this.uses.size < StatementNames.MAX_COUNTED || this.uses.has(text)) this.uses.set(text, uses);
      return undefined;
    }
    if (this.names.size >= StatementNames.MAX_PREPARED) return undefined;
    const name = `sb_${this.names.size + 1}`;
    this.names.set(text, name);
    this.uses.delete(text);
    return name;
  }
}

function pgRun(client: pg.Pool | pg.PoolClient, names: StatementNames): TRun {
  return async (text, values) => {
    const name = names.nameOf(text);
    const result = await client.query({ text, values: values.map(toDriverValue), types: pgTypes, ...(name ? { name } : {}) });
    return { rows: result.rows, count: result.rowCount ?? 0 };
  };
}

/** The thin client on a `pg` pool (the one Prisma's adapter uses: one pool per process). */
export function rawSqlOnPool(pool: pg.Pool): TRawSqlPool {
  const names = new StatementNames();
  let flushAllowed: Promise<boolean> | null = null;
  return {
    ...rawSqlOver(pgRun(pool, names)),
    async transaction<T>(run: (tx: TRawSql) => Promise<T>, options: TTransactionOptions = {}): Promise<T> {
      const releaseEarly =
        options.releaseLocksBeforeFlush === true &&
        (await (flushAllowed ??= canWaitForFlush(pool).catch((error: unknown) => {
          flushAllowed = null; // not an answer (the database was unreachable): ask again next time
          throw error;
        })));
      const client = await pool.connect();
      let broken: Error | undefined;
      let committed = false;
      // A connection lost between statements (e.g. terminated right after COMMIT) is reported as an
      // 'error' event on the checked-out client: without a listener it would crash the process. The
      // next statement then fails, and the client is discarded on release.
      const onLost = (error: Error) => {
        broken = error;
      };
      client.on("error", onLost);
      try {
        await client.query(`BEGIN; SET LOCAL statement_timeout = ${STATEMENT_TIMEOUT_MS}${releaseEarly ? "; SET LOCAL synchronous_commit = off" : ""}`);
        const result = await run(rawSqlOver(pgRun(client, names)));
        await client.query("COMMIT");
        committed = true;
        await options.onCommitted?.();
        if (releaseEarly) await waitForFlush(client);
        return result;
      } catch (error) {
        if (committed) {
          broken = error instanceof Error ? error : new Error(String(error));
          throw new CommitUnconfirmedError(error);
        }
        await client.query("ROLLBACK").catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.off("error", onLost);
        client.release(broken);
      }
    },
  };
}

/**
 * Waits until the WAL written so far is on disk: a transaction that writes WAL commits durably
 * (synchronous_commit is on outside the routing transaction), and its flush covers every commit
 * record before its own. The smallest such write is a transactional logical-decoding message (a
 * few dozen bytes of WAL, no table touched; a decoding consumer sees it under this prefix).
 * Taking a transaction id alone is not enough: a commit that wrote no other WAL is not flushed.
 */
const FLUSH = "SELECT pg_logical_emit_message(true, 'switchboard.flush', '')";

async function waitForFlush(client: pg.PoolClient): Promise<void> {
  await client.query(FLUSH);
}

/**
 * Whether this database lets us wait for a flush (pg_logical_emit_message is executable by
 * everyone on stock PostgreSQL 9.6+; a managed host may revoke it): asked once per pool, before
 * the first transaction that would rely on it. Without it, such transactions commit durably, as
 * every other transaction does.
 */
async function canWaitForFlush(pool: pg.Pool): Promise<boolean> {
  try {
    await pool.query(FLUSH);
    return true;
  } catch (error) {
    // Refused (42501) or missing (42883): an answer. Anything else is not one.
    if (!isDatabaseError(error, "42501") && !isDatabaseError(error, "42883")) throw error;
    console.warn(`[db] waiting for a WAL flush is not allowed here (${errorLabel(error)}): the routing transaction commits durably under its lock`);
    return false;
  }
}

function pgliteRun(db: PGlite | TPgliteTransaction): TRun {
  return async (text, values) => {
    const result = await db.query(text, values.map(toDriverValue), { parsers: PARSERS });
    return { rows: result.rows, count: result.affectedRows ?? 0 };
  };
}

/** The thin client on the embedded database (its transactions queue behind Prisma's on PGlite's one connection). */
export function rawSqlOnPglite(pglite: PGlite): TRawSqlPool {
  return {
    ...rawSqlOver(pgliteRun(pglite)),
    transaction: async <T>(run: (tx: TRawSql) => Promise<T>, options: TTransactionOptions = {}) => {
      const result = await pglite.transaction((tx) => run(rawSqlOver(pgliteRun(tx))));
      await options.onCommitted?.();
      return result;
    },
  };
}

/** A Prisma client as a TRawSqlPool (a client opened without connect*: its own $transaction). */
export function rawSqlOnPrisma(db: TRawSql & { $transaction<T>(run: (tx: TRawSql) => Promise<T>, options?: object): Promise<T> }): TRawSqlPool {
  return {
    $queryRaw: (query, ...values) => db.$queryRaw(query, ...values),
    $executeRaw: (query, ...values) => db.$executeRaw(query, ...values),
    $queryRawUnsafe: (query, ...values) => db.$queryRawUnsafe(query, ...values),
    $executeRawUnsafe: (query, ...values) => db.$executeRawUnsafe(query, ...values),
    transaction: async (run, options = {}) => {
      const result = await db.$transaction((tx) => run(tx));
      await options.onCommitted?.();
      return result;
    },
  };
}

/**
 * A model's columns, quoted, for a raw SELECT that gives what Prisma's find would: never `SELECT *`
 * (a prepared statement's result may not change shape when a migration adds a column).
 */
export function columnsOf(fields: Record<string, string>): Prisma.Sql {
  return Prisma.raw(Object.values(fields).map((name) => `"${name}"`).join(", "));
}

/** What to log of a failed statement without its data: the SQLSTATE (or Prisma's code) and the error's class, e.g. "23505 (error)". */
export function errorLabel(error: unknown): string {
  const { code, name } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; name?: unknown };
  const kind = typeof name === "string" ? name : "error";
  return typeof code === "string" ? `${code} (${kind})` : kind;
}

/** SQLSTATE 22021, "invalid byte sequence for encoding UTF8: 0x00": a statement carried a NUL character. */
export const NUL_SQLSTATE = "22021";

/** A database error with this SQLSTATE, from the thin client or from Prisma (P2010 / P2002). */
export function isDatabaseError(error: unknown, sqlState: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } };
  return code === sqlState || meta?.driverAdapterError?.cause?.originalCode === sqlState;
}
