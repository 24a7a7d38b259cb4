import { router } from "./trpc";
import { invitesRouter, membersRouter, workspaceRouter } from "./routers/workspace";

export const appRouter = router({
  workspace: workspaceRouter,
  members: membersRouter,
  invites: invitesRouter,
});

export type AppRouter = typeof appRouter;
