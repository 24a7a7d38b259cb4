import { z } from "zod";
import { ADMIN_ROLES, ROLES } from "../../domain/auth/roles";
import { ZInviteInput } from "../../domain/workspaces/invite-schema";
import { getJobQueue } from "../../workers/app-queue";
import { createInvite, listOpenInvites, revokeInvite } from "../../services/workspaces/invites";
import { changeMemberRole, listMembers, removeMember, type TRemoveMemberDeps } from "../../services/workspaces/members";
import { createWorkspace, listMyWorkspaces, switchWorkspace } from "../../services/workspaces/my-workspaces";
import { authedProcedure, roleProcedure, router, workspaceProcedure } from "../trpc";

const ZId = z.string().min(1).max(64);

export const workspaceRouter = router({
  current: workspaceProcedure.query(({ ctx }) => ctx.workspace),
  mine: authedProcedure.query(({ ctx }) => listMyWorkspaces(ctx.db, ctx.user.id)),
  switch: authedProcedure.input(z.object({ workspaceId: ZId })).mutation(({ ctx, input }) => switchWorkspace(ctx.db, ctx.user.id, input.workspaceId)),
  create: authedProcedure
    .input(z.object({ name: z.string().trim().min(2, "Use at least 2 characters").max(80) }))
    .mutation(({ ctx, input }) => createWorkspace(ctx.db, ctx.user.id, input.name)),
});

const actorOf = (ctx: { user: { id: string; name: string | null }; workspace: Parameters<typeof removeMember>[1]["workspace"] }) => ({
  userId: ctx.user.id,
  name: ctx.user.name,
  workspace: ctx.workspace,
});

/** The queue a removal (or a role change to Marketer) writes its open leads' hand-on job rows to (the app's by default). */
export type TMembersRouterDeps = TRemoveMemberDeps;

export function membersRouterWith(deps: TMembersRouterDeps) {
  return router({
    list: workspaceProcedure.query(({ ctx }) => listMembers(ctx.db, ctx.workspace.id)),
    /** Removes the member; their open leads are handed on after commit (`openLeads`: how many). */
    remove: roleProcedure(ADMIN_ROLES)
      .input(z.object({ membershipId: ZId }))
      .output(z.object({ openLeads: z.number().int() }))
      .mutation(({ ctx, input }) => removeMember(ctx.db, actorOf(ctx), input.membershipId, deps)),
    /** Changes the role; to one that cannot work leads (Marketer), their open leads are handed on after commit (`openLeads`: how many). */
    changeRole: roleProcedure(ADMIN_ROLES)
      .input(z.object({ membershipId: ZId, role: z.enum(ROLES) }))
      .output(z.object({ openLeads: z.number().int() }))
      .mutation(({ ctx, input }) => changeMemberRole(ctx.db, actorOf(ctx), input.membershipId, input.role, deps)),
  });
}

/** The app's router (mount as `members`). */
export const membersRouter = membersRouterWith({ queue: getJobQueue });

export const invitesRouter = router({
  list: roleProcedure(ADMIN_ROLES).query(({ ctx }) => listOpenInvites(ctx.db, ctx.workspace.id)),
  create: roleProcedure(ADMIN_ROLES)
    .input(ZInviteInput)
    .mutation(async ({ ctx, input }) => createInvite(ctx.db, actorOf(ctx), input, { ip: ctx.clientIp, mail: { queue: await getJobQueue() } })),
  revoke: roleProcedure(ADMIN_ROLES)
    .input(z.object({ inviteId: ZId }))
    .mutation(({ ctx, input }) => revokeInvite(ctx.db, ctx.workspace.id, input.inviteId)),
});
