// A short-lived job queue over a database handle, for scripts that put leads through the intake
// (the demo's live leads: prisma/seed/seed-live-demo-leads.ts) before or outside the app: routing
// writes its job rows through it (alerts, review and SLA timers, nurture enrolment, webhooks) in
// its own transactions, and this queue never works them — the app's workers do, once it runs
// (JOBS_IN_PROCESS, or `npm run worker` on a server database). The edge binds the registry, so
// the seed and the services never import server/workers.
import { randomBytes } from "node:crypto";
import type { DbHandle } from "../db/client";
import { createJobQueue } from "../jobs/job-queue";
import type { TFollowUpDeps } from "../services/routing/follow-up-jobs";
import { createJobRegistry } from "./registry";

export interface TFollowUpQueueSettings {
  /** The public URL (APP_URL): links in what the jobs later render are the app's own. */
  appUrl: string;
  /**
   * AUTH_SECRET. Jobs sign their links with the worker's own secret when they run; here it only
   * signs the booking token of the intake's answer, which a seed discards. Absent (a db:seed run
   * before the first `npm run dev` wrote one): a throw-away secret.
   */
  authSecret?: string;
}

/** Starts a send-only queue (pg-boss schema and queues made if missing), runs `work` with routing's follow-up deps over it, stops it. */
export async function withFollowUpQueue<T>(handle: DbHandle, settings: TFollowUpQueueSettings, work: (deps: TFollowUpDeps) => Promise<T>): Promise<T> {
  const holder: { deps?: TFollowUpDeps } = {};
  const queue = createJobQueue(handle, { definitions: createJobRegistry({ followUps: async () => holder.deps! }) });
  // Started before any transaction: on PGlite (one connection) a start inside one would wait for it.
  await queue.start();
  try {
    const authSecret = settings.authSecret ?? randomBytes(32).toString("base64url");
    holder.deps = { queue, appUrl: settings.appUrl.replace(/\/+$/, ""), authSecret };
    return await work(holder.deps);
  } finally {
    await queue.stop();
  }
}
