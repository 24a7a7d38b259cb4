// The lead.reassigned webhook event of a reassignment, written in the reassignment's own
// transaction (every lane: a manager's choice by name or of the next best rep, the SLA, a returned
// lead, a booking with the next best rep, an owner removed). One event row — only when an endpoint
// subscribes — and its fan-out job row (emitWebhookEvent); delivered after commit, lost with a
// rollback. The new assignment's "routing.assigned" job (routing's lanes) then writes no
// lead.routed / lead.reassigned of its own (TAssignedJob.isReassignment).
// Under the workspace routing lock: the caller passes the assignment it has just written (the
// row's fields, as it holds them: routeLeadInTx's `assignment`, or the row it created), so the
// event costs ONE statement — the conditional INSERT, which writes nothing when no endpoint
// subscribes (an index probe of the workspace's endpoints) — and the fan-out job row only with an
// event row. Nothing is read back.
import type { TRawSql } from "../../db/raw-sql";
import type { TReassignCause } from "../../domain/webhooks/webhook-events";
import type { TWrittenAssignment } from "../routing/route-lead";
import { emitWebhookEvent, type TWebhookQueue } from "../webhooks/webhook-jobs";

export type { TWrittenAssignment };

export interface TLeadReassignedEvent {
  workspaceId: string;
  leadId: string;
  /** The assignment the reassignment has just written, as its row holds it (null: it made none — nothing is sent). */
  assignment: TWrittenAssignment | null;
  /** The current assignment it ended and its rep (nulls: the lead had no owner). */
  previous: { assignmentId: string | null; repId: string | null };
  cause: TReassignCause;
}

/** Writes lead.reassigned for the assignment just made (rep, kind, note, who). Returns the event id, or null (no assignment, or no endpoint subscribes). */
export async function emitLeadReassigned(tx: TRawSql, queue: TWebhookQueue, event: TLeadReassignedEvent): Promise<string | null> {
  const { assignment } = event;
  if (!assignment) return null;
  return emitWebhookEvent(tx, queue, {
    workspaceId: event.workspaceId,
    type: "lead.reassigned",
    at: assignment.assignedAt,
    data: {
      lead: { id: event.leadId },
      assignment: { id: assignment.id, kind: assignment.kind, repId: assignment.repId, isProvisional: assignment.isProvisional, assignedAt: assignment.assignedAt.toISOString(), configVersion: assignment.configVersion },
      previous: event.previous,
      reason: { code: event.cause, text: assignment.note },
      byUserId: assignment.byUserId,
    },
  });
}
