// The app's process-wide job queue (over getDbHandle()) and its workers. Workers run inside the
// Next server (instrumentation.ts → startInProcessWorkers) and/or in `npm run worker` processes
// (server database only). Cached on globalThis: dev hot reload re-imports modules.
import { getDbHandle } from "../db/client";
import { env } from "../env";
import { createJobQueue, type TJobQueue } from "../jobs/job-queue";
import type { TFollowUpDeps } from "../services/routing/after-assignment";
import { appFollowUpDeps } from "./app-follow-up-deps";
import { startCalendarSweep } from "./calendar-sweep";
import { startNurtureSweep } from "./nurture-jobs";
import { createJobRegistry, type TJobRegistry } from "./registry";

export type TAppJobQueue = TJobQueue<TJobRegistry>;

const globalForJobs = globalThis as unknown as {
  __switchboardJobQueue?: Promise<TAppJobQueue>;
  __switchboardWorkers?: Promise<TAppJobQueue>;
  __switchboardCalendarSweep?: () => void;
  __switchboardNurtureSweep?: () => void;
};

/** The started job queue of this process (sending only until startWorkers() is called). */
export function getJobQueue(): Promise<TAppJobQueue> {
  globalForJobs.__switchboardJobQueue ??= (async () => {
    const handle = await getDbHandle();
    const queue: TAppJobQueue = createJobQueue(handle, { definitions: createJobRegistry({ followUps: async () => appFollowUpDeps(queue) }), listenNotify: env().JOBS_LISTEN_NOTIFY });
    await queue.start();
    return queue;
  })().catch((error: unknown) => {
    globalForJobs.__switchboardJobQueue = undefined;
    throw error;
  });
  return globalForJobs.__switchboardJobQueue;
}

/** What routing follow-ups need in this process: its queue, public URL and signing secret. */
export async function getAppFollowUpDeps(): Promise<TFollowUpDeps> {
  return appFollowUpDeps(await getJobQueue());
}

/** Registers every job handler of the registry and starts working. Idempotent. */
export function startWorkers(): Promise<TAppJobQueue> {
  globalForJobs.__switchboardWorkers ??= (async () => {
    const queue = await getJobQueue();
    await queue.work();
    globalForJobs.__switchboardCalendarSweep ??= startCalendarSweep(queue.handle.db, queue);
    globalForJobs.__switchboardNurtureSweep ??= startNurtureSweep(queue.handle.db, queue);
    console.log(`[jobs] workers started on the ${queue.handle.kind} database: ${Object.keys(queue.definitions).join(", ")}`);
    return queue;
  })().catch((error: unknown) => {
    globalForJobs.__switchboardWorkers = undefined;
    throw error;
  });
  return globalForJobs.__switchboardWorkers;
}

/** For instrumentation.ts: starts workers in the Next server unless JOBS_IN_PROCESS=false. */
export async function startInProcessWorkers(): Promise<void> {
  const { JOBS_IN_PROCESS, DATABASE_URL } = env();
  if (!JOBS_IN_PROCESS) {
    if (!DATABASE_URL) console.warn("[jobs] JOBS_IN_PROCESS=false on the embedded database: no process will run jobs");
    return;
  }
  await startWorkers();
}

/** Stops this process's queue (workers included), e.g. on SIGTERM. */
export async function stopJobQueue(): Promise<void> {
  const pending = globalForJobs.__switchboardJobQueue;
  globalForJobs.__switchboardJobQueue = undefined;
  globalForJobs.__switchboardWorkers = undefined;
  globalForJobs.__switchboardCalendarSweep?.();
  globalForJobs.__switchboardCalendarSweep = undefined;
  globalForJobs.__switchboardNurtureSweep?.();
  globalForJobs.__switchboardNurtureSweep = undefined;
  if (pending) await (await pending).stop();
}
