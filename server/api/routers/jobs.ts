// Admin view of durable jobs: list (newest first, by state) and retry a failed job. Scoped to the
// caller's workspace: only jobs whose payload carries this workspace's id are visible.
import { z } from "zod";
import { ADMIN_ROLES } from "../../domain/auth/roles";
import { getDbHandle } from "../../db/client";
import { getJobQueue } from "../../workers/app-queue";
import { JOB_STATES, listJobs, retryFailedJob } from "../../jobs/list-jobs";
import { roleProcedure, router } from "../trpc";

export const ZListJobsInput = z.object({
  state: z.enum(JOB_STATES).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const jobsRouter = router({
  list: roleProcedure(ADMIN_ROLES)
    .input(ZListJobsInput)
    .query(async ({ ctx, input }) => listJobs(await getDbHandle(), { ...input, workspaceId: ctx.workspace.id })),
  retry: roleProcedure(ADMIN_ROLES)
    .input(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      await retryFailedJob(await getJobQueue(), { id: input.id, workspaceId: ctx.workspace.id });
      return { ok: true as const };
    }),
});
