// Invites: create (with the invite email in the same transaction), list, revoke, look up by
// token, accept. Tokens are random; only their SHA-256 is stored.
import crypto from "node:crypto";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { grantableRoles, ROLE_LABELS, type TRole } from "../../domain/auth/roles";
import { INVITE_TTL_DAYS, inviteState, type TInviteInput } from "../../domain/workspaces/invite-schema";
import { env } from "../../env";
import { appRateLimits, consumeAll, type TRateLimits } from "../rate-limit/rate-limits";
import { sendEmail, type TSendEmailOptions } from "../../mail/send-email";
import type { TWorkspaceContext } from "./resolve-workspace";

export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export async function createInvite(
  db: Db,
  actor: { userId: string; name: string | null; workspace: TWorkspaceContext },
  input: TInviteInput,
  opts: {
    /** The inviter's address (per-address email limit). */
    ip: string;
    /** Links are built on APP_URL (never on the request's Host); tests may pass another. */
    appUrl?: string;
    limits?: TRateLimits;
    now?: Date;
    /** The queue for the invite email (the app's, or a test's) and an optional transport config. */
    mail: TSendEmailOptions;
  },
): Promise<{ inviteId: string }> {
  const { workspace } = actor;
  if (!grantableRoles(workspace.role).includes(input.role)) {
    throw new AppError("FORBIDDEN", `You cannot invite someone as ${ROLE_LABELS[input.role]}.`);
  }
  if (input.teamId) {
    if (input.role !== "REP") throw new AppError("VALIDATION", "Only reps join a team", [{ path: "teamId", message: "Only reps join a team" }]);
    const team = await db.team.findFirst({ where: { id: input.teamId, workspaceId: workspace.id } });
    if (!team) throw new AppError("VALIDATION", "Unknown team", [{ path: "teamId", message: "Team not found in this workspace" }]);
  }
  const existing = await db.membership.findFirst({ where: { workspaceId: workspace.id, user: { email: input.email } } });
  if (existing) {
    throw new AppError("CONFLICT", "This person is already a member.", [{ path: "email", message: "Already a member of this workspace" }]);
  }
  const now = opts.now ?? new Date();
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * 24 * 60 * 60 * 1000);
  const url = `${opts.appUrl ?? env().APP_URL}/invite/${token}`;
  // Invites are emails: per recipient and per inviting address (429 when refused).
  const limits = opts.limits ?? appRateLimits();
  await consumeAll([
    [limits.emailRecipient, [input.email.toLowerCase()]],
    [limits.emailAddress, [opts.ip]],
  ]);
  // A started queue before the transaction: PGlite is one connection and must not wait on itself.
  const { mail } = opts;
  return db.$transaction(async (tx) => {
    // A new invite replaces any open one for the same address.
    await tx.invite.updateMany({
      where: { workspaceId: workspace.id, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invite = await tx.invite.create({
      data: {
        workspaceId: workspace.id,
        email: input.email,
        role: input.role,
        teamId: input.teamId ?? null,
        tokenHash: hashInviteToken(token),
        invitedById: actor.userId,
        expiresAt,
      },
    });
    await sendEmail(tx, {
      to: input.email,
      workspaceId: workspace.id,
      template: {
        name: "invite",
        props: { workspaceName: workspace.name, inviterName: actor.name ?? "A teammate", roleLabel: ROLE_LABELS[input.role], url, expiresAt },
      },
    }, mail);
    return { inviteId: invite.id };
  });
}

export async function listOpenInvites(db: Db, workspaceId: string, now = new Date()) {
  const invites = await db.invite.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    include: { invitedBy: { select: { name: true, email: true } } },
  });
  return invites.map((i) => ({
    id: i.id,
    email: i.email,
    role: i.role as TRole,
    teamId: i.teamId,
    invitedBy: i.invitedBy.name ?? i.invitedBy.email,
    expiresAt: i.expiresAt,
    isExpired: inviteState(i, now) === "expired",
  }));
}

export async function revokeInvite(db: Db, workspaceId: string, inviteId: string, now = new Date()): Promise<void> {
  const { count } = await db.invite.updateMany({
    where: { id: inviteId, workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Invite not found.");
}

export async function findInviteByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    include: { workspace: { select: { id: true, name: true, slug: true } }, invitedBy: { select: { name: true, email: true } } },
  });
}
