// Deactivate (stops receiving leads, keeps history and team seats) or reactivate a rep.
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { loadRepOrThrow } from "./rep-records";

export async function setRepActive(db: Db, workspaceId: string, repId: string, isActive: boolean): Promise<{ id: string; isActive: boolean }> {
  const rep = await loadRepOrThrow(db, workspaceId, repId);
  if (isActive) {
    const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: rep.userId } }, select: { id: true } });
    if (!membership) throw new AppError("CONFLICT", "This person is no longer a member of the workspace.");
  }
  if (rep.isActive === isActive) return { id: rep.id, isActive };
  await db.repProfile.update({ where: { id: rep.id }, data: { isActive } });
  return { id: rep.id, isActive };
}
