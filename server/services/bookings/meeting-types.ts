// Meeting types of a workspace (dashboard: Settings → Meeting types; read by booking). Every query
// is scoped to the workspace; a team must belong to it.
import type { Db, DbTx } from "../../db/client";
import { ZMeetingTypeSettings, type TMeetingTypeRecord } from "../../domain/booking/meeting-type";
import { AppError, validationError } from "../../errors";
import { parseInput } from "../reps/parse-input";
import { z } from "zod";

const SELECT = {
  id: true,
  teamId: true,
  pathId: true,
  title: true,
  durationMinutes: true,
  bufferBeforeMinutes: true,
  bufferAfterMinutes: true,
  minNoticeMinutes: true,
  horizonDays: true,
  slotStepMinutes: true,
  maxPerDay: true,
  locationKind: true,
  location: true,
  offersBooking: true,
  ownerWindowDays: true,
} as const;

export async function listMeetingTypes(db: Db | DbTx, workspaceId: string): Promise<TMeetingTypeRecord[]> {
  return db.meetingType.findMany({ where: { workspaceId }, select: SELECT, orderBy: [{ pathId: "asc" }, { teamId: "asc" }, { createdAt: "asc" }] });
}

export const ZMeetingTypeInput = ZMeetingTypeSettings.extend({
  id: z.string().min(1).max(40).optional(),
  /** Which leads it serves: one team, one routing path (its id), or neither (the workspace default). */
  teamId: z.string().min(1).max(80).nullable(),
  pathId: z.string().trim().min(1).max(80).nullable(),
});

export async function saveMeetingType(db: Db, workspaceId: string, raw: unknown): Promise<TMeetingTypeRecord> {
  const input = parseInput(ZMeetingTypeInput, raw);
  if (input.teamId && input.pathId) throw validationError([{ path: "pathId", message: "Choose a team or a path, not both" }]);
  if (input.teamId && !(await db.team.findFirst({ where: { id: input.teamId, workspaceId }, select: { id: true } }))) {
    throw validationError([{ path: "teamId", message: "Choose a team of this workspace" }]);
  }
  const { id, ...data } = input;
  const clash = await db.meetingType.findFirst({ where: { workspaceId, teamId: data.teamId, pathId: data.pathId, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  if (clash) throw validationError([{ path: data.pathId ? "pathId" : data.teamId ? "teamId" : "teamId", message: "That team or path already has a meeting type" }]);
  if (id) {
    const updated = await db.meetingType.updateMany({ where: { id, workspaceId }, data });
    if (updated.count === 0) throw new AppError("NOT_FOUND", "Meeting type not found");
    return db.meetingType.findFirstOrThrow({ where: { id, workspaceId }, select: SELECT });
  }
  return db.meetingType.create({ data: { ...data, workspaceId }, select: SELECT });
}

export async function deleteMeetingType(db: Db, workspaceId: string, id: string): Promise<void> {
  const deleted = await db.meetingType.deleteMany({ where: { id, workspaceId } });
  if (deleted.count === 0) throw new AppError("NOT_FOUND", "Meeting type not found");
}
