// The routing checks of a membership change, each a CONFLICT naming every place: removing a member
// who is part of routing (fallback queue, reviewer, a path's rep, a team: member-in-routing.ts),
// and changing a role to one that cannot hold a place the member holds (member-role-in-routing.ts).
// Call under lockRoutingConfig, so a concurrent publish cannot slip them back in.
import type { DbTx } from "../../db/client";
import type { TRole } from "../../domain/auth/roles";
import { describeMemberInRouting, memberRoutingPlaces } from "../../domain/routing/member-in-routing";
import { describeRoleInRouting, placesRoleCannotHold } from "../../domain/routing/member-role-in-routing";
import { ZRoutingConfigDraft } from "../../domain/routing/routing-config";
import type { TFieldError } from "../../domain/reps/issues-to-details";
import { AppError } from "../../errors";
import { getPublishedRouting } from "../routing/routing-settings";

interface TMemberPlaces {
  rep: { id: string; isActive: boolean } | null;
  /** Every place the user holds in routing (published, draft, teams). */
  places: TFieldError[];
}

async function loadMemberPlaces(tx: DbTx, workspaceId: string, userId: string): Promise<TMemberPlaces> {
  const rep = await tx.repProfile.findFirst({ where: { workspaceId, userId }, select: { id: true, isActive: true } });
  const published = await getPublishedRouting(tx, workspaceId);
  const settings = await tx.routingSettings.findUnique({ where: { workspaceId }, select: { draftConfig: true } });
  const draft = settings ? ZRoutingConfigDraft.safeParse(settings.draftConfig) : null;
  const teams = rep ? await tx.team.findMany({ where: { workspaceId, members: { some: { repId: rep.id } } }, select: { id: true, name: true } }) : [];
  const places = memberRoutingPlaces(
    { userId, repId: rep?.id ?? null },
    { published: published?.config ?? null, draft: draft?.success ? draft.data : null, teams: teams.map((t) => ({ ...t, repIds: [rep!.id] })) },
  );
  return { rep, places };
}

async function nameOf(tx: DbTx, userId: string): Promise<string> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
  return user.name ?? user.email;
}

/** CONFLICT naming every place the user holds in the workspace's routing (published, draft, teams). */
export async function refuseWhileInRouting(tx: DbTx, workspaceId: string, userId: string): Promise<void> {
  const { places } = await loadMemberPlaces(tx, workspaceId, userId);
  if (places.length === 0) return;
  throw new AppError("CONFLICT", describeMemberInRouting(await nameOf(tx, userId), places), places);
}

/** CONFLICT naming every place the user holds in routing that `role` could not hold. */
export async function refuseRoleInRouting(tx: DbTx, workspaceId: string, userId: string, role: TRole): Promise<void> {
  const { rep, places } = await loadMemberPlaces(tx, workspaceId, userId);
  const refused = placesRoleCannotHold(places, { role, isRepActive: rep?.isActive ?? false });
  if (refused.length === 0) return;
  throw new AppError("CONFLICT", describeRoleInRouting(await nameOf(tx, userId), role, refused), refused);
}
