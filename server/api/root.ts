import { router } from "./trpc";
import { jobsRouter } from "./routers/jobs";
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
});

export type AppRouter = typeof appRouter;
