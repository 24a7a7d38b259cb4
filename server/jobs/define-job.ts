// A durable job type: its payload schema (checked on send and again on run), its handler and its
// retry policy. Handlers must be idempotent: a job can run again after a crash or a retry.
import type { z } from "zod";
import type { Db, DbHandle } from "../db/client";

export interface TRetryPolicy {
  /** Retries after the first attempt (attempts = retryLimit + 1). */
  retryLimit: number;
  /** Seconds before the first retry; doubled on each retry when `retryBackoff` is on. */
  retryDelay: number;
  retryBackoff: boolean;
  /** Upper bound of one delay, in seconds. */
  retryDelayMax?: number;
  /** Seconds a single attempt may run before it is failed and retried. */
  expireInSeconds?: number;
}

export const DEFAULT_RETRY_POLICY: TRetryPolicy = {
  retryLimit: 5,
  retryDelay: 5,
  retryBackoff: true,
  retryDelayMax: 15 * 60,
  expireInSeconds: 5 * 60,
};

export interface TJobRunContext {
  db: Db;
  handle: DbHandle;
  job: {
    id: string;
    name: string;
    /** 0 on the first attempt. */
    retryCount: number;
    retryLimit: number;
    /** True when a failure of this attempt fails the job for good. */
    isLastAttempt: boolean;
    /** When this attempt was scheduled to start. */
    startAfter: Date;
  };
}

export interface TJobDefinition<TSchema extends z.ZodType = z.ZodType> {
  schema: TSchema;
  handler: (data: z.output<TSchema>, ctx: TJobRunContext) => Promise<void>;
  retry?: Partial<TRetryPolicy>;
  /** How often an idle worker polls this job's queue, in seconds (>= 0.5); the queue's default otherwise. Speed-to-lead jobs poll fast. */
  pollingIntervalSeconds?: number;
  /** Jobs of this queue one process runs at once (default: the queue's, 1). Speed-to-lead jobs that wait on I/O run several. */
  concurrency?: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a map of heterogeneous payloads
export type TJobDefinitions = Record<string, TJobDefinition<any>>;

export type TJobPayload<TDefs extends TJobDefinitions, TName extends keyof TDefs> = z.input<TDefs[TName]["schema"]>;

/** Identity helper that keeps the schema's type for the handler's `data`. */
export function defineJob<TSchema extends z.ZodType>(definition: TJobDefinition<TSchema>): TJobDefinition<TSchema> {
  return definition;
}

/** The definition's policy over the defaults; a delay cap only applies with backoff. */
export function retryPolicyOf(definition: TJobDefinition): TRetryPolicy {
  const { retryDelayMax, ...policy } = { ...DEFAULT_RETRY_POLICY, ...definition.retry };
  return policy.retryBackoff && retryDelayMax !== undefined ? { ...policy, retryDelayMax } : policy;
}
