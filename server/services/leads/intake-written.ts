// What the intake wrote for a new lead, kept for its answer (POST /api/v1/leads answers from it,
// intake-answer.ts, instead of reading the lead back): the lead as its insert returned it and the
// routing decision with the assignment written in the same transaction.
import type { TWrittenAssignment } from "../routing/route-lead";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import type { TStoredLeadColumns } from "./lead-resource-data";
import type { TIntakeWritten } from "./save-lead-types";

/** What routing answered for the lead (routeLeadInTx, or its place in routeLeadsInTx's batch). */
export interface TRoutedInTx {
  decision: TRoutingDecision | null;
  assignment: TWrittenAssignment | null;
  rosterVersion: number | null;
  durationMs: number | null;
}

/** `routed` null: not routed in the transaction; a decision null (no published routing) is not routed either. */
export function intakeWritten(stored: TStoredLeadColumns, routed: TRoutedInTx | null, at: Date): TIntakeWritten {
  const { decision, assignment, rosterVersion, durationMs } = routed ?? { decision: null, assignment: null, rosterVersion: null, durationMs: null };
  return { stored, routing: decision && rosterVersion !== null && durationMs !== null ? { decision, assignment, rosterVersion, durationMs, at } : null };
}
