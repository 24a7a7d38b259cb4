// The signed-in visitor's role in the workspace a lead belongs to (null: not a member there), for a
// page that must know whether its visitor may open the lead before it links to it — the accept
// link's "backup queue" state. One read, scoped by the lead's own workspace.
import type { Db } from "../db/client";
import type { TRole } from "../domain/auth/roles";

export async function roleInLeadWorkspace(db: Db, userId: string, leadId: string): Promise<TRole | null> {
  const membership = await db.membership.findFirst({ where: { userId, workspace: { leads: { some: { id: leadId } } } }, select: { role: true } });
  return membership?.role ?? null;
}
