// A workspace's nurture settings (one row, created with its defaults on first save): the footer's
// postal address, the default sequence, intent points, the daily send cap, quiet hours.
import { z } from "zod";
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";

export const ZNurtureSettingsInput = z.object({
  postalAddress: z.string().trim().max(300),
  defaultSequenceId: z.string().min(1).nullable(),
  clickPoints: z.number().int().min(0).max(100),
  returnVisitPoints: z.number().int().min(0).max(100),
  dailySendCap: z.number().int().min(0).max(1_000_000),
  quietStartHour: z.number().int().min(0).max(23),
  quietEndHour: z.number().int().min(0).max(23),
});
export type TNurtureSettings = z.output<typeof ZNurtureSettingsInput>;

export const DEFAULT_NURTURE_SETTINGS: TNurtureSettings = { postalAddress: "", defaultSequenceId: null, clickPoints: 10, returnVisitPoints: 15, dailySendCap: 500, quietStartHour: 20, quietEndHour: 8 };

export async function loadNurtureSettings(db: Db | DbTx, workspaceId: string): Promise<TNurtureSettings> {
  const row = await db.nurtureSettings.findUnique({ where: { workspaceId } });
  if (!row) return DEFAULT_NURTURE_SETTINGS;
  const { postalAddress, defaultSequenceId, clickPoints, returnVisitPoints, dailySendCap, quietStartHour, quietEndHour } = row;
  return { postalAddress, defaultSequenceId, clickPoints, returnVisitPoints, dailySendCap, quietStartHour, quietEndHour };
}

export async function saveNurtureSettings(db: Db, workspaceId: string, input: TNurtureSettings): Promise<TNurtureSettings> {
  if (input.defaultSequenceId) {
    const sequence = await db.nurtureSequence.findFirst({ where: { id: input.defaultSequenceId, workspaceId }, select: { id: true } });
    if (!sequence) throw new AppError("VALIDATION", "No such sequence in this workspace", [{ path: "defaultSequenceId", message: "No such sequence in this workspace" }]);
  }
  await db.nurtureSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...input }, update: input });
  return input;
}
