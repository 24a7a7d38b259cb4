// Loading teams, always scoped by the caller's workspace.
import type { DbTx } from "../../db/client";
import { AppError, validationError } from "../../errors";

/** A team of this workspace, or NOT_FOUND (also for ids of other workspaces). */
export async function loadTeamOrThrow(db: DbTx, workspaceId: string, teamId: string) {
  const team = await db.team.findFirst({ where: { id: teamId, workspaceId } });
  if (!team) throw new AppError("NOT_FOUND", "Team not found.");
  return team;
}

/** The given rep ids, all of which must be reps of this workspace (NOT_FOUND otherwise). */
export async function loadRepIdsOrThrow(db: DbTx, workspaceId: string, repIds: readonly string[]): Promise<string[]> {
  if (repIds.length === 0) return [];
  const found = await db.repProfile.findMany({ where: { workspaceId, id: { in: [...repIds] } }, select: { id: true } });
  const known = new Set(found.map((r) => r.id));
  const missing = repIds.map((id, index) => ({ id, index })).filter((r) => !known.has(r.id));
  if (missing.length > 0) {
    throw new AppError(
      "NOT_FOUND",
      "Rep not found.",
      missing.map((m) => ({ path: `repIds.${m.index}`, message: "Rep not found" })),
    );
  }
  return [...repIds];
}

export function duplicateNameError() {
  return validationError([{ path: "name", message: "Another team already has this name" }]);
}

/** Another team of the workspace with the same name, ignoring case. */
export async function hasTeamNamed(db: DbTx, workspaceId: string, name: string, exceptTeamId?: string): Promise<boolean> {
  const other = await db.team.findFirst({
    where: { workspaceId, name: { equals: name, mode: "insensitive" }, ...(exceptTeamId ? { id: { not: exceptTeamId } } : {}) },
    select: { id: true },
  });
  return other !== null;
}
