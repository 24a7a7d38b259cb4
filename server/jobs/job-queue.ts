// Durable jobs on pg-boss 12, stored in the app's own database (schema "pgboss"). Embedded PGlite:
// pg-boss shares the app's one PGlite connection (so workers must run in this process). Server:
// pg-boss opens its own small pool on the same connection string.
import { PgBoss, fromPglite, fromPrisma, type JobWithMetadata } from "pg-boss";
// The INSERT that boss.send itself runs (pg-boss 12.38, pinned): sendAll puts several in one
// statement; and the NOTIFY that send() adds to wake a queue's workers.
import { insertJobs, notifyQueue } from "pg-boss/dist/plans.js";
import type { DbHandle } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { TJobRowsSql } from "../db/job-rows";
import type { TRawSql } from "../db/raw-sql";
import { retryPolicyOf, type TJobDefinitions, type TJobPayload, type TJobRunContext } from "./define-job";

export interface TJobQueueOptions<TDefs extends TJobDefinitions> {
  definitions: TDefs;
  /** How often an idle worker polls for jobs, in seconds (>= 0.5). */
  pollingIntervalSeconds?: number;
  /** Parallel jobs per job name in this process. */
  concurrency?: number;
  /** Pool size of pg-boss's own connections (server only). */
  maxConnections?: number;
  instanceName?: string;
  /** Wake workers by LISTEN/NOTIFY (default true); false: each worker polls at its own interval only. */
  listenNotify?: boolean;
}

export interface TSendOptions {
  /**
   * Enqueue inside this transaction (Prisma's or the thin client's): a rollback drops the job. Always pass it when a
   * transaction is open: on PGlite a send outside it waits for the transaction to end.
   */
  tx?: TRawSql;
  /** Run no earlier than this time (a Date) or this many seconds from now. */
  startAfter?: Date | number;
  /** At most one queued job with this key per job name. */
  singletonKey?: string;
}

export interface TJobQueue<TDefs extends TJobDefinitions> {
  readonly handle: DbHandle;
  readonly definitions: TDefs;
  readonly boss: PgBoss;
  /** Installs/migrates pg-boss's schema and creates (or updates) every defined queue. Idempotent. */
  start(): Promise<void>;
  /** Stops polling, waits for running handlers (up to 10 s) and releases pg-boss's connections. */
  stop(): Promise<void>;
  send<TName extends keyof TDefs & string>(name: TName, data: TJobPayload<TDefs, TName>, opts?: TSendOptions): Promise<string>;
  /**
   * Several jobs (of any names) in ONE statement inside the caller's transaction: the rows send()
   * writes one statement each (same columns, the queue's policy), e.g. an assignment's timers. No
   * singleton keys (a skipped row could not be told apart); their ids in order.
   */
  sendAll(rows: readonly TJobRow[], opts: { tx: TRawSql }): Promise<string[]>;
  /**
   * The same rows as CTEs of the caller's own statement (`${name}0`…), written only when `onlyIf`
   * holds there; the caller's final SELECT names `columns` (ids and wake-ups). See server/db/job-rows.ts.
   */
  rowsSql(rows: readonly TJobRow[], opts: { name: string; onlyIf?: Prisma.Sql }): Promise<TJobRowsSql>;
  /** Registers the handlers of the given job names (all defined ones by default) and starts working. */
  work(names?: (keyof TDefs & string)[]): Promise<void>;
  /**
   * Runs the jobs of `name` that are due now, in this process, and returns how many ran (failures
   * are recorded for retry as usual). For tests and one-off commands; servers use work().
   */
  runDue(name: keyof TDefs & string): Promise<number>;
}

/** One job for sendAll: (name, payload, startAfter); the payload is checked by the job's schema. */
export type TJobRow = readonly [name: string, data: unknown, opts?: { startAfter?: Date | number }];

const BOSS_SCHEMA = "pgboss";

/**
 * Workers are woken by LISTEN/NOTIFY (pg-boss's useListenNotify; every queue has `notify` on): a
 * job that is due at once wakes its workers the moment its transaction commits, in this process or
 * any other on the same database. Polling stays as the backstop, every NOTIFY_BACKSTOP_SECONDS (or
 * the job's own interval when that is longer): it finds the jobs that were scheduled for later
 * (timers, retries, an admin's retry: no NOTIFY for those) and anything a lost notification
 * missed. Before, 26 worker slots polled every 0.5–2 s: ~40 fetches a second per idle process
 * (about a tenth of a core on the embedded database); now ~13. 2 s, not more: a retry waits for
 * it (5 s made a 3-attempt mail retry take 15 s).
 * Where LISTEN cannot work (PgBouncer in transaction-pooling mode) JOBS_LISTEN_NOTIFY=false turns it
 * off and each worker polls at its own interval (0.5–2 s), as before; where it is refused, pg-boss
 * warns and does the same.
 */
export const NOTIFY_BACKSTOP_SECONDS = 2;

/**
 * How long a pg-boss statement may wait for one of its pool's connections (server database), in ms.
 * The pool is small (4) and shared by every worker slot (26 in the app): a slot's poll queues for a
 * connection, and on a busy host — the app starting, migrations, Next.js compiling — the first polls
 * waited longer than pg-boss's default 10 s and failed with "timeout exceeded when trying to
 * connect" (logged, then the next poll worked). Waiting its turn is not a failure: 30 s. An
 * unreachable server still fails at once (connection refused) or after this.
 */
export const BOSS_CONNECTION_TIMEOUT_MS = 30_000;

/**
 * One log line for pg-boss's 'error' event: its kind, code and message, and the queue when a worker
 * raised it — never the payload. A worker's error arrives as a plain object (`{ ...error, message,
 * stack, queue }`: no `name`), which printed as "undefined: …".
 */
export function bossErrorLine(error: { name?: unknown; code?: unknown; message?: unknown; queue?: unknown }): string {
  const kind = typeof error.name === "string" && error.name ? error.name : "Error";
  const code = typeof error.code === "string" && error.code ? ` (${error.code})` : "";
  const queue = typeof error.queue === "string" ? ` in queue ${error.queue}` : "";
  return `[jobs] pg-boss error${queue}: ${kind}${code}: ${String(error.message)}`;
}

function newBoss(handle: DbHandle, maxConnections: number, instanceName: string | undefined, useListenNotify: boolean): PgBoss {
  const common = { schedule: false, instanceName, useListenNotify };
  if (handle.kind === "pglite") {
    if (!handle.pglite) throw new Error("Embedded database handle without its PGlite instance");
    return new PgBoss({ ...common, db: fromPglite(handle.pglite), backend: "pglite" });
  }
  if (!handle.connectionString) throw new Error("Server database handle without a connection string");
  return new PgBoss({ ...common, connectionString: handle.connectionString, max: maxConnections, connectionTimeoutMillis: BOSS_CONNECTION_TIMEOUT_MS });
}

export function createJobQueue<TDefs extends TJobDefinitions>(
  handle: DbHandle,
  options: TJobQueueOptions<TDefs>,
): TJobQueue<TDefs> {
  const { definitions, pollingIntervalSeconds = 2, concurrency = 1, maxConnections = 4, listenNotify = true } = options;
  const boss = newBoss(handle, maxConnections, options.instanceName, listenNotify);
  // An 'error' event without a listener would crash the process. Log the kind, not the payload.
  boss.on("error", (error: Error & { code?: string; queue?: string }) => console.error(bossErrorLine(error)));
  let starting: Promise<void> | undefined;
  let isStarted = false;
  const working = new Set<string>();
  /** Each queue's job table, as pg-boss's own send() caches it (a queue's table never changes). */
  const tables = new Map<string, { table: string; notify: boolean }>();
  async function tableOf(name: string) {
    let found = tables.get(name);
    if (!found) {
      const info = await boss.getQueue(name);
      if (!info) throw new Error(`Queue ${name} does not exist`);
      found = { table: info.table, notify: !!info.notify };
      tables.set(name, found);
    }
    return found;
  }

  function definitionOf(name: string) {
    const definition = definitions[name];
    if (!definition) throw new Error(`Unknown job "${name}": add it to server/jobs/registry.ts`);
    return definition;
  }

  async function ensureQueues(): Promise<void> {
    for (const [name, definition] of Object.entries(definitions)) {
      const policy = { ...retryPolicyOf(definition), notify: true };
      if (await boss.getQueue(name)) await boss.updateQueue(name, { retryDelayMax: null, ...policy });
      else await boss.createQueue(name, policy);
      // Read now, not inside a caller's transaction (on PGlite, one connection, that would wait for it).
      tables.delete(name);
      await tableOf(name);
    }
  }

  async function runJob(name: string, job: JobWithMetadata<unknown>): Promise<void> {
    const definition = definitionOf(name);
    const data: unknown = definition.schema.parse(job.data);
    const ctx: TJobRunContext = {
      db: handle.db,
      handle,
      job: {
        id: job.id,
        name,
        retryCount: job.retryCount,
        retryLimit: job.retryLimit,
        isLastAttempt: job.retryCount >= job.retryLimit,
        startAfter: job.startAfter,
      },
    };
    await definition.handler(data, ctx);
  }

  /**
   * Runs a fetched batch of `name` side by side. A failed job is failed on its own (retried as
   * usual); the others are completed together in one statement once all have settled (one per job
   * before: a routed lead's alert job paid a statement for it). Until then a finished job stays
   * "active": should the process die in between, it runs again after its expiry, which every job
   * is written to bear.
   */
  async function runBatch(name: string, jobs: readonly JobWithMetadata<unknown>[]): Promise<void> {
    const settled = await Promise.all(
      jobs.map(async (job) => {
        try {
          await runJob(name, job);
          return job.id;
        } catch (error) {
          // Recorded as pg-boss records a handler's throw (serialize-error: name, message, stack).
          await boss.fail(name, job.id, error instanceof Error ? error : { message: String(error) });
          return null;
        }
      }),
    );
    const done = settled.filter((id): id is string => id !== null);
    if (done.length > 0) await boss.complete(name, done);
  }

  /** Runs due jobs of `name` until none is left or the queue stops, `batchSize` at a time (runBatch); how many ran. */
  async function drainDue(name: string, batchSize: number): Promise<number> {
    let ran = 0;
    while (isStarted) {
      const jobs = await boss.fetch(name, { batchSize, includeMetadata: true });
      if (jobs.length === 0) return ran;
      await runBatch(name, jobs);
      ran += jobs.length;
    }
    return ran;
  }

  const queue: TJobQueue<TDefs> = {
    handle,
    definitions,
    boss,
    start() {
      starting ??= (async () => {
        await boss.start();
        await ensureQueues();
        isStarted = true;
      })().catch((error: unknown) => {
        starting = undefined;
        throw error;
      });
      return starting;
    },
    async stop() {
      if (!starting) return;
      await starting.catch(() => undefined);
      starting = undefined;
      isStarted = false;
      working.clear();
      await boss.stop({ graceful: true, close: true, timeout: 10_000 });
    },
    async send(name, data, opts = {}) {
      const definition = definitionOf(name);
      const payload = definition.schema.parse(data) as object;
      // Starting runs queries outside the transaction: on PGlite (one connection) that would wait
      // for the open transaction forever. Start the queue before opening the transaction.
      if (opts.tx && !isStarted && handle.kind === "pglite") {
        throw new Error(`Start the job queue before enqueuing "${name}" inside a transaction`);
      }
      await queue.start();
      const id = await boss.send(name, payload, {
        ...(opts.tx ? { db: fromPrisma(opts.tx) } : {}),
        ...(opts.startAfter !== undefined ? { startAfter: opts.startAfter } : {}),
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
      });
      if (!id) throw new Error(`Job "${name}" was not enqueued (singleton key already queued)`);
      return id;
    },
    async sendAll(rows, opts) {
      if (rows.length === 0) return [];
      const { ctes, columns } = await queue.rowsSql(rows, { name: "j" });
      const [row] = await opts.tx.$queryRaw<Record<string, string | null>[]>`WITH ${ctes} SELECT ${columns}`;
      return rows.map((_, i) => {
        const id = row?.[`j${i}`];
        if (!id) throw new Error(`Job "${rows[i]?.[0]}" was not enqueued`);
        return id;
      });
    },
    async rowsSql(rows, { name: prefix, onlyIf }) {
      if (!/^[a-z_]+$/.test(prefix)) throw new Error(`Not a CTE name: ${prefix}`);
      if (!isStarted && handle.kind === "pglite") throw new Error("Start the job queue before writing job rows in a statement or a transaction (PGlite is one connection)");
      await queue.start();
      const ctes: Prisma.Sql[] = [];
      const columns: Prisma.Sql[] = [];
      const notified = new Set<string>();
      const wakes: string[] = [];
      for (const [i, [name, data, rowOpts = {}]] of rows.entries()) {
        const payload = definitionOf(name).schema.parse(data) as object;
        const { table, notify } = await tableOf(name);
        const { startAfter } = rowOpts;
        // The job as send() shapes it (Attorney: a Date becomes ISO text, seconds become text).
        const job = { data: payload, startAfter: startAfter instanceof Date ? startAfter.toISOString() : startAfter !== undefined && startAfter > 0 ? String(startAfter) : undefined };
        const [before, after, ...rest] = insertJobs(BOSS_SCHEMA, { table, name, returnId: true, notify: false }).split("$1");
        if (before === undefined || after === undefined || rest.length > 0) throw new Error("pg-boss's insert statement changed shape: check rowsSql");
        // The statement reads its jobs from a JSON array: an empty one when the condition fails.
        const jobs = JSON.stringify([job]);
        const source = onlyIf ? Prisma.sql`(CASE WHEN ${onlyIf} THEN ${jobs} ELSE '[]' END)` : Prisma.sql`${jobs}`;
        const cte = `${prefix}${i}`;
        ctes.push(Prisma.sql`${Prisma.raw(`${cte} AS (${before}`)}${source}${Prisma.raw(`${after})`)}`);
        columns.push(Prisma.raw(`(SELECT id FROM ${cte})::text AS "${cte}"`));
        // Due at once: wake this queue's workers when the transaction commits (once per queue), as
        // send() does; a job for later is left to the backstop poll.
        const dueNow = job.startAfter === undefined || (startAfter instanceof Date && startAfter.getTime() <= Date.now());
        if (notify && dueNow && !notified.has(name)) {
          notified.add(name);
          ctes.push(Prisma.raw(`${prefix}_n${i} AS (${notifyQueue(BOSS_SCHEMA, name)} FROM ${cte})`));
          wakes.push(`(SELECT count(*) FROM ${prefix}_n${i})`);
        }
      }
      // The wake-ups are named by the final SELECT, or Postgres would not run them.
      if (wakes.length > 0) columns.push(Prisma.raw(`${wakes.join(" + ")} AS "${prefix}_woken"`));
      return { ctes: Prisma.join(ctes, ",\n"), columns: Prisma.join(columns, ", ") };
    },
    async runDue(name) {
      await queue.start();
      definitionOf(name);
      let ran = 0;
      for (;;) {
        const jobs = await boss.fetch(name, { batchSize: 20, includeMetadata: true });
        if (jobs.length === 0) return ran;
        for (const job of jobs) {
          try {
            await runJob(name, job);
            await boss.complete(name, job.id);
          } catch (error) {
            await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
          }
          ran++;
        }
      }
    },
    async work(names) {
      await queue.start();
      for (const name of names ?? Object.keys(definitions)) {
        if (working.has(name)) continue;
        const definition = definitionOf(name);
        const slots = definition.concurrency ?? concurrency;
        const poll = definition.pollingIntervalSeconds ?? pollingIntervalSeconds;
        working.add(name);
        await boss.work(
          name,
          {
            includeMetadata: true,
            // A slot woken by a commit takes all that commit's jobs (a batch of leads routed
            // together queues one alert job each), not one while the others wake for the rest.
            batchSize: slots,
            pollingIntervalSeconds: poll,
            notifyPollingIntervalSeconds: Math.max(poll, NOTIFY_BACKSTOP_SECONDS),
            localConcurrency: slots,
          },
          async (jobs: JobWithMetadata<unknown>[]) => {
            await runBatch(name, jobs);
            // pg-boss waits a polling interval (≥ 0.5 s) after every fetch, so a worker slot would
            // run at most 2 batches a second however many jobs are waiting (rep alerts queued up
            // behind a burst of leads: 8/s with 4 slots). A slot that found work keeps taking the
            // next due jobs, `slots` at a time (a backlog is worked up to slots² at once; idle
            // polling stays one fetch per slot), until none is left, then goes back to polling.
            // The batch above is settled first (pg-boss's own completion after this returns then
            // changes nothing: it completes only jobs still active).
            await drainDue(name, slots);
          },
        );
      }
    },
  };
  return queue;
}
