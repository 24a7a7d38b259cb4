// A lead's acceptance, one way whichever way it comes: the rep's accept link or button
// (assignments/accept-assignment.ts), working the lead before accepting it (an outcome from the
// inbox, the lead page or the API: record-outcome.ts), or a meeting booked with the owner or the
// next best rep (bookings/book-slot.ts). In the caller's transaction, under the locks the caller
// holds (the workspace routing lock where an SLA reassignment could cross it). Writes:
//   - the assignment's acceptedAt (only while it is current and not accepted yet: an accepted
//     assignment is never accepted twice, and nothing below is written again) — which also turns
//     its SLA reminder and reassignment jobs into no-ops (they skip an accepted assignment);
//   - the lead's status ACCEPTED (from ASSIGNED or the backup queue; a closed lead stays closed);
//   - the end of the lead's nurture enrolments ("rep_took", or "booked" for a booking);
//   - the "accepted" timeline entry, saying how (absent `via`: the accept link or button);
//   - the lifecycle's ACCEPTED step (a LeadOutcome row, Lead.acceptedAt and stage — speed-to-lead's
//     time to accept —, lead.outcome and the after-outcome hooks), without its own timeline entry;
//   - the lead.accepted webhook event.
import type { DbTx } from "../../db/client";
import type { TLeadStage, TOutcomeSource } from "../../domain/outcomes/lead-stages";
import { exitEnrollments } from "../nurture/enrollment";
import type { TWebhookQueue } from "../webhooks/webhook-jobs";
import { emitLeadAccepted, type TAcceptedAssignment } from "../webhooks/lead-accepted-event";
import { recordLeadOutcome } from "./record-lead-outcome";

/** How the lead was accepted, and by whom (null: the accept link, the prospect or the API). */
export type TAcceptedHow =
  | { via: "accept"; byUserId: string | null }
  | { via: "outcome"; stage: TLeadStage; source: TOutcomeSource; byUserId: string | null }
  | { via: "booking"; bookingId: string; bookedBy: string; byUserId: string | null };

export interface TAcceptLeadInput {
  workspaceId: string;
  leadId: string;
  /** The lead's current assignment to a rep, waiting for acceptance. */
  assignmentId: string;
  how: TAcceptedHow;
  now: Date;
}

export interface TAcceptLeadDeps {
  /** A started queue for the lead.accepted and lead.outcome webhook events; none: no events (tests). */
  webhooks?: TWebhookQueue;
}

/** The "accepted" event's data: the explicit accept's fields, plus how for the other ways. */
function acceptedEventData(a: TAcceptedAssignment, how: TAcceptedHow, timeToAcceptMs: number) {
  const base = { assignmentId: a.assignmentId, repId: a.repId, timeToAcceptMs, byUserId: how.byUserId };
  if (how.via === "outcome") return { ...base, via: how.via, stage: how.stage, source: how.source };
  if (how.via === "booking") return { ...base, via: how.via, bookingId: how.bookingId, bookedBy: how.bookedBy };
  return base;
}

/** Accepts the lead (see the header); null when the assignment was not waiting (accepted already, ended, or the backup queue's). */
export async function acceptLeadInTx(tx: DbTx, input: TAcceptLeadInput, deps: TAcceptLeadDeps = {}): Promise<TAcceptedAssignment | null> {
  const { workspaceId, leadId, now, how } = input;
  const [row] = await tx.leadAssignment.updateManyAndReturn({
    where: { id: input.assignmentId, workspaceId, leadId, isCurrent: true, acceptedAt: null, repId: { not: null } },
    data: { acceptedAt: now },
    select: { repId: true, assignedAt: true },
  });
  if (!row?.repId) return null;
  const accepted: TAcceptedAssignment = { workspaceId, leadId, assignmentId: input.assignmentId, repId: row.repId, assignedAt: row.assignedAt, acceptedAt: now };
  const timeToAcceptMs = Math.max(0, now.getTime() - row.assignedAt.getTime());
  await tx.lead.updateMany({ where: { id: leadId, workspaceId, status: { in: ["ASSIGNED", "FALLBACK"] } }, data: { status: "ACCEPTED" } });
  await exitEnrollments(tx, { workspaceId, leadIds: [leadId], reason: how.via === "booking" ? "booked" : "rep_took", now });
  await tx.leadEvent.create({ data: { leadId, workspaceId, type: "accepted", data: acceptedEventData(accepted, how, timeToAcceptMs), createdAt: now } });
  // The lifecycle's ACCEPTED: the "accepted" event above is its timeline entry.
  const actor = { kind: "system" as const, userId: how.byUserId };
  await recordLeadOutcome(tx, { workspaceId, leadId, stage: "ACCEPTED", occurredAt: now, source: "SYSTEM", actor, now, timeline: false }, deps);
  if (deps.webhooks) await emitLeadAccepted(tx, deps.webhooks, accepted);
  return accepted;
}
