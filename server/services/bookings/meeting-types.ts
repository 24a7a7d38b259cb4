// Meeting types of a workspace (dashboard: Settings → Meeting types, team managers; the routing
// document's `meetingTypes`; read by booking): reads, and a routing document's save. The
// dashboard's one-at-a-time edits are in edit-meeting-types.ts (they move the routing version, and
// the routing document reads this module). Every query is scoped to the workspace.
import type { Db, DbTx } from "../../db/client";
import type { TMeetingTypeRecord } from "../../domain/booking/meeting-type";
import type { TMeetingTypeEntry } from "../../domain/booking/meeting-type-scope";
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
