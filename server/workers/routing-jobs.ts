// Job definitions of routing follow-ups: SLA reminder, SLA reassignment, review auto-confirm, a
// removed member's open leads handed on.
import { z } from "zod";
import type { TFollowUpDeps } from "../services/routing/after-assignment";
import { autoConfirmReview, reassignUnaccepted, remindUnaccepted } from "../services/assignments/follow-ups";
import { reassignFromRemovedOwner } from "../services/assignments/owner-removed";
import { runAssignedJob } from "../services/routing/assigned-follow-ups";
import { deliverAssignmentAlert } from "../services/routing/assignment-alert";
import { routeLeadInTx } from "../services/routing/route-lead";
import { enqueueBookingLinkAfterAssignment, enqueueLateBookingLink } from "../services/bookings/late-booking-link";
import { defineJob } from "../jobs/define-job";
import { now } from "../time/clock";
import { rebuildPoolLearning } from "../services/routing/learned-counters";
import { ROLES } from "../domain/auth/roles";

const ZAssignmentJob = z.object({ assignmentId: z.string().min(1), workspaceId: z.string().min(1) });
const ZLeadJob = z.object({ leadId: z.string().min(1), workspaceId: z.string().min(1) });
const ZAssignedJob = ZAssignmentJob.extend({
  sla: z.object({ remindAfterMinutes: z.number(), reassignAfterMinutes: z.number() }).nullable(),
  review: z.object({ reviewerUserId: z.string().min(1), windowMinutes: z.number(), value: z.number().nullable() }).nullable(),
  /** A reassignment: its transaction wrote lead.reassigned (TAssignedJob.isReassignment). */
  isReassignment: z.literal(true).optional(),
});
const ZAlertJob = ZAssignmentJob.extend({
  isProvisional: z.boolean(),
  acceptByIso: z.string().nullable(),
  isReminder: z.boolean(),
  review: z.object({ reviewerUserId: z.string().min(1), windowMinutes: z.number(), value: z.number().nullable() }).nullable(),
});

/** Why the owner cannot work the lead (absent on rows written before role changes handed leads on). */
const ZOwnerRemovedCause = z.discriminatedUnion("kind", [z.object({ kind: z.literal("removed") }), z.object({ kind: z.literal("role_changed"), role: z.enum(ROLES) })]);

export function routingJobs(followUpDeps: () => Promise<TFollowUpDeps>) {
  const retry = { retryLimit: 5, retryDelay: 10, retryBackoff: true };
  return {
    /** Routes a stored lead that has no routing decision yet (its routing failed at submit); a late decision on a booking end screen emails the booking link. */
    "routing.route-lead": defineJob({
      schema: ZLeadJob,
      retry: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600 },
      handler: async ({ leadId, workspaceId }, ctx) => {
        const deps = await followUpDeps();
        await ctx.db.$transaction(async (tx) => {
          const lead = await tx.lead.findUnique({ where: { id: leadId }, select: { status: true, isSpam: true } });
          if (!lead || lead.isSpam || lead.status !== "NEW") return;
          const routedAt = now();
          await routeLeadInTx(tx, { workspaceId, leadId, now: routedAt }, deps);
          // The end screen stopped waiting for this decision: the prospect gets the booking link by email.
          await enqueueLateBookingLink(tx, deps.queue, { leadId, workspaceId }, routedAt);
        });
      },
    }),
    /** After a routing commit: schedules the assignment's SLA and review timers, delivers its alert. */
    "routing.assigned": defineJob({
      schema: ZAssignedJob,
      retry: { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
      pollingIntervalSeconds: 0.5,
      concurrency: 4,
      handler: async (job, ctx) => {
        const deps = await followUpDeps();
        const { mayOweBookingLink } = await runAssignedJob(ctx.db, deps, job, now());
        // A prospect told "we'll email you a link to book" (backup queue, late routing) gets it now that
        // a rep has the lead — checked in full only when the lead the job read says it may be owed.
        if (mayOweBookingLink) await enqueueBookingLinkAfterAssignment(ctx.db, deps.queue, job);
      },
    }),
    /** Renders and stores an assignment's alert (reminders, manual reassignments) after commit. */
    "routing.alert": defineJob({
      schema: ZAlertJob,
      retry: { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
      pollingIntervalSeconds: 0.5,
      handler: async (alert, ctx) => {
        const deps = await followUpDeps();
        await deliverAssignmentAlert(ctx.db, deps, alert, now());
        // A manual assignment of a lead whose prospect was told "we'll email you a link to book".
        if (!alert.isReminder) await enqueueBookingLinkAfterAssignment(ctx.db, deps.queue, alert);
      },
    }),
    /** A learned pool's counters recomputed from the stored outcomes after its definition changed. */
    "routing.rebuild-learning": defineJob({
      schema: z.object({ workspaceId: z.string().min(1), poolId: z.string().min(1), definition: z.string() }),
      retry,
      handler: async (job, ctx) => void (await rebuildPoolLearning(ctx.db, { ...job, now: now() })),
    }),
    "routing.sla-remind": defineJob({
      schema: ZAssignmentJob,
      retry,
      handler: async ({ assignmentId }, ctx) => void (await remindUnaccepted(ctx.db, await followUpDeps(), assignmentId, now())),
    }),
    "routing.sla-reassign": defineJob({
      schema: ZAssignmentJob,
      retry,
      handler: async ({ assignmentId }, ctx) => void (await reassignUnaccepted(ctx.db, await followUpDeps(), assignmentId, now())),
    }),
    /** A removed member's (or a new Marketer's) open lead handed on to the next best rep (one lead per job; left alone when closed or moved on). */
    "routing.owner-removed": defineJob({
      schema: z.object({ workspaceId: z.string().min(1), leadId: z.string().min(1), fromRepId: z.string().min(1), byUserId: z.string().min(1).nullable(), cause: ZOwnerRemovedCause.optional() }),
      retry: { retryLimit: 8, retryDelay: 10, retryBackoff: true, retryDelayMax: 600 },
      handler: async (job, ctx) => void (await reassignFromRemovedOwner(ctx.db, await followUpDeps(), job, now())),
    }),
    "routing.review-confirm": defineJob({
      schema: ZAssignmentJob,
      retry,
      handler: async ({ assignmentId }, ctx) => void (await autoConfirmReview(ctx.db, assignmentId, now())),
    }),
  };
}
