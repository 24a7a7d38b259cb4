// The timeline entries (LeadEvent rows) the live product writes for the work the demo history
// records on a routed lead, so that a history lead's History tells what its assignments and
// lifecycle say:
// - "routed" when the lead is first routed (routing/save-decision.ts: with the first assignment, at
//   its time; a graduate's comes at its graduation, graduated-history.ts);
// - "accepted" when its rep accepts it (assignments/accept-assignment.ts → outcomes/accept-lead.ts,
//   as the inbox's Accept writes it: by the rep's user, no `via`, time to accept) — unless the
//   meeting booked on the page accepted it (booking-history.ts writes that one, via "booking");
// - "outcome" for each step the rep recorded (outcomes/record-lead-outcome.ts: contacted, meeting
//   held, no-show, opportunity, won, lost, not a fit), at the step's time, saying what its
//   LeadOutcome row says (source SYSTEM, no user: the history records its steps so). ACCEPTED and a
//   booking's MEETING_BOOKED write none of their own, as live ("accepted" and "booked" are theirs).
// Derived from the lead alone: no draws, so the seeded streams give what they always gave. No I/O.
import type { THistoryAssignment, THistoryLead } from "./history-types";

type TEvent = THistoryLead["events"][number];
type TWorked = Pick<THistoryLead, "id" | "ownerRepId" | "assignments" | "outcomes" | "events">;

/** The "routed" entry save-decision.ts writes with a lead's first assignment (round-robin or the backup queue). */
export function routedEvent(leadId: string, first: THistoryAssignment): TEvent {
  const { outcome, pathId, pathName } = first.decision as { outcome: string; pathId: string; pathName: string };
  const data = { outcome, pathId, pathName, repId: first.repId, configVersion: 1, durationMs: 0.2, assignmentId: first.id, note: null };
  return { id: `${leadId}rt`, type: "routed", data, occurredAt: first.assignedAt };
}

/** The "accepted" entry of the rep's own Accept (`byUserId`: their user), for the accepted assignment; null when none is. */
export function acceptedEvent(leadId: string, assignments: readonly THistoryAssignment[], byUserId: string | null): TEvent | null {
  const a = assignments.find((x) => x.acceptedAt && x.repId);
  if (!a) return null;
  const timeToAcceptMs = Math.max(0, a.acceptedAt!.getTime() - a.assignedAt.getTime());
  return { id: `${leadId}ac`, type: "accepted", data: { assignmentId: a.id, repId: a.repId, timeToAcceptMs, byUserId }, occurredAt: a.acceptedAt! };
}

/** The "outcome" entries of the steps the rep recorded (see the header), in the order of the lifecycle. */
export function outcomeEvents(leadId: string, outcomes: THistoryLead["outcomes"], ownerRepId: string | null): TEvent[] {
  return outcomes.flatMap((o, i) => {
    if (o.stage === "ACCEPTED" || o.source === "BOOKING") return [];
    const data = {
      outcomeId: o.id,
      stage: o.stage,
      previousStage: outcomes[i - 1]?.stage ?? "OPEN",
      // The history's steps only climb (lead-stages.ts): each moves the lead.
      stageChanged: true,
      occurredAt: o.occurredAt.toISOString(),
      amount: o.amount === null ? null : o.amount.toFixed(2),
      reason: o.reason,
      source: o.source ?? "SYSTEM",
      byUserId: null,
      repId: ownerRepId,
    };
    return [{ id: `${o.id}e`, type: "outcome" as const, data, occurredAt: o.occurredAt }];
  });
}

/**
 * The lead with the entries of its work added (see the header): `byUserId` the owner's user (who
 * accepts), `isFirstRouting` whether this routing is the lead's first (not a graduate's).
 */
export function withWorkEvents<T extends TWorked>(lead: T, byUserId: string | null, isFirstRouting: boolean): T {
  const first = lead.assignments[0];
  const routed = isFirstRouting && first ? [routedEvent(lead.id, first)] : [];
  const isAcceptedByBooking = lead.events.some((e) => e.type === "accepted");
  const accepted = isAcceptedByBooking ? null : acceptedEvent(lead.id, lead.assignments, byUserId);
  return { ...lead, events: [...routed, ...lead.events, ...(accepted ? [accepted] : []), ...outcomeEvents(lead.id, lead.outcomes, lead.ownerRepId)] };
}
