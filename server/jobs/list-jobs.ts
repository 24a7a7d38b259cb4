// Admin view of durable jobs, read straight from pg-boss's job table (all queues at once), and
// the "retry a failed job" action. Jobs whose payload carries a workspaceId are scoped to it.
import type { DbHandle } from "../db/client";
import { enumValue } from "../domain/validation/enum-value";
import { AppError } from "../errors";
import type { TJobDefinitions } from "./define-job";
import type { TJobQueue } from "./job-queue";

export const JOB_STATES = ["created", "retry", "active", "completed", "failed", "cancelled"] as const;
export type TJobState = (typeof JOB_STATES)[number];

/** The Jobs page's `?state=` in any letter case (`FAILED` is `failed`); undefined (all jobs) for none or an unknown one. */
export function jobStateFilter(requested: string | undefined): TJobState | undefined {
  return requested === undefined ? undefined : (enumValue(JOB_STATES, requested) ?? undefined);
}

export interface TJobSummary {
  id: string;
  name: string;
  state: TJobState;
  retryCount: number;
  retryLimit: number;
  /** The error message of the latest failed attempt (no stack), if any. */
  lastError: string | null;
  createdOn: Date;
  startAfter: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

export interface TListJobsInput {
  state?: TJobState;
  limit?: number;
  /** Only jobs whose payload has this workspaceId. Omit for the system-wide view. */
  workspaceId?: string;
}

async function hasJobTable(handle: DbHandle): Promise<boolean> {
  const rows = await handle.db.$queryRawUnsafe<{ exists: boolean }[]>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`);
  return rows[0]?.exists === true;
}

/** Newest first. Returns [] when pg-boss was never started on this database. */
export async function listJobs(handle: DbHandle, input: TListJobsInput = {}): Promise<TJobSummary[]> {
  if (!(await hasJobTable(handle))) return [];
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  return handle.db.$queryRawUnsafe<TJobSummary[]>(
    `SELECT id::text AS id, name, state::text AS state, retry_count AS "retryCount", retry_limit AS "retryLimit",
            CASE WHEN state::text <> 'completed' THEN output->>'message' END AS "lastError",
            created_on AS "createdOn", start_after AS "startAfter", started_on AS "startedOn", completed_on AS "completedOn"
       FROM pgboss.job
      WHERE ($1::text IS NULL OR state::text = $1::text)
        AND ($2::text IS NULL OR data->>'workspaceId' = $2::text)
      ORDER BY created_on DESC, id
      LIMIT $3::int`,
    input.state ?? null,
    input.workspaceId ?? null,
    limit,
  );
}

/** Puts a failed job back in the queue for one more attempt. */
export async function retryFailedJob(
  queue: TJobQueue<TJobDefinitions>,
  input: { id: string; workspaceId?: string },
): Promise<void> {
  const rows = await queue.handle.db.$queryRawUnsafe<{ name: string; state: string; workspaceId: string | null }[]>(
    `SELECT name, state::text AS state, data->>'workspaceId' AS "workspaceId" FROM pgboss.job WHERE id = $1::uuid`,
    input.id,
  );
  const job = rows[0];
  if (!job || (input.workspaceId !== undefined && job.workspaceId !== input.workspaceId)) {
    throw new AppError("NOT_FOUND", "Job not found.");
  }
  if (job.state !== "failed") throw new AppError("CONFLICT", "Only failed jobs can be retried.");
  await queue.start();
  await queue.boss.retry(job.name, input.id);
}
