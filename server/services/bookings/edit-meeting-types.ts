// The dashboard's meeting type edits (Settings → Meeting types, team managers): create or update
// one, delete one. A team must belong to the workspace and a path must be one of the published
// routing config's; bad input is one VALIDATION error with every field's path, and nothing is
// written. Meeting types are part of the routing document (`GET /api/v1/routing`), so an edit that
// changes them moves its published version, as a PUT would (routing-document-version.ts): a script's
// PUT from before it is a 409. `userId` is the new version's author.
import type { Db } from "../../db/client";
import type { TMeetingTypeRecord } from "../../domain/booking/meeting-type";
import { checkMeetingTypeScopes, ZMeetingTypeEntry } from "../../domain/booking/meeting-type-scope";
import { AppError, validationError } from "../../errors";
import { parseInput } from "../reps/parse-input";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { getPublishedRouting } from "../routing/routing-settings";
import { MEETING_TYPE_SELECT } from "./meeting-types";

/** Creates (no id) or updates (id) one meeting type. */
export async function saveMeetingType(db: Db, workspaceId: string, raw: unknown, userId: string | null = null): Promise<TMeetingTypeRecord> {
  const input = parseInput(ZMeetingTypeEntry, raw);
  const note = `Meeting type ${quoted(input.title)} ${input.id ? "edited" : "created"} in the dashboard`;
  return db.$transaction((tx) =>
    // Checked under the routing config lock: a concurrent publish cannot remove the path meanwhile.
    editRoutingRoster(tx, { workspaceId, userId, note }, async () => {
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
    }),
  );
}

export async function deleteMeetingType(db: Db, workspaceId: string, id: string, userId: string | null = null): Promise<void> {
  await db.$transaction(async (tx) => {
    const stored = await tx.meetingType.findFirst({ where: { id, workspaceId }, select: { title: true } });
    if (!stored) throw new AppError("NOT_FOUND", "Meeting type not found");
    const note = `Meeting type ${quoted(stored.title)} deleted in the dashboard`;
    await editRoutingRoster(tx, { workspaceId, userId, note }, async () => {
      const deleted = await tx.meetingType.deleteMany({ where: { id, workspaceId } });
      if (deleted.count === 0) throw new AppError("NOT_FOUND", "Meeting type not found");
    });
  });
}
