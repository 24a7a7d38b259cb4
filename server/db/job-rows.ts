// What a service or the mail outbox needs to write a job row: a queue that can `send` a named
// job with its payload, inside the caller's transaction. Services and mail name their jobs and
// payloads; the handlers are bound at the edge (server/workers/registry.ts), so neither imports
// the job infrastructure (server/jobs) and the job registry never becomes an import circle.
// The app's pg-boss queue (server/jobs/job-queue.ts) and every test queue fit this shape.
import type { Prisma } from "./generated/client";
import type { TRawSql } from "./raw-sql";

export interface TJobRowOptions {
  /** Enqueue inside this transaction: a rollback drops the job. */
  tx?: TRawSql;
  /** Run no earlier than this time (a Date) or this many seconds from now. */
  startAfter?: Date | number;
  /** At most one queued job with this key per job name. */
  singletonKey?: string;
}

/** (name, payload, options) for one of the jobs, as a union per name. */
export type TJobRowArgs<TJobs extends object> = { [TName in keyof TJobs & string]: [name: TName, data: TJobs[TName], opts?: TJobRowOptions] }[keyof TJobs & string];

export interface TJobSender<TJobs extends object> {
  /** Makes sure the queue is ready (before a transaction opens: PGlite is one connection). */
  start(): Promise<void>;
  send(...args: TJobRowArgs<TJobs>): Promise<string>;
}

/** Several jobs, of any names, for one statement (sendAll): (name, payload, startAfter). */
export type TJobRowsArgs<TJobs extends object> = { [TName in keyof TJobs & string]: [name: TName, data: TJobs[TName], opts?: { startAfter?: Date | number }] }[keyof TJobs & string];

/**
 * Job rows as parts of the caller's own statement (rowsSql): its CTEs, and the columns its final
 * SELECT must name (the rows' ids, as `${name}0`…, and the wake-ups, which run only when named).
 */
export interface TJobRowsSql {
  ctes: Prisma.Sql;
  columns: Prisma.Sql;
}

/** A queue that can also write several job rows in one statement (the app's pg-boss queue). */
export interface TJobBatchSender<TJobs extends object> {
  sendAll?(rows: TJobRowsArgs<TJobs>[], opts: { tx: TRawSql }): Promise<string[]>;
  /**
   * The rows sendAll writes, as CTEs named `${name}0`, `${name}1`… for the caller's statement,
   * written only when `onlyIf` holds in it (e.g. a claim's CTE returned a row): one statement, so
   * atomic without a transaction.
   */
  rowsSql?(rows: TJobRowsArgs<TJobs>[], opts: { name: string; onlyIf?: Prisma.Sql }): Promise<TJobRowsSql>;
}

/**
 * Writes the job rows inside `tx`: in one statement when the queue can (the app's), else one
 * send each (a test's queue). Same rows either way.
 */
export async function sendJobRows<TJobs extends object>(queue: TJobSender<TJobs> & TJobBatchSender<TJobs>, rows: TJobRowsArgs<TJobs>[], tx: TRawSql): Promise<string[]> {
  if (queue.sendAll && rows.length > 1) return queue.sendAll(rows, { tx });
  const ids: string[] = [];
  for (const [name, data, opts] of rows) ids.push(await queue.send(...([name, data, { ...opts, tx }] as unknown as TJobRowArgs<TJobs>)));
  return ids;
}
