// Database and job-queue health for /api/health. Never throws; never leaks error details.
import { getDbHandle, type DbHandle } from "../../db/client";

export interface THealth {
  db: "ok" | "down";
  jobs: { status: "ok" | "down" | "unknown"; failed?: number; queued?: number };
}

export async function checkHealth(getHandle: () => Promise<DbHandle> = getDbHandle, timeoutMs = 3000): Promise<THealth> {
  try {
    const handle = await withTimeout(getHandle(), timeoutMs);
    await withTimeout(handle.db.$queryRaw`SELECT 1`, timeoutMs);
    return { db: "ok", jobs: await jobsHealth(handle.db, timeoutMs) };
  } catch {
    return { db: "down", jobs: { status: "unknown" } };
  }
}

async function jobsHealth(db: DbHandle["db"], timeoutMs: number): Promise<THealth["jobs"]> {
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

/** What a caller may see: job counts only for signed-in admins; others get the statuses only. */
export function visibleHealth(health: THealth, canSeeJobCounts: boolean): THealth {
  return canSeeJobCounts ? health : { db: health.db, jobs: { status: health.jobs.status } };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}
