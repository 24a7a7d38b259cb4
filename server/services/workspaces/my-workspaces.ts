// The workspaces a user belongs to; switching; creating a new one (creator becomes owner).
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { slugify } from "../../domain/workspaces/invite-schema";
import type { TRole } from "../../domain/auth/roles";

export async function listMyWorkspaces(db: Db, userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    include: { workspace: { select: { id: true, name: true, slug: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ ...m.workspace, role: m.role as TRole }));
}

export async function switchWorkspace(db: Db, userId: string, workspaceId: string): Promise<void> {
  const membership = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } });
  if (!membership) throw new AppError("NOT_FOUND", "Workspace not found.");
  await db.user.update({ where: { id: userId }, data: { activeWorkspaceId: workspaceId } });
}

export async function createWorkspace(db: Db, userId: string, name: string): Promise<{ id: string; slug: string }> {
  const base = slugify(name);
  return db.$transaction(async (tx) => {
    const taken = await tx.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const used = new Set(taken.map((w) => w.slug));
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    const workspace = await tx.workspace.create({ data: { name: name.trim(), slug } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "OWNER" } });
    await tx.user.update({ where: { id: userId }, data: { activeWorkspaceId: workspace.id } });
    return { id: workspace.id, slug };
  });
}
