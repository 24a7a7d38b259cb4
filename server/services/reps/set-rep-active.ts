// Deactivate (stops receiving leads, keeps history and team seats) or reactivate a rep: only a
// member's, and only one who works leads (not a Marketer: lead-worker-check.ts).
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { refuseMemberWhoCannotWorkLeads } from "./lead-worker-check";
import { loadRepOrThrow } from "./rep-records";

export async function setRepActive(db: Db, workspaceId: string, repId: string, isActive: boolean): Promise<{ id: string; isActive: boolean }> {
  const rep = await loadRepOrThrow(db, workspaceId, repId);
  if (isActive) {
    const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: rep.userId } }, select: { id: true } });
    if (!membership) throw new AppError("CONFLICT", "This person is no longer a member of the workspace.");
    if (!rep.isActive) await refuseMemberWhoCannotWorkLeads(db, workspaceId, rep.userId, "repId");
  }
  if (rep.isActive === isActive) return { id: rep.id, isActive };
  await db.repProfile.update({ where: { id: rep.id }, data: { isActive } });
  return { id: rep.id, isActive };
}
