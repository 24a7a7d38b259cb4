// Members of the caller's workspace: list, change role, remove. Rules in domain/workspaces.
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { grantableRoles, type TRole } from "../../domain/auth/roles";
import { membershipChangeProblem } from "../../domain/workspaces/invite-schema";
import type { TWorkspaceContext } from "./resolve-workspace";

export async function listMembers(db: Db, workspaceId: string) {
  const members = await db.membership.findMany({
    where: { workspaceId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return members.map((m) => ({ membershipId: m.id, userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role as TRole, joinedAt: m.createdAt }));
}

async function loadTarget(db: Db, workspaceId: string, membershipId: string) {
  const target = await db.membership.findFirst({ where: { id: membershipId, workspaceId } });
  if (!target) throw new AppError("NOT_FOUND", "Member not found.");
  const ownerCount = await db.membership.count({ where: { workspaceId, role: "OWNER" } });
  return { target, ownerCount };
}

export async function removeMember(db: Db, actor: { userId: string; workspace: TWorkspaceContext }, membershipId: string): Promise<void> {
  const { target, ownerCount } = await loadTarget(db, actor.workspace.id, membershipId);
  const problem = membershipChangeProblem({
    actorRole: actor.workspace.role,
    targetRole: target.role,
    isSelf: target.userId === actor.userId,
    ownerCount,
  });
  if (problem) throw new AppError("FORBIDDEN", problem);
  await db.$transaction(async (tx) => {
    // The rep profile stays for history (leads keep their owner) but stops receiving leads.
    await tx.repProfile.updateMany({ where: { workspaceId: actor.workspace.id, userId: target.userId }, data: { isActive: false } });
    await tx.membership.delete({ where: { id: target.id } });
  });
}

export async function changeMemberRole(
  db: Db,
  actor: { userId: string; workspace: TWorkspaceContext },
  membershipId: string,
  role: TRole,
): Promise<void> {
  const { target, ownerCount } = await loadTarget(db, actor.workspace.id, membershipId);
  if (!grantableRoles(actor.workspace.role).includes(role)) throw new AppError("FORBIDDEN", "Your role cannot grant that role.");
  const problem =
    target.role === role
      ? null
      : membershipChangeProblem({ actorRole: actor.workspace.role, targetRole: target.role, isSelf: target.userId === actor.userId, ownerCount });
  if (problem) throw new AppError("FORBIDDEN", problem);
  await db.membership.update({ where: { id: target.id }, data: { role } });
}
