import { router } from "./trpc";
import { formsRouter } from "./routers/forms";
import { jobsRouter } from "./routers/jobs";
import { leadsRouter } from "./routers/leads";
import { repsRouter } from "./routers/reps";
import { teamsRouter } from "./routers/teams";
import { invitesRouter, membersRouter, workspaceRouter } from "./routers/workspace";

export const appRouter = router({
  workspace: workspaceRouter,
  members: membersRouter,
  invites: invitesRouter,
  reps: repsRouter,
  teams: teamsRouter,
  jobs: jobsRouter,
  forms: formsRouter,
  leads: leadsRouter,
});

export type AppRouter = typeof appRouter;
