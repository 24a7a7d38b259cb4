// Invites and membership rules. Pure.
import { z } from "zod";
import { ROLES, type TRole } from "../auth/roles";

export const INVITE_TTL_DAYS = 7;

export const ZInviteInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  role: z.enum(ROLES),
  // A select's "No team" option submits "".
  teamId: z.preprocess((v) => (v === "" ? null : v), z.string().min(1).max(64).nullish()),
});
export type TInviteInput = z.infer<typeof ZInviteInput>;

export const ZAcceptInviteNewAccount = z.object({
  name: z.string().trim().min(1, "Enter your name").max(120),
  password: z.string().min(10, "Use at least 10 characters").max(200),
  timeZone: z.string().min(1).max(80).default("UTC"),
});

export type TInviteState = "valid" | "expired" | "revoked" | "accepted";

export function inviteState(invite: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null }, now: Date): TInviteState {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** Why `actor` may not remove (or demote) `target`, or null when allowed. */
export function membershipChangeProblem(input: {
  actorRole: TRole;
  targetRole: TRole;
  isSelf: boolean;
  ownerCount: number;
}): string | null {
  if (input.targetRole === "OWNER" && input.actorRole !== "OWNER") return "Only an owner can change another owner.";
  if (input.targetRole === "OWNER" && input.ownerCount <= 1) return "A workspace needs at least one owner.";
  if (input.isSelf && input.actorRole !== "OWNER") return "You cannot change your own membership; ask an owner.";
  return null;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || "workspace";
}
