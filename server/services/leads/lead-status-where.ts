// The status filter of the lead lists (`GET /api/v1/leads`, the dashboard's table and its CSV), as
// leadStatusView presents the status: SPAM is the spam leads (isSpam), any other status is the
// leads stored with it that are not spam.
import type { LeadStatus, Prisma } from "../../db/generated/client";
import { SPAM_STATUS } from "../../domain/leads/lead-status-view";

export function leadStatusWhere(status: LeadStatus | undefined): Prisma.LeadWhereInput {
  if (!status) return {};
  return status === SPAM_STATUS ? { isSpam: true } : { status, isSpam: false };
}
