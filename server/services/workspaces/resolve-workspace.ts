// The caller's active workspace and role: the user's chosen workspace if still a member,
// otherwise their oldest membership.
import type { Db } from "../../db/client";
import type { TRole } from "../../domain/auth/roles";

export interface TWorkspaceContext {
  id: string;
  slug: string;
  name: string;
  role: TRole;
}

export async function resolveWorkspace(db: Db, userId: string): Promise<TWorkspaceContext | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { activeWorkspaceId: true } });
  const memberships = await db.membership.findMany({
    where: { userId },
    include: { workspace: { select: { id: true, slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const chosen = memberships.find((m) => m.workspaceId === user?.activeWorkspaceId) ?? memberships[0];
  if (!chosen) return null;
  return { ...chosen.workspace, role: chosen.role };
}
