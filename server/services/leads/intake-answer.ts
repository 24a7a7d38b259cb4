// The answer of POST /api/v1/leads for a lead its intake has just written, made from what the
// intake holds (issue 9: reading the lead back after the commit was ~0.7 ms of PostgreSQL and a
// round trip per lead): the lead's columns as its insert returned them (defaults, casts, the
// person as upserted, form and version — insert-lead.ts), and the routing decision with the
// assignment and "routed" event that saveDecisions wrote (their JSON as jsonb gives it back,
// stored-jsonb.ts). The same data as the read's (lead-resource-data.ts), so the 201 is GET's lead.
// Null — the caller reads the lead — when the intake cannot tell it all: the reps' and teams'
// names of a routed lead are held at another roster version than the decision's (held names are
// refreshed by that read), or the intake did not say what it wrote (`written` absent).
import type { TRawSql } from "../../db/raw-sql";
import { packDecision } from "../../domain/routing/stored-decision";
import { STATUS_BY_OUTCOME } from "../routing/save-decision";
import { leadResourceDataOf, type TAssignmentRow, type TLeadAnswerData } from "./lead-resource-data";
import type { TIntakeWritten } from "./save-lead-types";
import { asStoredJsonb } from "./stored-jsonb";
import { heldNames } from "./workspace-names-cache";

const NO_NAMES = { reps: [], teams: [] };

export async function intakeLeadAnswerData(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, leadId: string, written: TIntakeWritten): Promise<TLeadAnswerData | null> {
  const { stored, routing } = written;
  const held = heldNames(workspaceId);
  // A lead not routed shows no rep or team: no names needed.
  if (routing && held?.version !== routing.rosterVersion) return null;
  const assignments: TAssignmentRow[] = [];
  const events: { type: string; data: unknown; createdAt: Date }[] = [];
  if (routing) {
    const { decision, assignment, durationMs, at } = routing;
    // As saveDecisions stores them (save-decision.ts): the record packed, on the assignment, or on the event without one.
    const record = asStoredJsonb(packDecision(decision));
    if (assignment) {
      const { id, kind, isProvisional, repId, configVersion, note, byUserId, assignedAt } = assignment;
      assignments.push({ id, kind: kind as TAssignmentRow["kind"], isCurrent: true, isProvisional, repId, decision: record, configVersion, durationMs, note, byUserId, assignedAt, acceptedAt: null, endedAt: null, followUpsAt: null, slaStartsAt: null });
    }
    const assignmentId = assignment?.id ?? null;
    const data = { outcome: decision.outcome, pathId: decision.pathId, pathName: decision.pathName, repId: assignment?.repId ?? null, configVersion: decision.configVersion, durationMs, assignmentId, note: null, ...(assignmentId === null ? { decision: record } : {}) };
    events.push({ type: "routed", data, createdAt: at });
  }
  const { detail, ...data } = await leadResourceDataOf(db, { ...stored, id: leadId, ...(routing ? { status: STATUS_BY_OUTCOME[routing.decision.outcome] } : {}) }, { ownerRep: null, repeatOf: null, events: [], assignments, names: held?.names ?? NO_NAMES });
  // The lead's owner, repeat link and other events are not known here: the answer shows none of them.
  const { owner: _owner, repeatOf: _repeatOf, events: _events, ...shown } = detail;
  return { ...data, detail: { ...shown, events } };
}
