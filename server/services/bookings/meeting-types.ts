// Meeting types of a workspace (dashboard: Settings → Meeting types, team managers; the routing
// document's `meetingTypes`; read by booking). Every query is scoped to the workspace; a team must
// belong to it and a path must be one of the published routing config's. Bad input is one
// VALIDATION error with every field's path, and nothing is written.
import type { Db, DbTx } from "../../db/client";
import type { TMeetingTypeRecord } from "../../domain/booking/meeting-type";
import { checkMeetingTypeScopes, ZMeetingTypeEntry, type TMeetingTypeEntry } from "../../domain/booking/meeting-type-scope";
import { AppError, validationError } from "../../errors";
import { parseInput } from "../reps/parse-input";
import { getPublishedRouting } from "../routing/routing-settings";

export const MEETING_TYPE_SELECT = {
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
  return db.meetingType.findMany({ where: { workspaceId }, select: MEETING_TYPE_SELECT, orderBy: [{ pathId: "asc" }, { teamId: "asc" }, { createdAt: "asc" }] });
}

/** What the dashboard's editor needs: the meeting types, the teams and the published routing paths they may serve. */
export async function listMeetingTypeEditor(db: Db, workspaceId: string) {
  const meetingTypes = await listMeetingTypes(db, workspaceId);
  const teams = await db.team.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, name: true } });
  const published = await getPublishedRouting(db, workspaceId);
  const paths = (published?.config.paths ?? []).filter((p) => p.destination.type === "team" || p.destination.type === "rep").map((p) => ({ id: p.id, name: p.name }));
  return { meetingTypes, teams, paths };
}

/** Creates (no id) or updates (id) one meeting type. */
export async function saveMeetingType(db: Db, workspaceId: string, raw: unknown): Promise<TMeetingTypeRecord> {
  const input = parseInput(ZMeetingTypeEntry, raw);
  return db.$transaction(async (tx) => {
    const stored = await tx.meetingType.findMany({ where: { workspaceId }, select: { id: true, teamId: true, pathId: true } });
    if (input.id && !stored.some((t) => t.id === input.id)) throw new AppError("NOT_FOUND", "Meeting type not found");
    const teams = await tx.team.findMany({ where: { workspaceId }, select: { id: true } });
    const published = await getPublishedRouting(tx, workspaceId);
    // The others first, so that a clash is reported on this entry (the last one).
    const others = stored.filter((t) => t.id !== input.id);
    const errors = checkMeetingTypeScopes([...others, input], { teamIds: teams.map((t) => t.id), pathIds: published?.config.paths.map((p) => p.id) ?? [], storedIds: stored.map((t) => t.id) }, { only: others.length });
    if (errors.length > 0) throw validationError(errors);
    const { id, ...data } = input;
    if (id) return tx.meetingType.update({ where: { id }, data, select: MEETING_TYPE_SELECT });
    return tx.meetingType.create({ data: { ...data, workspaceId }, select: MEETING_TYPE_SELECT });
  });
}

export async function deleteMeetingType(db: Db, workspaceId: string, id: string): Promise<void> {
  const deleted = await db.meetingType.deleteMany({ where: { id, workspaceId } });
  if (deleted.count === 0) throw new AppError("NOT_FOUND", "Meeting type not found");
}

/**
 * A routing document's `meetingTypes`, already checked (routing-document.ts), saved in its
 * transaction: the list becomes the workspace's whole list — entries with an id are updated, new
 * ones created, stored ones left out deleted. Team keys of new teams are resolved to their ids.
 */
export async function saveDocumentMeetingTypes(tx: DbTx, workspaceId: string, entries: readonly TMeetingTypeEntry[], teamIdByKey: ReadonlyMap<string, string>): Promise<void> {
  const keep = entries.flatMap((e) => (e.id ? [e.id] : []));
  await tx.meetingType.deleteMany({ where: { workspaceId, id: { notIn: keep } } });
  for (const { id, ...entry } of entries) {
    const data = { ...entry, teamId: entry.teamId ? (teamIdByKey.get(entry.teamId) ?? entry.teamId) : null };
    if (id) await tx.meetingType.updateMany({ where: { id, workspaceId }, data });
    else await tx.meetingType.create({ data: { ...data, workspaceId } });
  }
}
