// Leads: the inbox list and one lead. Members read every lead of the workspace; REPs only the
// leads they currently own (enforced in the services, from ctx role/user).
import { z } from "zod";
import { getLead, listLeadFilterOptions, listLeads, ZListLeadsInput } from "../../services/leads";
import { router, workspaceProcedure } from "../trpc";

export const leadsRouter = router({
  list: workspaceProcedure.input(ZListLeadsInput).query(({ ctx, input }) => listLeads(ctx.db, ctx.workspace.id, input, ctx.viewer)),
  get: workspaceProcedure
    .input(z.object({ leadId: z.string().min(1).max(64) }))
    .query(({ ctx, input }) => getLead(ctx.db, ctx.workspace.id, input.leadId, ctx.viewer)),
  filterOptions: workspaceProcedure.query(({ ctx }) => listLeadFilterOptions(ctx.db, ctx.workspace.id)),
});
