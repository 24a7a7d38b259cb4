// A rep's calendar connection (settings page): the rep for themselves (repId omitted), owners,
// admins and managers for any rep (repId). Access is checked in the service (resolveCalendarRep)
// on every call. Secrets go in, never out.
import { z } from "zod";
import { appCalendarDeps } from "../../services/calendars/app-calendar-deps";
import {
  connectCaldav,
  connectIcsFeed,
  disconnectCalendar,
  discoverCaldavCalendars,
  getCalendarStatus,
  refreshCalendar,
  resolveCalendarRep,
  ZCaldavAccountInput,
  ZCaldavConnectInput,
  ZIcsConnectInput,
  type TCalendarActor,
} from "../../services/calendars/calendar-connections";
import { now } from "../../time/clock";
import { router, workspaceProcedure, type TContext } from "../trpc";

const ZRep = z.object({ repId: z.string().min(1).max(64).nullable().default(null) });

const actorOf = (ctx: { user: { id: string }; workspace: { id: string; role: TCalendarActor["role"] } }): TCalendarActor => ({
  workspaceId: ctx.workspace.id,
  userId: ctx.user.id,
  role: ctx.workspace.role,
});
const depsOf = (ctx: TContext) => ctx.calendarDeps ?? appCalendarDeps();

export const calendarsRouter = router({
  status: workspaceProcedure.input(ZRep).query(({ ctx, input }) => getCalendarStatus(ctx.db, actorOf(ctx), input.repId, now())),
  discoverCaldav: workspaceProcedure.input(ZRep.extend({ account: ZCaldavAccountInput })).mutation(async ({ ctx, input }) => {
    await resolveCalendarRep(ctx.db, actorOf(ctx), input.repId);
    return discoverCaldavCalendars(depsOf(ctx), input.account);
  }),
  connectCaldav: workspaceProcedure
    .input(ZRep.extend({ account: ZCaldavConnectInput }))
    .mutation(({ ctx, input }) => connectCaldav(ctx.db, depsOf(ctx), actorOf(ctx), input.repId, input.account, now())),
  connectIcs: workspaceProcedure
    .input(ZRep.extend({ feed: ZIcsConnectInput }))
    .mutation(({ ctx, input }) => connectIcsFeed(ctx.db, depsOf(ctx), actorOf(ctx), input.repId, input.feed, now())),
  refresh: workspaceProcedure.input(ZRep).mutation(({ ctx, input }) => refreshCalendar(ctx.db, depsOf(ctx), actorOf(ctx), input.repId, now())),
  disconnect: workspaceProcedure.input(ZRep).mutation(({ ctx, input }) => disconnectCalendar(ctx.db, actorOf(ctx), input.repId)),
});
