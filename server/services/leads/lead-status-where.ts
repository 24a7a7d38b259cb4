// The status filter of the lead lists (`GET /api/v1/leads`, the dashboard's table and its CSV), as
// leadStatusView presents the status: SPAM is the spam leads nobody has acted on (isSpam, status
// NEW), NEW is the leads stored NEW that are not spam, and any other status is the leads stored
// with it (a lead still flagged spam whose status moved on included; a hand assignment clears the flag).
// `isSpam` is always set in the result (undefined = either), so it replaces a list's own default
// of hiding spam: a status filter decides spam itself.
import type { LeadStatus, Prisma } from "../../db/generated/client";
import { SPAM_STATUS, UNTOUCHED_SPAM_STATUSES } from "../../domain/leads/lead-status-view";

/**
 * The leads that read as SPAM (leadStatusView), and the rest: a list that hides spam by default
 * (the dashboard's table without "show spam") hides only the first, so a spam lead a manager
 * assigned by hand stays in the table.
 */
export const readsAsSpamWhere: Prisma.LeadWhereInput = { isSpam: true, status: { in: [...UNTOUCHED_SPAM_STATUSES] } };
export const notReadingAsSpamWhere: Prisma.LeadWhereInput = { NOT: readsAsSpamWhere };

export function leadStatusWhere(status: LeadStatus | undefined): Prisma.LeadWhereInput {
  if (!status) return {};
  if (status === SPAM_STATUS) return { ...readsAsSpamWhere };
  return (UNTOUCHED_SPAM_STATUSES as readonly string[]).includes(status) ? { status, isSpam: false } : { status, isSpam: undefined };
}
