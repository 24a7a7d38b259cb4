// The timeline entries (LeadEvent rows) the live product writes for the work the demo history
// records on a routed lead, so that a history lead's History tells what its assignments and
// lifecycle say:
// - "routed" when the lead is first routed (routing/save-decision.ts: with the first assignment, at
//   its time; a graduate's comes at its graduation, graduated-history.ts); a lead placed on a nurture
//   or disqualify path at its submission gets its own, without an assignment and with the decision
//   record on the entry (save-decision.ts keeps it there: the lead's Routing decision reads it);
// - "accepted" when its rep accepts it (assignments/accept-assignment.ts → outcomes/accept-lead.ts,
//   as the inbox's Accept writes it: by the rep's user, no `via`, time to accept) — unless the
//   meeting booked on the page accepted it (booking-history.ts writes that one, via "booking");
// - "outcome" for each step the rep recorded (outcomes/record-lead-outcome.ts: contacted, meeting
//   held, no-show, opportunity, won, lost, not a fit), at the step's time, saying what its
//   LeadOutcome row says. ACCEPTED and a booking's MEETING_BOOKED write none of their own, as live
//   ("accepted" and "booked" are theirs).
// Who recorded each step, and from where, as live records it (the LeadOutcome's source and
// actorUserId, and the entry's byUserId): the rep's steps from the inbox (INBOX) by the owner's user
// — the rep who worked the lead then: every step comes after its last assignment's acceptance —, so
// History reads "Marked won by Sarah Chen"; ACCEPTED by the app (SYSTEM, accept-lead.ts) on behalf
// of whoever accepted (the rep; nobody for a prospect's booking on the page); a booking's
// MEETING_BOOKED from the booking (BOOKING, book-slot.ts) by whoever booked ("rep:<userId>": the
// rep; the prospect: nobody).
// Derived from the lead alone: no draws, so the seeded streams give what they always gave. No I/O.
import { placedDecision, type TPath } from "./history-records";
import type { THistoryAssignment, THistoryLead } from "./history-types";

type TEvent = THistoryLead["events"][number];
type TOutcome = THistoryLead["outcomes"][number];
type TWorked = Pick<THistoryLead, "id" | "ownerRepId" | "assignments" | "outcomes" | "events" | "booking">;

/**
 * The "routed" entry save-decision.ts writes for a lead placed on a nurture or disqualify path at its
 * submission (`at`): no rep, no assignment, the decision record on the entry. Its id sorts before the
 * nurture entries of the same instant (`<lead>ne0`…), as live writes it before the enrolment's.
 */
export function placedEvent(leadId: string, path: TPath & { kind: "nurture" | "disqualify" }, at: Date): TEvent {
  const decision = placedDecision(leadId, path, at);
  const data = { outcome: decision.outcome, pathId: path.id, pathName: path.name, repId: null, configVersion: 1, durationMs: 0.2, assignmentId: null, note: null, decision };
  return { id: `${leadId}e0`, type: "routed", data, occurredAt: at };
}

/** "rep:<userId>" → the user; the prospect is nobody (book-slot.ts). */
const bookedByUser = (bookedBy: string | undefined): string | null => (bookedBy?.startsWith("rep:") ? bookedBy.slice(4) : null);

/**
 * Each step with its source and actor as live records it (see the header): `ownerUserId` the
 * owner's user (who accepts and works the lead), `acceptedByUserId` who accepted it.
 */
export function byWhom(outcomes: THistoryLead["outcomes"], ownerUserId: string | null, acceptedByUserId: string | null, bookedBy: string | undefined): TOutcome[] {
  return outcomes.map((o): TOutcome => {
    if (o.stage === "ACCEPTED") return { ...o, source: "SYSTEM", actorUserId: acceptedByUserId };
    if (o.source === "BOOKING") return { ...o, actorUserId: bookedByUser(bookedBy) };
    return { ...o, source: "INBOX", actorUserId: ownerUserId };
  });
}

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
      byUserId: o.actorUserId ?? null,
      repId: ownerRepId,
    };
    return [{ id: `${o.id}e`, type: "outcome" as const, data, occurredAt: o.occurredAt }];
  });
}

/**
 * The lead with the entries of its work added, and its steps said by whom (see the header):
 * `byUserId` the owner's user (who accepts and works it), `isFirstRouting` whether this routing is
 * the lead's first (not a graduate's).
 */
export function withWorkEvents<T extends TWorked>(lead: T, byUserId: string | null, isFirstRouting: boolean): T {
  const first = lead.assignments[0];
  const routed = isFirstRouting && first ? [routedEvent(lead.id, first)] : [];
  const byBooking = lead.events.find((e) => e.type === "accepted");
  const accepted = byBooking ? null : acceptedEvent(lead.id, lead.assignments, byUserId);
  const acceptedBy = byBooking ? ((byBooking.data.byUserId ?? null) as string | null) : byUserId;
  const outcomes = byWhom(lead.outcomes, byUserId, acceptedBy, lead.booking?.bookedBy);
  return { ...lead, outcomes, events: [...routed, ...lead.events, ...(accepted ? [accepted] : []), ...outcomeEvents(lead.id, outcomes, lead.ownerRepId)] };
}
