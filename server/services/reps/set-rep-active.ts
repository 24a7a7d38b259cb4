// Deactivate (stops receiving leads, keeps history and team seats) or reactivate a rep: only a
// member's, and only one who works leads (not a Marketer: lead-worker-check.ts). Checked and
// written under the routing config lock, which changing a role takes before it checks whether the
// member's rep profile is active: a role change at the same moment is seen, or sees this.
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { lockRoutingConfig } from "../routing/routing-settings";
import { refuseMemberWhoCannotWorkLeads } from "./lead-worker-check";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { loadRepOrThrow, repDisplayName } from "./rep-records";

export async function setRepActive(db: Db, workspaceId: string, repId: string, isActive: boolean, userId: string | null = null): Promise<{ id: string; isActive: boolean }> {
  return db.$transaction(async (tx) => {
    if (isActive) await lockRoutingConfig(tx, workspaceId);
    const rep = await loadRepOrThrow(tx, workspaceId, repId);
    if (isActive) {
      const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: rep.userId } }, select: { id: true } });
      if (!membership) throw new AppError("CONFLICT", "This person is no longer a member of the workspace.");
      if (!rep.isActive) await refuseMemberWhoCannotWorkLeads(tx, workspaceId, rep.userId, "repId");
    }
    if (rep.isActive === isActive) return { id: rep.id, isActive };
    const note = `Rep ${quoted(await repDisplayName(tx, rep.userId))} ${isActive ? "reactivated" : "deactivated"} in the dashboard`;
    await editRoutingRoster(tx, { workspaceId, userId, note }, () => tx.repProfile.update({ where: { id: rep.id }, data: { isActive } }));
    return { id: rep.id, isActive };
  });
}
