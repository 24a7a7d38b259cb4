import { router } from "./trpc";
import { apiKeysRouter } from "./routers/api-keys";
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
  apiKeys: apiKeysRouter,
});

export type AppRouter = typeof appRouter;
