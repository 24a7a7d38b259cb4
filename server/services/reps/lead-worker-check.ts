// An active rep profile is for a member who works leads (member-role-in-routing.ts): routing sends
// it leads, and a Marketer cannot open the inbox, accept or log outcomes. Creating a Marketer's rep
// profile (it starts active) or reactivating one is a CONFLICT that says why and what to do:
// "Mia Marketer is a Marketer and cannot work leads: make them a Sales rep first".
import type { DbTx } from "../../db/client";
import { describeCannotWorkLeads, canRepProfileHoldPlaces } from "../../domain/routing/member-role-in-routing";
import { AppError } from "../../errors";

/** CONFLICT (detail at `path`) when the member's role cannot work leads; nothing when it can or they are no member. */
export async function refuseMemberWhoCannotWorkLeads(db: DbTx, workspaceId: string, userId: string, path: string): Promise<void> {
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    select: { role: true, user: { select: { name: true, email: true } } },
  });
  if (!membership || canRepProfileHoldPlaces(membership.role, true)) return;
  const message = describeCannotWorkLeads(membership.user.name?.trim() || membership.user.email, membership.role);
  throw new AppError("CONFLICT", message, [{ path, message }]);
}
