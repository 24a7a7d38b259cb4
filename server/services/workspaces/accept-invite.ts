// Accepting an invite: the invited address becomes a member with the invited role; a REP also
// gets a rep profile (default hours in their time zone) and joins the invite's team.
import type { Db, DbTx } from "../../db/client";
import { AppError } from "../../errors";
import { inviteState } from "../../domain/workspaces/invite-schema";
import { hashPassword } from "../../auth/passwords";
import { createDefaultRepProfile } from "../reps/create-default-rep-profile";
import { lockRoutingConfig } from "../routing/routing-settings";
import { addRepToTeam } from "../teams/team-members";
import { findInviteByToken } from "./invites";

type TInvite = NonNullable<Awaited<ReturnType<typeof findInviteByToken>>>;

async function loadValidInvite(db: Db, token: string, now: Date): Promise<TInvite> {
  const invite = await findInviteByToken(db, token);
  if (!invite) throw new AppError("NOT_FOUND", "This invite link is not valid.");
  const state = inviteState(invite, now);
  if (state !== "valid") throw new AppError("CONFLICT", `This invite has ${state === "accepted" ? "already been used" : `been ${state}`}.`);
  return invite;
}

async function joinWorkspace(tx: DbTx, invite: TInvite, userId: string, timeZone: string, now: Date): Promise<void> {
  // The routing config lock before the membership row (the order a role change and the team
  // services take them): joining a team is checked under it, and no deadlock with a role change.
  await lockRoutingConfig(tx, invite.workspaceId);
  const claimed = await tx.invite.updateMany({ where: { id: invite.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
  if (claimed.count === 0) throw new AppError("CONFLICT", "This invite has already been used.");
  await tx.membership.upsert({
    where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId } },
    create: { workspaceId: invite.workspaceId, userId, role: invite.role },
    update: { role: invite.role },
  });
  await tx.user.update({ where: { id: userId }, data: { activeWorkspaceId: invite.workspaceId, emailVerified: now } });
  if (invite.role !== "REP") return;
  const rep = await createDefaultRepProfile(tx, { workspaceId: invite.workspaceId, userId, timeZone });
  if (invite.teamId) await addRepToTeam(tx, { workspaceId: invite.workspaceId, teamId: invite.teamId, repId: rep.id });
}

/** The signed-in user accepts; their address must be the invited one. */
export async function acceptInviteAsUser(
  db: Db,
  token: string,
  user: { id: string; email: string },
  opts: { timeZone?: string; now?: Date } = {},
): Promise<{ workspaceId: string }> {
  const now = opts.now ?? new Date();
  const invite = await loadValidInvite(db, token, now);
  if (invite.email !== user.email.toLowerCase()) {
    throw new AppError("FORBIDDEN", `This invite is for ${invite.email}; you are signed in as ${user.email}.`);
  }
  await db.$transaction((tx) => joinWorkspace(tx, invite, user.id, opts.timeZone ?? "UTC", now));
  return { workspaceId: invite.workspaceId };
}

/** Someone without an account accepts: the account is created with their name and password. */
export async function acceptInviteWithNewAccount(
  db: Db,
  token: string,
  input: { name: string; password: string; timeZone: string },
  now = new Date(),
): Promise<{ email: string }> {
  const invite = await loadValidInvite(db, token, now);
  const existing = await db.user.findUnique({ where: { email: invite.email } });
  if (existing) throw new AppError("CONFLICT", "An account with this address exists: sign in to accept the invite.");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: invite.email, name: input.name, passwordHash } });
    await joinWorkspace(tx, invite, user.id, input.timeZone, now);
  });
  return { email: invite.email };
}
