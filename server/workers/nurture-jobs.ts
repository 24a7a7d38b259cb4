// Job definitions of nurture: one claimed step (render and store its email), one engagement
// (return visit or submission), and the recurring sweep that claims due steps by the app's clock.
import { z } from "zod";
import type { Db } from "../db/client";
import { defineJob } from "../jobs/define-job";
import { ENGAGEMENT_KINDS } from "../domain/nurture/graduation";
import { recordEngagement } from "../services/nurture/engagement";
import type { TNurtureQueue } from "../services/nurture/nurture-jobs";
import { runNurtureStep } from "../services/nurture/run-nurture-step";
import { sweepDueNurtureSteps } from "../services/nurture/sweep-nurture";
import type { TFollowUpDeps } from "../services/routing/after-assignment";
import { now, onClockMoved } from "../time/clock";

const ZStep = z.object({ dueId: z.string().min(1), workspaceId: z.string().min(1) });
const ZEngagement = z.object({ enrollmentId: z.string().min(1), workspaceId: z.string().min(1), kind: z.enum(ENGAGEMENT_KINDS) });

export function nurtureJobs(followUps: () => Promise<TFollowUpDeps>) {
  return {
    "nurture.step": defineJob({
      schema: ZStep,
      retry: { retryLimit: 5, retryDelay: 10, retryBackoff: true, retryDelayMax: 600 },
      pollingIntervalSeconds: 0.5,
      handler: async (job, ctx) => void (await runNurtureStep(ctx.db, await followUps(), job, now())),
    }),
    "nurture.engagement": defineJob({
      schema: ZEngagement,
      retry: { retryLimit: 5, retryDelay: 5, retryBackoff: true },
      pollingIntervalSeconds: 0.5,
      handler: async (job, ctx) => void (await recordEngagement(ctx.db, await followUps(), { ...job, now: now() })),
    }),
  };
}

export const NURTURE_SWEEP_EVERY_MS = 15_000;

/** Starts the recurring sweep (and a sweep right after every move of the test clock); returns a stop function. */
export function startNurtureSweep(db: Db, queue: TNurtureQueue, everyMs = NURTURE_SWEEP_EVERY_MS): () => void {
  let running = false;
  let again = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await sweepDueNurtureSteps(db, queue, now());
      } while (again);
    } catch (error) {
      console.error(`[nurture] sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  const stopListening = onClockMoved(() => void tick());
  void tick();
  return () => {
    clearInterval(timer);
    stopListening();
  };
}
