// Meeting types (Settings → Meeting types): team managers read and edit them, with the teams and
// the published routing paths they may serve. One service call each; the workspace is the
// caller's, never an id from the input.
import { z } from "zod";
import { TEAM_MANAGER_ROLES } from "../../domain/auth/roles";
import { MEETING_LOCATION_KINDS } from "../../domain/booking/meeting-type";
import { ZMeetingTypeEntry } from "../../domain/booking/meeting-type-scope";
import { deleteMeetingType, saveMeetingType } from "../../services/bookings/edit-meeting-types";
import { listMeetingTypeEditor } from "../../services/bookings/meeting-types";
import { roleProcedure, router } from "../trpc";

const managerProcedure = roleProcedure(TEAM_MANAGER_ROLES);

export const ZMeetingTypeRecordOutput = z.object({
  id: z.string(),
  teamId: z.string().nullable(),
  pathId: z.string().nullable(),
  title: z.string(),
  durationMinutes: z.number(),
  bufferBeforeMinutes: z.number(),
  bufferAfterMinutes: z.number(),
  minNoticeMinutes: z.number(),
  horizonDays: z.number(),
  slotStepMinutes: z.number(),
  maxPerDay: z.number().nullable(),
  locationKind: z.enum(MEETING_LOCATION_KINDS),
  location: z.string(),
  offersBooking: z.boolean(),
  ownerWindowDays: z.number(),
});

const ZEditorOutput = z.object({
  meetingTypes: z.array(ZMeetingTypeRecordOutput),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  paths: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const meetingTypesRouter = router({
  editor: managerProcedure.output(ZEditorOutput).query(({ ctx }) => listMeetingTypeEditor(ctx.db, ctx.workspace.id)),
  save: managerProcedure.input(ZMeetingTypeEntry).output(ZMeetingTypeRecordOutput).mutation(({ ctx, input }) => saveMeetingType(ctx.db, ctx.workspace.id, input, ctx.user.id)),
  delete: managerProcedure
    .input(z.object({ id: z.string().min(1).max(64) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deleteMeetingType(ctx.db, ctx.workspace.id, input.id, ctx.user.id);
      return { ok: true as const };
    }),
});
