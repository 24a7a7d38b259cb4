// Members of the caller's workspace: list, change role, remove. Rules in domain/workspaces.
// Removing a member who is part of routing (fallback queue, reviewer, a path's rep, a team) is
// refused with every place named (domain/routing/member-in-routing.ts); checked under the routing
// config lock, so a concurrent publish cannot slip them back in.
import type { Db, DbTx } from "../../db/client";
import { describeMemberInRouting, memberRoutingPlaces } from "../../domain/routing/member-in-routing";
import { ZRoutingConfigDraft } from "../../domain/routing/routing-config";
import { AppError } from "../../errors";
import { getPublishedRouting, lockRoutingConfig } from "../routing/routing-settings";
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
    await lockRoutingConfig(tx, actor.workspace.id);
    await refuseWhileInRouting(tx, actor.workspace.id, target.userId);
    // The rep profile stays for history (leads keep their owner) but stops receiving leads.
    await tx.repProfile.updateMany({ where: { workspaceId: actor.workspace.id, userId: target.userId }, data: { isActive: false } });
    await tx.membership.delete({ where: { id: target.id } });
  });
}

/** CONFLICT naming every place the user holds in the workspace's routing (published, draft, teams). */
async function refuseWhileInRouting(tx: DbTx, workspaceId: string, userId: string): Promise<void> {
  const rep = await tx.repProfile.findFirst({ where: { workspaceId, userId }, select: { id: true } });
  const published = await getPublishedRouting(tx, workspaceId);
  const settings = await tx.routingSettings.findUnique({ where: { workspaceId }, select: { draftConfig: true } });
  const draft = settings ? ZRoutingConfigDraft.safeParse(settings.draftConfig) : null;
  const teams = rep ? await tx.team.findMany({ where: { workspaceId, members: { some: { repId: rep.id } } }, select: { id: true, name: true } }) : [];
  const places = memberRoutingPlaces(
    { userId, repId: rep?.id ?? null },
    { published: published?.config ?? null, draft: draft?.success ? draft.data : null, teams: teams.map((t) => ({ ...t, repIds: [rep!.id] })) },
  );
  if (places.length === 0) return;
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
  throw new AppError("CONFLICT", describeMemberInRouting(user.name ?? user.email, places), places);
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
