// Writes one routing decision under the routing lock in ONE statement (data-modifying CTEs): the
// rotation pointers, the account owner to record, the assignment (with its pre-chosen id), the
// lead's owner and status, and its events ("routed"/"reassigned", "review_requested"). The load
// counters follow by trigger (rep_load_counters migration). A lead that may have a current
// assignment (a reassignment) first ends it in a statement of its own: the one-current-owner
// unique index must not see two current rows within one statement. The lead keeps its first
// decision's path and outcome (routingPathId / routingOutcome) for analytics.
import type { DbTx } from "../../db/client";
import { newId } from "../../db/new-id";
import type { AssignmentKind, LeadStatus } from "../../db/generated/client";
import { emailDomain } from "../../domain/conditions/email-domain";
import type { TRoutingPolicies } from "../../domain/routing/routing-config";
import type { TRoutingDecision } from "../../domain/routing/routing-types";

const STATUS_BY_OUTCOME: Record<TRoutingDecision["outcome"], LeadStatus> = {
  assigned: "ASSIGNED",
  fallback: "FALLBACK",
  nurture: "NURTURE",
  disqualified: "DISQUALIFIED",
};

export interface TSaveDecisionInput {
  workspaceId: string;
  leadId: string;
  now: Date;
  kind?: Extract<AssignmentKind, "ROUTED" | "REASSIGNED" | "SLA_REASSIGNED">;
  note?: string;
  byUserId?: string | null;
  /** The id the assignment gets (chosen before the lock: the follow-up job names it). */
  assignmentId: string;
  decision: TRoutingDecision;
  isProvisional: boolean;
  review: TRoutingPolicies["review"];
  /** false for a lead routed for the first time (nothing to end). */
  hasCurrentAssignment: boolean;
  durationMs: number;
}

export async function saveDecision(tx: DbTx, input: TSaveDecisionInput): Promise<{ assignmentId: string | null }> {
  const { workspaceId, leadId, now, decision } = input;
  const at = now.toISOString();
  if (input.hasCurrentAssignment) {
    await tx.leadAssignment.updateMany({ where: { leadId, isCurrent: true }, data: { isCurrent: false, endedAt: now } });
  }
  const ownerRepId = decision.outcome === "assigned" ? decision.repId : decision.outcome === "fallback" && decision.queue ? (decision.repId ?? null) : null;
  const hasAssignment = decision.outcome === "assigned" || decision.outcome === "fallback";
  const assignmentId = hasAssignment ? input.assignmentId : null;
  const kind: AssignmentKind = decision.outcome === "fallback" ? "FALLBACK" : (input.kind ?? "ROUTED");
  const durationMs = Math.round(input.durationMs * 100) / 100;
  const rotations = decision.rotationUpdates.map((rotation) => ({ poolId: rotation.poolId, state: rotation }));
  const owner = decision.accountOwnerToRecord;
  const accounts = owner && emailDomain(`x@${owner.domain}`) ? [owner] : [];
  const events = [
    {
      id: newId(),
      type: input.kind === "REASSIGNED" || input.kind === "SLA_REASSIGNED" ? "reassigned" : "routed",
      data: {
        outcome: decision.outcome,
        pathId: decision.pathId,
        pathName: decision.pathName,
        repId: ownerRepId,
        configVersion: decision.configVersion,
        durationMs,
        assignmentId,
        note: input.note ?? null,
        // Without an assignment (nurture, disqualified) the event is where the decision record lives.
        ...(assignmentId === null ? { decision } : {}),
      },
    },
    ...(input.isProvisional && input.review && assignmentId
      ? [{ id: newId(), type: "review_requested", data: { assignmentId, reviewerUserId: input.review.reviewerUserId, windowMinutes: input.review.windowMinutes } }]
      : []),
  ];
  await tx.$executeRaw`
    WITH
    rotation AS (
      INSERT INTO "RotationPointer" ("workspaceId", "poolId", "state", "updatedAt")
      SELECT ${workspaceId}, r."poolId", r."state", ${at}::timestamptz AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify(rotations)}::jsonb) AS r("poolId" text, "state" jsonb)
      ON CONFLICT ("workspaceId", "poolId") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1),
    account AS (
      INSERT INTO "AccountOwner" ("workspaceId", "domain", "repId", "createdAt")
      SELECT ${workspaceId}, a."domain", a."repId", ${at}::timestamptz AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify(accounts)}::jsonb) AS a("domain" text, "repId" text)
      ON CONFLICT DO NOTHING
      RETURNING 1),
    assignment AS (
      INSERT INTO "LeadAssignment" ("id", "workspaceId", "leadId", "repId", "kind", "isCurrent", "isProvisional", "decision", "configVersion", "durationMs", "note", "byUserId", "assignedAt")
      SELECT ${input.assignmentId}, ${workspaceId}, ${leadId}, ${ownerRepId}::text, ${kind}::"AssignmentKind", true, ${input.isProvisional}::boolean,
             ${JSON.stringify(decision)}::jsonb, ${decision.configVersion}::int, ${durationMs}::float8, ${input.note ?? ""}, ${input.byUserId ?? null}::text, ${at}::timestamptz AT TIME ZONE 'UTC'
       WHERE ${hasAssignment}::boolean
      RETURNING 1),
    lead AS (
      UPDATE "Lead" SET "status" = ${STATUS_BY_OUTCOME[decision.outcome]}::"LeadStatus", "ownerRepId" = ${ownerRepId}::text, "routedAt" = ${at}::timestamptz AT TIME ZONE 'UTC',
             "routingPathId" = COALESCE("routingPathId", ${decision.pathId}::text), "routingOutcome" = COALESCE("routingOutcome", ${decision.outcome}::text)
       WHERE "id" = ${leadId}
      RETURNING 1)
    INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
    SELECT e."id", ${leadId}, ${workspaceId}, e."type", e."data", ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS e("id" text, "type" text, "data" jsonb)`;
  return { assignmentId };
}
