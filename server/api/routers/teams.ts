// Teams (routing pools): reads for every member, writes for team managers. One service call each.
import { z } from "zod";
import { TEAM_MANAGER_ROLES } from "../../domain/auth/roles";
import { ZTeamInput, ZTeamMembersInput } from "../../domain/reps/team-input";
import {
  addRepToTeam,
  createTeam,
  getTeam,
  listTeams,
  removeRepFromTeam,
  setTeamActive,
  setTeamMembers,
  updateTeam,
} from "../../services/teams";
import { roleProcedure, router, workspaceProcedure } from "../trpc";

const ZId = z.string().min(1).max(64);
const ZTeamId = z.object({ teamId: ZId });
const ZTeamRep = z.object({ teamId: ZId, repId: ZId });
const managerProcedure = roleProcedure(TEAM_MANAGER_ROLES);

export const teamsRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listTeams(ctx.db, ctx.workspace.id)),
  get: workspaceProcedure.input(ZTeamId).query(({ ctx, input }) => getTeam(ctx.db, ctx.workspace.id, input.teamId)),
  create: managerProcedure.input(ZTeamInput).mutation(({ ctx, input }) => createTeam(ctx.db, ctx.workspace.id, input, ctx.user.id)),
  update: managerProcedure
    .input(ZTeamId.extend({ team: ZTeamInput }))
    .mutation(({ ctx, input }) => updateTeam(ctx.db, ctx.workspace.id, input.teamId, input.team, ctx.user.id)),
  setMembers: managerProcedure
    .input(ZTeamId.extend(ZTeamMembersInput.shape))
    .mutation(({ ctx, input }) => setTeamMembers(ctx.db, ctx.workspace.id, input.teamId, input, ctx.user.id)),
  addMember: managerProcedure
    .input(ZTeamRep)
    .mutation(({ ctx, input }) => ctx.db.$transaction((tx) => addRepToTeam(tx, { workspaceId: ctx.workspace.id, ...input, userId: ctx.user.id }))),
  removeMember: managerProcedure
    .input(ZTeamRep)
    .mutation(({ ctx, input }) => removeRepFromTeam(ctx.db, { workspaceId: ctx.workspace.id, ...input, userId: ctx.user.id })),
  deactivate: managerProcedure.input(ZTeamId).mutation(({ ctx, input }) => setTeamActive(ctx.db, ctx.workspace.id, input.teamId, false, ctx.user.id)),
  reactivate: managerProcedure.input(ZTeamId).mutation(({ ctx, input }) => setTeamActive(ctx.db, ctx.workspace.id, input.teamId, true, ctx.user.id)),
});
