// A workspace's nurture settings (one row, created with its defaults on first save): the footer's
// postal address, the default sequence, intent points, the daily send cap, quiet hours.
import type { Db, DbTx } from "../../db/client";
import { DEFAULT_NURTURE_SETTINGS, type TNurtureSettings } from "../../domain/nurture/nurture-settings";
import { AppError } from "../../errors";

export { DEFAULT_NURTURE_SETTINGS, ZNurtureSettingsInput, type TNurtureSettings } from "../../domain/nurture/nurture-settings";

export async function loadNurtureSettings(db: Db | DbTx, workspaceId: string): Promise<TNurtureSettings> {
  const row = await db.nurtureSettings.findUnique({ where: { workspaceId } });
  if (!row) return DEFAULT_NURTURE_SETTINGS;
  const { postalAddress, defaultSequenceId, clickPoints, returnVisitPoints, dailySendCap, quietStartHour, quietEndHour } = row;
  return { postalAddress, defaultSequenceId, clickPoints, returnVisitPoints, dailySendCap, quietStartHour, quietEndHour };
}

export async function saveNurtureSettings(db: Db, workspaceId: string, input: TNurtureSettings): Promise<TNurtureSettings> {
  if (input.defaultSequenceId) {
    const sequence = await db.nurtureSequence.findFirst({ where: { id: input.defaultSequenceId, workspaceId }, select: { publishedVersion: true } });
    if (!sequence) throw new AppError("VALIDATION", "No such sequence in this workspace", [{ path: "defaultSequenceId", message: "No such sequence in this workspace" }]);
    if (!sequence.publishedVersion) throw new AppError("VALIDATION", "Publish the sequence before making it the default", [{ path: "defaultSequenceId", message: "Publish the sequence before making it the default" }]);
  }
  await db.nurtureSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...input }, update: input });
  return input;
}

/**
 * Makes a published sequence the workspace default (or none): the sequence editors' choice, apart
 * from the settings page. A draft-only sequence cannot be the default (nobody could be enrolled).
 */
export async function setDefaultSequence(db: Db, workspaceId: string, sequenceId: string | null): Promise<{ defaultSequenceId: string | null }> {
  if (sequenceId) {
    const sequence = await db.nurtureSequence.findFirst({ where: { id: sequenceId, workspaceId }, select: { publishedVersion: true } });
    if (!sequence) throw new AppError("NOT_FOUND", "Sequence not found.", [{ path: "sequenceId", message: "No such sequence in this workspace" }]);
    if (!sequence.publishedVersion) throw new AppError("VALIDATION", "Publish the sequence before making it the default", [{ path: "sequenceId", message: "Publish the sequence before making it the default" }]);
  }
  await db.nurtureSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...DEFAULT_NURTURE_SETTINGS, defaultSequenceId: sequenceId }, update: { defaultSequenceId: sequenceId } });
  return { defaultSequenceId: sequenceId };
}
