// An active rep profile is for a member who works leads (member-role-in-routing.ts): routing sends
// it leads, and a Marketer cannot open the inbox, accept or log outcomes. Creating a Marketer's rep
// profile (it starts active) or reactivating one is a CONFLICT that says why and what to do:
// "Mia Marketer is a Marketer and cannot work leads: make them a Sales rep first". A person giving a
// lead to a rep (reassigning, approving or changing a review's owner) is refused the same way.
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

/**
 * CONFLICT (detail at `path`) when the user of rep profile `repId` cannot own a lead given by a
 * person (reassigned, or a review's owner approved): no longer a member, or a role that cannot work
 * leads — a Marketer whose rep profile is left from when they were a Sales rep. Nothing otherwise
 * (an unknown rep is the caller's to refuse).
 */
export async function refuseRepWhoCannotOwnLeads(db: DbTx, workspaceId: string, repId: string, path: string): Promise<void> {
  const rep = await db.repProfile.findFirst({
    where: { id: repId, workspaceId },
    select: { userId: true, user: { select: { name: true, email: true, memberships: { where: { workspaceId }, select: { id: true } } } } },
  });
  if (!rep) return;
  if (rep.user.memberships.length === 0) {
    const message = `${rep.user.name?.trim() || rep.user.email} is no longer a member of this workspace`;
    throw new AppError("CONFLICT", message, [{ path, message }]);
  }
  await refuseMemberWhoCannotWorkLeads(db, workspaceId, rep.userId, path);
}
