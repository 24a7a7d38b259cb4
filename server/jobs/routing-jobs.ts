// Job definitions of routing follow-ups: SLA reminder, SLA reassignment, review auto-confirm.
import { z } from "zod";
import type { TFollowUpDeps } from "../services/routing/after-assignment";
import { autoConfirmReview, reassignUnaccepted, remindUnaccepted } from "../services/assignments/follow-ups";
import { routeLeadInTx } from "../services/routing/route-lead";
import { defineJob } from "./define-job";

const ZAssignmentJob = z.object({ assignmentId: z.string().min(1), workspaceId: z.string().min(1) });
const ZLeadJob = z.object({ leadId: z.string().min(1), workspaceId: z.string().min(1) });

export function routingJobs(followUpDeps: () => Promise<TFollowUpDeps>) {
  const retry = { retryLimit: 5, retryDelay: 10, retryBackoff: true };
  return {
    /** Routes a stored lead that has no routing decision yet (its routing failed at submit). */
    "routing.route-lead": defineJob({
      schema: ZLeadJob,
      retry: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600 },
      handler: async ({ leadId, workspaceId }, ctx) => {
        const deps = await followUpDeps();
        await ctx.db.$transaction(async (tx) => {
          const lead = await tx.lead.findUnique({ where: { id: leadId }, select: { status: true, isSpam: true } });
          if (!lead || lead.isSpam || lead.status !== "NEW") return;
          await routeLeadInTx(tx, { workspaceId, leadId, now: new Date() }, deps);
        });
      },
    }),
    "routing.sla-remind": defineJob({
      schema: ZAssignmentJob,
      retry,
      handler: async ({ assignmentId }, ctx) => void (await remindUnaccepted(ctx.db, await followUpDeps(), assignmentId, new Date())),
    }),
    "routing.sla-reassign": defineJob({
      schema: ZAssignmentJob,
      retry,
      handler: async ({ assignmentId }, ctx) => void (await reassignUnaccepted(ctx.db, await followUpDeps(), assignmentId, new Date())),
    }),
    "routing.review-confirm": defineJob({
      schema: ZAssignmentJob,
      retry,
      handler: async ({ assignmentId }, ctx) => void (await autoConfirmReview(ctx.db, assignmentId, new Date())),
    }),
  };
}
