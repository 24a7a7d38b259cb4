// Team membership: only reps of the team's own workspace may join, whose user is still a member
// and, while the rep is active, works leads (not a Marketer: member-role-in-routing.ts). Checked
// and written under the routing config lock, which removing a member and changing a role take
// before they check the member's places in routing (teams among them): either the role change
// sees the new team member and is refused, or the team sees the new role and is.
import type { Db, DbTx } from "../../db/client";
import { type TTeamMembersInput, ZTeamMembersInput } from "../../domain/reps/team-input";
import { parseInput } from "../reps/parse-input";
import { canRepProfileHoldPlaces, describeCannotWorkLeads } from "../../domain/routing/member-role-in-routing";
import { AppError, validationError } from "../../errors";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { lockRoutingConfig } from "../routing/routing-settings";
import { loadRepIdsOrThrow, loadTeamOrThrow } from "./team-records";

/** Replace the member list. Unknown or foreign rep ids → NOT_FOUND and nothing changes. */
export async function setTeamMembers(db: Db, workspaceId: string, teamId: string, rawInput: { repIds: string[] }, userId: string | null = null): Promise<TTeamMembersInput> {
  const input = parseInput(ZTeamMembersInput, rawInput);
  return db.$transaction(async (tx) => {
    await lockRoutingConfig(tx, workspaceId);
    const team = await loadTeamOrThrow(tx, workspaceId, teamId);
    const repIds = await loadRepIdsOrThrow(tx, workspaceId, input.repIds);
    // Every listed rep, not only the new ones: removing a member is refused while they are in a team.
    await refuseFormerMembers(tx, workspaceId, repIds);
    await refuseRepsWhoCannotWorkLeads(tx, workspaceId, repIds);
    await editRoutingRoster(tx, { workspaceId, userId, note: membersNote(team.name) }, async () => {
      await tx.teamMember.deleteMany({ where: { teamId: team.id, repId: { notIn: repIds } } });
      if (repIds.length > 0) {
        await tx.teamMember.createMany({ data: repIds.map((repId) => ({ teamId: team.id, repId })), skipDuplicates: true });
      }
    });
    return { repIds };
  });
}

/** Add one rep (idempotent). Runs in the caller's transaction, e.g. when a REP accepts an invite; takes the routing config lock in it. */
export async function addRepToTeam(tx: DbTx, args: { workspaceId: string; teamId: string; repId: string; userId?: string | null }): Promise<void> {
  await lockRoutingConfig(tx, args.workspaceId);
  const team = await loadTeamOrThrow(tx, args.workspaceId, args.teamId);
  await loadRepIdsOrThrow(tx, args.workspaceId, [args.repId]);
  await refuseFormerMembers(tx, args.workspaceId, [args.repId]);
  await refuseRepsWhoCannotWorkLeads(tx, args.workspaceId, [args.repId]);
  await editRoutingRoster(tx, { workspaceId: args.workspaceId, userId: args.userId ?? null, note: membersNote(team.name) }, () =>
    tx.teamMember.createMany({ data: [{ teamId: team.id, repId: args.repId }], skipDuplicates: true }),
  );
}

export async function removeRepFromTeam(db: Db, args: { workspaceId: string; teamId: string; repId: string; userId?: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const team = await loadTeamOrThrow(tx, args.workspaceId, args.teamId);
    await loadRepIdsOrThrow(tx, args.workspaceId, [args.repId]);
    await editRoutingRoster(tx, { workspaceId: args.workspaceId, userId: args.userId ?? null, note: membersNote(team.name) }, () =>
      tx.teamMember.deleteMany({ where: { teamId: team.id, repId: args.repId } }),
    );
  });
}

const membersNote = (teamName: string) => `Team ${quoted(teamName)}: members changed in the dashboard`;

/**
 * A rep whose user was removed from the workspace cannot join a team (the routing API refuses such
 * a team with the same words); the dashboard offered them, and the published routing then named them.
 */
async function refuseFormerMembers(db: DbTx, workspaceId: string, repIds: string[]): Promise<void> {
  if (repIds.length === 0) return;
  const former = await db.repProfile.findMany({ where: { id: { in: repIds }, workspaceId, user: { memberships: { none: { workspaceId } } } }, select: { id: true, user: { select: { name: true, email: true } } } });
  if (former.length === 0) return;
  throw validationError(former.map((rep) => ({ path: "repId", message: `${rep.user.name ?? rep.user.email} is no longer a member of this workspace` })), "A former member cannot join a team");
}

/**
 * An active rep whose user cannot work leads (a Marketer) cannot join a team: the team's routing
 * would send them leads they cannot open. CONFLICT saying why; an inactive rep may join.
 */
async function refuseRepsWhoCannotWorkLeads(db: DbTx, workspaceId: string, repIds: string[]): Promise<void> {
  if (repIds.length === 0) return;
  const reps = await db.repProfile.findMany({
    where: { id: { in: repIds }, workspaceId, isActive: true },
    select: { user: { select: { name: true, email: true, memberships: { where: { workspaceId }, select: { role: true } } } } },
  });
  const refused = reps.flatMap(({ user }) => {
    const role = user.memberships[0]?.role;
    return role && !canRepProfileHoldPlaces(role, true) ? [{ path: "repId", message: describeCannotWorkLeads(user.name?.trim() || user.email, role) }] : [];
  });
  if (refused.length > 0) throw new AppError("CONFLICT", refused.map((r) => r.message).join("; "), refused);
}
