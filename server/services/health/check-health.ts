// Database and job-queue health for /api/health. Never throws; never leaks error details.
// Anyone may call /api/health (load balancers, uptime checks, strangers), so what an anonymous
// check costs must not grow with the data: it is ONE catalogue query (is the database up, does
// the job schema exist) and never reads job rows. Only a check for a signed-in owner or admin
// counts the queued and failed jobs, a scan of pg-boss's job table that grows with its retention.
import { getDbHandle, type DbHandle } from "../../db/client";

export interface THealth {
  db: "ok" | "down";
  jobs: { status: "ok" | "down" | "unknown"; failed?: number; queued?: number };
}

export interface THealthOptions {
  /** Count queued and failed jobs (admins only: it reads the job table). */
  jobCounts?: boolean;
  timeoutMs?: number;
}

export async function checkHealth(getHandle: () => Promise<DbHandle> = getDbHandle, options: THealthOptions = {}): Promise<THealth> {
  const timeoutMs = options.timeoutMs ?? 3000;
  let jobSchema: boolean;
  let db: DbHandle["db"];
  try {
    db = (await withTimeout(getHandle(), timeoutMs)).db;
    const rows = await withTimeout(db.$queryRaw<{ jobSchema: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "jobSchema"`, timeoutMs);
    jobSchema = rows[0]?.jobSchema === true;
  } catch {
    return { db: "down", jobs: { status: "unknown" } };
  }
  if (!jobSchema) return { db: "ok", jobs: { status: "down" } };
  return { db: "ok", jobs: options.jobCounts ? await jobCounts(db, timeoutMs) : { status: "ok" } };
}

async function jobCounts(db: DbHandle["db"], timeoutMs: number): Promise<THealth["jobs"]> {
  try {
    const rows = await withTimeout(
      db.$queryRaw<{ failed: bigint; queued: bigint }[]>`
        SELECT count(*) FILTER (WHERE state = 'failed') AS failed,
               count(*) FILTER (WHERE state IN ('created', 'retry')) AS queued
        FROM pgboss.job`,
      timeoutMs,
    );
    return { status: "ok", failed: Number(rows[0]?.failed ?? 0), queued: Number(rows[0]?.queued ?? 0) };
  } catch {
    return { status: "down" };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
