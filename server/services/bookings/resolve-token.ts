// The lead (and its workspace) a prospect's booking token names. Unknown, forged or expired
// tokens are one 401 each; the token's lead must still exist.
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { verifyBookingToken, type TBookingTokenKind } from "./booking-token";

const MESSAGES = {
  malformed: "The booking link is not valid",
  bad_signature: "The booking link is not valid",
  expired: "The booking link has expired",
} as const;

export async function resolveBookingToken(db: Db, token: string, secret: string, now: Date): Promise<{ workspaceId: string; leadId: string }> {
  const id = checkToken(token, "book", secret, now);
  const lead = await db.lead.findUnique({ where: { id }, select: { id: true, workspaceId: true } });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found");
  return { workspaceId: lead.workspaceId, leadId: lead.id };
}

/** The id a token of `kind` names, or a 401. */
export function checkToken(token: string, kind: TBookingTokenKind, secret: string, now: Date): string {
  const check = verifyBookingToken(token, secret, now);
  if (!check.ok) throw new AppError("UNAUTHORIZED", MESSAGES[check.reason], [{ path: "token", message: MESSAGES[check.reason] }]);
  if (check.kind !== kind) throw new AppError("UNAUTHORIZED", MESSAGES.malformed, [{ path: "token", message: MESSAGES.malformed }]);
  return check.id;
}
