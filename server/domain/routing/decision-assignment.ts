// The assignment a routing decision makes, as the decision's writer stores it (saveDecisions,
// services/routing/save-decision.ts): none for nurture or disqualified; FALLBACK for the fallback
// queue (owned by the queue's rep when it names one); else the kind the caller asked for (ROUTED
// unless a reassignment). Pure: a reassignment's lead.reassigned event is written from it, in the
// same transaction, without reading the row back.
import type { TRoutingDecision } from "./routing-types";

export type TDecisionAssignmentKind = "ROUTED" | "REASSIGNED" | "SLA_REASSIGNED" | "FALLBACK";

export interface TDecisionAssignment {
  kind: TDecisionAssignmentKind;
  /** The new owner (null: a fallback queue without a rep). */
  repId: string | null;
}

/** The owner a decision gives the lead (Lead.ownerRepId and the assignment's repId), or null. */
export function decisionOwnerRepId(decision: Pick<TRoutingDecision, "outcome" | "repId" | "queue">): string | null {
  if (decision.outcome === "assigned") return decision.repId;
  return decision.outcome === "fallback" && decision.queue ? (decision.repId ?? null) : null;
}

/** The assignment a decision makes (null: nurture or disqualified make none). */
export function decisionAssignment(decision: Pick<TRoutingDecision, "outcome" | "repId" | "queue">, kind: Exclude<TDecisionAssignmentKind, "FALLBACK"> = "ROUTED"): TDecisionAssignment | null {
  if (decision.outcome !== "assigned" && decision.outcome !== "fallback") return null;
  return { kind: decision.outcome === "fallback" ? "FALLBACK" : kind, repId: decisionOwnerRepId(decision) };
}
