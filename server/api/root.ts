import { router } from "./trpc";
import { apiKeysRouter } from "./routers/api-keys";
import { assignmentsRouter } from "./routers/assignments";
import { calendarsRouter } from "./routers/calendars";
import { currenciesRouter } from "./routers/currencies";
import { formsRouter } from "./routers/forms";
import { jobsRouter } from "./routers/jobs";
import { leadsRouter } from "./routers/leads";
import { nurtureRouter } from "./routers/nurture";
import { meetingTypesRouter } from "./routers/meeting-types";
import { outcomesRouter } from "./routers/outcomes";
import { repsRouter } from "./routers/reps";
import { routingRouter } from "./routers/routing";
import { teamsRouter } from "./routers/teams";
import { webhooksRouter } from "./routers/webhooks";
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
  outcomes: outcomesRouter,
  nurture: nurtureRouter,
  apiKeys: apiKeysRouter,
  routing: routingRouter,
  assignments: assignmentsRouter,
  calendars: calendarsRouter,
  webhooks: webhooksRouter,
  meetingTypes: meetingTypesRouter,
  currencies: currenciesRouter,
});

export type AppRouter = typeof appRouter;
