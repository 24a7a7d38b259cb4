// Members of the caller's workspace: list, change role, remove. Rules in domain/workspaces.
// Routing is checked under the routing config lock, so a concurrent publish cannot slip them back
// in (member-routing-check.ts): removing a member who is part of routing (fallback queue,
// reviewer, a path's rep, a team) is refused with every place named; so is changing a role to
// one that cannot hold such a place (fallback owner, reviewer: a manager role; an active rep
// routed to: a role that works leads). Removing a member hands their open leads on AFTER commit:
// the removal writes one job row per lead (assignments/owner-removed.ts). So does changing a role
// to one that cannot work leads (a Marketer): their rep profile is deactivated in the same
// transaction (changing back does not reactivate it: a manager does, on the Reps page).
// A removal or role change that deactivates a rep profile changes the routing document: its
// published version moves, like a rep deactivated on the Reps page (routing-document-version.ts).
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { lockRoutingConfig } from "../routing/routing-settings";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { repDisplayName } from "../reps/rep-records";
import { enqueueOwnerRemovedLeads, openLeadCounts, type TOwnerRemovedQueue } from "../assignments/owner-removed";
import { grantableRoles, LEAD_WORKER_ROLES, ROLE_LABELS, type TRole } from "../../domain/auth/roles";
import { membershipChangeProblem } from "../../domain/workspaces/invite-schema";
import { refuseRoleInRouting, refuseWhileInRouting } from "./member-routing-check";
import type { TWorkspaceContext } from "./resolve-workspace";

export async function listMembers(db: Db, workspaceId: string) {
  const members = await db.membership.findMany({
    where: { workspaceId },
    include: { user: { select: { id: true, name: true, email: true, repProfiles: { where: { workspaceId }, select: { id: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  return members.map((m) => ({ membershipId: m.id, userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role as TRole, joinedAt: m.createdAt, repId: m.user.repProfiles[0]?.id ?? null }));
}

/** The members page (admins): each member with their open leads, those a removal hands on. */
export async function listMembersWithOpenLeads(db: Db, workspaceId: string) {
  const members = await listMembers(db, workspaceId);
  const openLeads = await openLeadCounts(db, workspaceId, members.flatMap((m) => m.repId ?? []));
  return members.map((m) => ({ ...m, openLeads: (m.repId && openLeads.get(m.repId)) || 0 }));
}

export interface TRoutingMember {
  userId: string;
  name: string | null;
  email: string;
  role: TRole;
  /** The member's rep profile, or null (a routing document may create one with this userId). */
  repId: string | null;
  joinedAt: Date;
}

/** The members as routing as code needs them (`GET /api/v1/members`): user ids for the fallback owner, the reviewer and new reps. */
export async function listRoutingMembers(db: DbTx, workspaceId: string): Promise<TRoutingMember[]> {
  const members = await db.membership.findMany({
    where: { workspaceId },
    include: { user: { select: { id: true, name: true, email: true, repProfiles: { where: { workspaceId }, select: { id: true } } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return members.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role as TRole, repId: m.user.repProfiles[0]?.id ?? null, joinedAt: m.createdAt }));
}

async function loadTarget(db: Db, workspaceId: string, membershipId: string) {
  const target = await db.membership.findFirst({ where: { id: membershipId, workspaceId } });
  if (!target) throw new AppError("NOT_FOUND", "Member not found.");
  const ownerCount = await db.membership.count({ where: { workspaceId, role: "OWNER" } });
  return { target, ownerCount };
}

export interface TRemoveMemberDeps {
  /** The queue the open leads' hand-on job rows are written to (asked for once the removal or role change is allowed). */
  queue: () => Promise<TOwnerRemovedQueue>;
}

/** Removes the member; returns how many open leads of theirs are handed on (after commit, by jobs). */
export async function removeMember(db: Db, actor: { userId: string; workspace: TWorkspaceContext }, membershipId: string, deps: TRemoveMemberDeps): Promise<{ openLeads: number }> {
  const { target, ownerCount } = await loadTarget(db, actor.workspace.id, membershipId);
  const problem = membershipChangeProblem({
    actorRole: actor.workspace.role,
    targetRole: target.role,
    isSelf: target.userId === actor.userId,
    ownerCount,
  });
  if (problem) throw new AppError("FORBIDDEN", problem);
  const queue = await deps.queue();
  await queue.start(); // before the transaction: PGlite is one connection
  return db.$transaction(async (tx) => {
    // The routing lock first (the order publishing a routing document takes them): no lead is
    // routed or reassigned to them while their open leads are listed.
    await lockWorkspaceRouting(tx, actor.workspace.id);
    await lockRoutingConfig(tx, actor.workspace.id);
    await refuseWhileInRouting(tx, actor.workspace.id, target.userId);
    // The rep profile stays for history (closed leads keep their owner) but stops receiving leads.
    const note = `Member ${quoted(await repDisplayName(tx, target.userId))} removed in the dashboard`;
    await editRoutingRoster(tx, { workspaceId: actor.workspace.id, userId: actor.userId, note }, async () => {
      await tx.repProfile.updateMany({ where: { workspaceId: actor.workspace.id, userId: target.userId }, data: { isActive: false } });
      await tx.membership.delete({ where: { id: target.id } });
    });
    const rep = await tx.repProfile.findFirst({ where: { workspaceId: actor.workspace.id, userId: target.userId }, select: { id: true } });
    const openLeads = rep ? await enqueueOwnerRemovedLeads(tx, queue, { workspaceId: actor.workspace.id, repId: rep.id, byUserId: actor.userId, cause: { kind: "removed" } }) : 0;
    return { openLeads };
  });
}

/**
 * Changes the member's role; returns how many open leads of theirs are handed on (after commit, by
 * jobs): all of them when the new role cannot work leads (a Marketer), none otherwise.
 */
export async function changeMemberRole(
  db: Db,
  actor: { userId: string; workspace: TWorkspaceContext },
  membershipId: string,
  role: TRole,
  deps: TRemoveMemberDeps,
): Promise<{ openLeads: number }> {
  const { target, ownerCount } = await loadTarget(db, actor.workspace.id, membershipId);
  if (!grantableRoles(actor.workspace.role).includes(role)) throw new AppError("FORBIDDEN", "Your role cannot grant that role.");
  if (target.role === role) return { openLeads: 0 };
  const problem = membershipChangeProblem({ actorRole: actor.workspace.role, targetRole: target.role, isSelf: target.userId === actor.userId, ownerCount });
  if (problem) throw new AppError("FORBIDDEN", problem);
  const stopsWorkingLeads = !LEAD_WORKER_ROLES.includes(role);
  const queue = stopsWorkingLeads ? await deps.queue() : null;
  await queue?.start(); // before the transaction: PGlite is one connection
  return db.$transaction(async (tx) => {
    // The locks in removeMember's order: no lead is routed or reassigned to them meanwhile.
    await lockWorkspaceRouting(tx, actor.workspace.id);
    await lockRoutingConfig(tx, actor.workspace.id);
    await refuseRoleInRouting(tx, actor.workspace.id, target.userId, role);
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    if (!queue) return { openLeads: 0 };
    // A role that cannot work leads: like a removal for their leads. The profile stays for history, inactive.
    const rep = await tx.repProfile.findFirst({ where: { workspaceId: actor.workspace.id, userId: target.userId }, select: { id: true } });
    if (!rep) return { openLeads: 0 };
    const note = `Rep ${quoted(await repDisplayName(tx, target.userId))} deactivated: role changed to ${ROLE_LABELS[role]} in the dashboard`;
    await editRoutingRoster(tx, { workspaceId: actor.workspace.id, userId: actor.userId, note }, () => tx.repProfile.update({ where: { id: rep.id }, data: { isActive: false } }));
    const openLeads = await enqueueOwnerRemovedLeads(tx, queue, { workspaceId: actor.workspace.id, repId: rep.id, byUserId: actor.userId, cause: { kind: "role_changed", role } });
    return { openLeads };
  });
}
