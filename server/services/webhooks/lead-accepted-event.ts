// The lead.accepted webhook event of one acceptance, whichever way it came: the rep's accept link
// or button, working the lead before accepting it (an outcome), or a meeting booked. All of them
// accept through acceptLeadInTx (outcomes/accept-lead.ts), which writes it in the transaction that
// sets the assignment's acceptedAt, and only when that statement did (acceptedAt was null): one
// acceptance, one event, never a second for an accepted lead. Here, in the webhooks area every
// service already imports.
import type { TRawSql } from "../../db/raw-sql";
import type { TWebhookEventData } from "../../domain/webhooks/webhook-events";
import { emitWebhookEvent, type TWebhookQueue } from "./webhook-jobs";

export interface TAcceptedAssignment {
  workspaceId: string;
  leadId: string;
  assignmentId: string;
  repId: string;
  assignedAt: Date;
  acceptedAt: Date;
}

/** The lead.accepted event's data (payload version 1): time to accept from the assignment, never negative. */
export function leadAcceptedData(a: TAcceptedAssignment): TWebhookEventData<"lead.accepted"> {
  const timeToAcceptMs = Math.max(0, a.acceptedAt.getTime() - a.assignedAt.getTime());
  return { lead: { id: a.leadId }, assignment: { id: a.assignmentId, repId: a.repId, acceptedAt: a.acceptedAt.toISOString(), timeToAcceptMs } };
}

/** The event row (+ its fan-out job row) in the acceptance's transaction, when an endpoint subscribes. */
export function emitLeadAccepted(tx: TRawSql, queue: TWebhookQueue, a: TAcceptedAssignment): Promise<string | null> {
  return emitWebhookEvent(tx, queue, { workspaceId: a.workspaceId, type: "lead.accepted", at: a.acceptedAt, data: leadAcceptedData(a) });
}
