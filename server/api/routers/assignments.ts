// Ownership of a lead from the dashboard: accept (the owner rep or a manager), return (the owner
// rep), reassign and the high-value review (managers). Roles and ownership are checked here and
// in the services. The routing follow-up deps (job queue, app URL, signing secret) and the clock
// are injected, so tests pass their own; `assignmentsRouter` is the app's.
import { z } from "zod";
import { TEAM_MANAGER_ROLES, hasRole } from "../../domain/auth/roles";
import { AppError } from "../../errors";
import { acceptAssignment } from "../../services/assignments/accept-assignment";
import { loadLeadAssignmentView } from "../../services/assignments/lead-assignment-view";
import { reassignLead } from "../../services/assignments/reassign-lead";
import { ZReason, returnLead } from "../../services/assignments/return-lead";
import { approveProvisional, changeProvisional } from "../../services/assignments/review-decision";
import type { TFollowUpDeps } from "../../services/routing/after-assignment";
import { roleProcedure, router, workspaceProcedure } from "../trpc";
import { now as clockNow } from "../../time/clock";

const ZId = z.string().min(1).max(64);

export interface TAssignmentsRouterDeps {
  followUps: () => Promise<TFollowUpDeps>;
  now?: () => Date;
}

export function assignmentsRouterWith({ followUps, now = clockNow }: TAssignmentsRouterDeps) {
  const managers = roleProcedure(TEAM_MANAGER_ROLES);
  return router({
    /** Owner, status, review window, every assignment with its decision record, and names. */
    view: workspaceProcedure
      .input(z.object({ leadId: ZId }))
      .query(({ ctx, input }) => loadLeadAssignmentView(ctx.db, ctx.workspace.id, input.leadId, ctx.viewer)),

    accept: workspaceProcedure.input(z.object({ leadId: ZId })).mutation(async ({ ctx, input }) => {
      const current = await ctx.db.leadAssignment.findFirst({
        where: { leadId: input.leadId, workspaceId: ctx.workspace.id, isCurrent: true },
        select: { id: true, rep: { select: { userId: true } } },
      });
      if (!current) throw new AppError("NOT_FOUND", "This lead has no owner to accept it.");
      const isOwner = current.rep?.userId === ctx.user.id;
      // A rep sees only their own leads: another rep's is not found (as on every lead read), not "forbidden".
      if (!isOwner && ctx.workspace.role === "REP") throw new AppError("NOT_FOUND", "Lead not found.");
      if (!isOwner && !hasRole(ctx.workspace.role, TEAM_MANAGER_ROLES)) throw new AppError("FORBIDDEN", "Only the lead's owner or a manager can accept it.");
      return acceptAssignment(ctx.db, { assignmentId: current.id, byUserId: ctx.user.id, now: now(), workspaceId: ctx.workspace.id, webhooks: (await followUps()).queue });
    }),

    returnLead: workspaceProcedure
      .input(z.object({ leadId: ZId, reason: ZReason }))
      .mutation(async ({ ctx, input }) =>
        returnLead(ctx.db, await followUps(), { workspaceId: ctx.workspace.id, leadId: input.leadId, repUserId: ctx.user.id, reason: input.reason, now: now() }),
      ),

    /** toRepId null = the next best rep by the routing rules (the current owner excluded). */
    reassign: managers
      .input(z.object({ leadId: ZId, toRepId: ZId.nullable(), reason: ZReason }))
      .mutation(async ({ ctx, input }) => {
        const result = await reassignLead(ctx.db, await followUps(), {
          workspaceId: ctx.workspace.id,
          leadId: input.leadId,
          toRepId: input.toRepId,
          reason: input.reason,
          byUserId: ctx.user.id,
          now: now(),
        });
        return { assignmentId: result.assignmentId };
      }),

    approveReview: managers
      .input(z.object({ assignmentId: ZId }))
      .mutation(({ ctx, input }) => approveProvisional(ctx.db, { workspaceId: ctx.workspace.id, assignmentId: input.assignmentId, byUserId: ctx.user.id, now: now() })),

    changeReview: managers
      .input(z.object({ assignmentId: ZId, toRepId: ZId.nullable(), reason: ZReason }))
      .mutation(async ({ ctx, input }) =>
        changeProvisional(ctx.db, await followUps(), {
          workspaceId: ctx.workspace.id,
          assignmentId: input.assignmentId,
          toRepId: input.toRepId,
          reason: input.reason,
          byUserId: ctx.user.id,
          now: now(),
        }),
      ),
  });
}

/** The app's router (mount as `assignments`). */
export const assignmentsRouter = assignmentsRouterWith({
  followUps: async () => (await import("../../workers/app-queue")).getAppFollowUpDeps(),
});
