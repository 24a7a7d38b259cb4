// Small factories for integration tests: workspaces, members, teams. Real rows, no mocks.
import type { Db } from "../db/client";
import type { TRole } from "../domain/auth/roles";
import type { TContext } from "../api/trpc";

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function makeWorkspace(db: Db, name = "Workspace") {
  return db.workspace.create({ data: { name, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${next()}` } });
}

export async function makeMember(db: Db, workspaceId: string, role: TRole, name = role.toLowerCase()) {
  const user = await db.user.create({ data: { email: `${name}-${next()}@example.com`, name, activeWorkspaceId: workspaceId } });
  const membership = await db.membership.create({ data: { workspaceId, userId: user.id, role } });
  return { user, membership };
}

export function contextFor(db: Db, user: { id: string; email: string; name: string | null }): TContext {
  return { db, user: { id: user.id, email: user.email, name: user.name }, clientIp: "203.0.113.1" };
}
