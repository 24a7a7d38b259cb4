// Rep profiles: reads for every member, writes for team managers. One service call each.
import { z } from "zod";
import { TEAM_MANAGER_ROLES } from "../../domain/auth/roles";
import { ZRepCreateInput, ZRepProfileInput } from "../../domain/reps/rep-profile-input";
import { createRep, getRep, listRepCandidates, listReps, setRepActive, updateRep } from "../../services/reps";
import { roleProcedure, router, workspaceProcedure } from "../trpc";

const ZRepId = z.object({ repId: z.string().min(1).max(64) });
const managerProcedure = roleProcedure(TEAM_MANAGER_ROLES);

export const repsRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listReps(ctx.db, ctx.workspace.id)),
  get: workspaceProcedure.input(ZRepId).query(({ ctx, input }) => getRep(ctx.db, ctx.workspace.id, input.repId)),
  candidates: managerProcedure.query(({ ctx }) => listRepCandidates(ctx.db, ctx.workspace.id)),
  create: managerProcedure.input(ZRepCreateInput).mutation(({ ctx, input }) => createRep(ctx.db, ctx.workspace.id, input, ctx.user.id)),
  update: managerProcedure
    .input(ZRepId.extend({ profile: ZRepProfileInput }))
    .mutation(({ ctx, input }) => updateRep(ctx.db, ctx.workspace.id, input.repId, input.profile, ctx.user.id)),
  deactivate: managerProcedure.input(ZRepId).mutation(({ ctx, input }) => setRepActive(ctx.db, ctx.workspace.id, input.repId, false, ctx.user.id)),
  reactivate: managerProcedure.input(ZRepId).mutation(({ ctx, input }) => setRepActive(ctx.db, ctx.workspace.id, input.repId, true, ctx.user.id)),
});
