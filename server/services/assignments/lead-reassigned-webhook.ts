// The lead.reassigned webhook event of a reassignment, written in the reassignment's own
// transaction (every lane: a manager's choice by name or of the next best rep, the SLA, a returned
// lead, a booking with the next best rep, an owner removed). One event row — only when an endpoint
// subscribes — and its fan-out job row (emitWebhookEvent); delivered after commit, lost with a
// rollback. The new assignment's "routing.assigned" job (routing's lanes) then writes no
// lead.routed / lead.reassigned of its own (TAssignedJob.isReassignment).
import type { TRawSql } from "../../db/raw-sql";
import type { TReassignCause } from "../../domain/webhooks/webhook-events";
import { emitWebhookEvent, type TWebhookQueue } from "../webhooks/webhook-jobs";

export interface TLeadReassignedEvent {
  workspaceId: string;
  leadId: string;
  /** The assignment the reassignment made (null: it made none — nothing is sent). */
  assignmentId: string | null;
  /** The current assignment it ended and its rep (nulls: the lead had no owner). */
  previous: { assignmentId: string | null; repId: string | null };
  cause: TReassignCause;
}

type TAssignmentRow = { kind: string; repId: string | null; isProvisional: boolean; assignedAt: Date; configVersion: number | null; note: string; byUserId: string | null };

/** Writes lead.reassigned for the assignment just made, from its row (rep, kind, note, who). Returns the event id, or null (no assignment, or no endpoint subscribes). */
export async function emitLeadReassigned(tx: TRawSql, queue: TWebhookQueue, event: TLeadReassignedEvent): Promise<string | null> {
  if (!event.assignmentId) return null;
  const [row] = await tx.$queryRaw<TAssignmentRow[]>`
    SELECT "kind"::text AS "kind", "repId", "isProvisional", "assignedAt", "configVersion", "note", "byUserId"
      FROM "LeadAssignment" WHERE "id" = ${event.assignmentId} AND "workspaceId" = ${event.workspaceId}`;
  if (!row) return null;
  return emitWebhookEvent(tx, queue, {
    workspaceId: event.workspaceId,
    type: "lead.reassigned",
    at: row.assignedAt,
    data: {
      lead: { id: event.leadId },
      assignment: { id: event.assignmentId, kind: row.kind, repId: row.repId, isProvisional: row.isProvisional, assignedAt: row.assignedAt.toISOString(), configVersion: row.configVersion },
      previous: event.previous,
      reason: { code: event.cause, text: row.note },
      byUserId: row.byUserId,
    },
  });
}
