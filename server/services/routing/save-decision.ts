// Writes routing decisions under the routing lock in ONE statement (data-modifying CTEs), one
// (saveDecision) or a group-commit batch (saveDecisions): the rotation pointers, the account owner
// to record, the assignment (with its pre-chosen id), the lead's owner and status, and its events
// ("routed"/"reassigned", "review_requested"). The load
// counters follow by trigger (rep_load_counters migration). A lead that may have a current
// assignment (a reassignment) first ends it in a statement of its own: the one-current-owner
// unique index must not see two current rows within one statement. The lead keeps its first
// decision's path and outcome (routingPathId / routingOutcome) for analytics. The decision record
// is stored with its skipped reps packed (stored-decision.ts); readers go through readStoredDecision.
import type { TRawSql } from "../../db/raw-sql";
import { newId } from "../../db/new-id";
import type { AssignmentKind, LeadStatus } from "../../db/generated/client";
import { emailDomain } from "../../domain/conditions/email-domain";
import { decisionAssignment, type TDecisionAssignment } from "../../domain/routing/decision-assignment";
import type { TRoutingPolicies } from "../../domain/routing/routing-config";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { packDecision } from "../../domain/routing/stored-decision";

/** The lead's status after a decision (the Lead row's, as written here). */
export const STATUS_BY_OUTCOME: Record<TRoutingDecision["outcome"], LeadStatus> = {
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

/** A decision's time as its assignment and event store it: to 0.01 ms (rounding a stored value again keeps it). */
export function storedDurationMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** What saveDecision wrote: the assignment's id and its kind and owner (decisionAssignment, as the row holds them); none for nurture or disqualified. */
export type TSavedDecision = { assignmentId: string; assignment: TDecisionAssignment } | { assignmentId: null; assignment: null };

export async function saveDecision(tx: TRawSql, input: TSaveDecisionInput): Promise<TSavedDecision> {
  if (input.hasCurrentAssignment) {
    await tx.$executeRaw`UPDATE "LeadAssignment" SET "isCurrent" = false, "endedAt" = ${input.now} WHERE "leadId" = ${input.leadId} AND "isCurrent"`;
  }
  const [assignment] = await saveDecisions(tx, input.workspaceId, [input]);
  return assignment ? { assignmentId: input.assignmentId, assignment } : { assignmentId: null, assignment: null };
}

/**
 * Decisions in ONE statement: one (saveDecision) or a group-commit batch (route-leads-batch.ts:
 * new leads routed for the first time, nothing to end). Every pool's last rotation state, the
 * account owners to record (the first per domain), the assignments, the leads' owners and
 * statuses, their events. The counters follow by trigger, row by row. Answers each decision's
 * assignment (decisionAssignment, made once here; null: none), in the order of `inputs`.
 */
export async function saveDecisions(tx: TRawSql, workspaceId: string, inputs: readonly Omit<TSaveDecisionInput, "workspaceId" | "hasCurrentAssignment">[]): Promise<(TDecisionAssignment | null)[]> {
  const rotations = new Map<string, { poolId: string; state: unknown; at: string }>();
  const accounts = new Map<string, { domain: string; repId: string; at: string }>();
  const assignments: unknown[] = [];
  const leads: unknown[] = [];
  const events: unknown[] = [];
  const made = inputs.map((input) => decisionAssignment(input.decision, input.kind));
  for (const [i, input] of inputs.entries()) {
    const { leadId, decision } = input;
    const at = input.now.toISOString();
    const assignment = made[i]!;
    const ownerRepId = assignment?.repId ?? null;
    const assignmentId = assignment ? input.assignmentId : null;
    const durationMs = storedDurationMs(input.durationMs);
    // The record as stored: its skipped reps packed (a big pool's record is mostly those).
    const stored = packDecision(decision);
    for (const rotation of decision.rotationUpdates) rotations.set(rotation.poolId, { poolId: rotation.poolId, state: rotation, at });
    const owner = decision.accountOwnerToRecord;
    if (owner && emailDomain(`x@${owner.domain}`) && !accounts.has(owner.domain)) accounts.set(owner.domain, { ...owner, at });
    if (assignment) {
      assignments.push({ id: input.assignmentId, leadId, repId: ownerRepId, kind: assignment.kind, isProvisional: input.isProvisional, decision: stored, configVersion: decision.configVersion, durationMs, note: input.note ?? "", byUserId: input.byUserId ?? null, at });
    }
    leads.push({ id: leadId, status: STATUS_BY_OUTCOME[decision.outcome], ownerRepId, at, pathId: decision.pathId, outcome: decision.outcome });
    events.push({
      id: newId(),
      leadId,
      type: input.kind === "REASSIGNED" || input.kind === "SLA_REASSIGNED" ? "reassigned" : "routed",
      // Without an assignment (nurture, disqualified) the event is where the decision record lives.
      data: { outcome: decision.outcome, pathId: decision.pathId, pathName: decision.pathName, repId: ownerRepId, configVersion: decision.configVersion, durationMs, assignmentId, note: input.note ?? null, ...(assignmentId === null ? { decision: stored } : {}) },
      at,
    });
    if (input.isProvisional && input.review && assignmentId) {
      events.push({ id: newId(), leadId, type: "review_requested", data: { assignmentId, reviewerUserId: input.review.reviewerUserId, windowMinutes: input.review.windowMinutes }, at });
    }
  }
  await tx.$executeRaw`
    WITH
    rotation AS (
      INSERT INTO "RotationPointer" ("workspaceId", "poolId", "state", "updatedAt")
      SELECT ${workspaceId}, r."poolId", r."state", r."at"::timestamptz AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify([...rotations.values()])}::jsonb) AS r("poolId" text, "state" jsonb, "at" text)
      ON CONFLICT ("workspaceId", "poolId") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1),
    account AS (
      INSERT INTO "AccountOwner" ("workspaceId", "domain", "repId", "createdAt")
      SELECT ${workspaceId}, a."domain", a."repId", a."at"::timestamptz AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify([...accounts.values()])}::jsonb) AS a("domain" text, "repId" text, "at" text)
      ON CONFLICT DO NOTHING
      RETURNING 1),
    assignment AS (
      INSERT INTO "LeadAssignment" ("id", "workspaceId", "leadId", "repId", "kind", "isCurrent", "isProvisional", "decision", "configVersion", "durationMs", "note", "byUserId", "assignedAt")
      SELECT a."id", ${workspaceId}, a."leadId", a."repId", a."kind"::"AssignmentKind", true, a."isProvisional", a."decision", a."configVersion", a."durationMs", a."note", a."byUserId", a."at"::timestamptz AT TIME ZONE 'UTC'
        FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb)
          AS a("id" text, "leadId" text, "repId" text, "kind" text, "isProvisional" boolean, "decision" jsonb, "configVersion" int, "durationMs" float8, "note" text, "byUserId" text, "at" text)
      RETURNING 1),
    lead AS (
      UPDATE "Lead" l SET "status" = u."status"::"LeadStatus", "ownerRepId" = u."ownerRepId", "routedAt" = u."at"::timestamptz AT TIME ZONE 'UTC',
             "routingPathId" = COALESCE(l."routingPathId", u."pathId"), "routingOutcome" = COALESCE(l."routingOutcome", u."outcome")
        FROM jsonb_to_recordset(${JSON.stringify(leads)}::jsonb) AS u("id" text, "status" text, "ownerRepId" text, "at" text, "pathId" text, "outcome" text)
       WHERE l."id" = u."id"
      RETURNING 1)
    INSERT INTO "LeadEvent" ("id", "leadId", "workspaceId", "type", "data", "createdAt")
    SELECT e."id", e."leadId", ${workspaceId}, e."type", e."data", e."at"::timestamptz AT TIME ZONE 'UTC'
      FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS e("id" text, "leadId" text, "type" text, "data" jsonb, "at" text)`;
  return made;
}
