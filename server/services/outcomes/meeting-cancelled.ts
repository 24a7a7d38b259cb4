// A cancelled meeting's effect on the lead's lifecycle, in the cancellation's transaction
// (change-booking.ts): load the row-locked lead, its outcomes and whether a confirmed meeting is
// left → decide (domain/outcomes/meeting-cancelled.ts: back to the stage before the booking, or
// nothing) → save as an outcome like any stage change (saveLeadOutcome: the LeadOutcome row with
// source BOOKING and the reason "Meeting cancelled by …", the lead's stage, the timeline entry,
// the lead.outcome webhook event). Rescheduling never comes here: a moved meeting keeps the stage.
import type { DbTx } from "../../db/client";
import { meetingCancelledReason, stageAfterMeetingCancelled } from "../../domain/outcomes/meeting-cancelled";
import { LEAD_SELECT, saveLeadOutcome, type TRecordOutcomeDeps } from "./record-lead-outcome";
import type { TRecordOutcomeResult } from "./outcome-types";

export interface TMeetingCancelledInput {
  workspaceId: string;
  leadId: string;
  /** Who cancelled: "prospect", "api" or "rep:<userId>" (a rep or manager from the lead page). */
  by: string;
  now: Date;
}

/** Moves the lead back when its last confirmed meeting was just cancelled (call after the booking's update); null when its stage stays. */
export async function recordMeetingCancelled(tx: DbTx, input: TMeetingCancelledInput, deps: TRecordOutcomeDeps = {}): Promise<TRecordOutcomeResult | null> {
  const { workspaceId, leadId, now } = input;
  await tx.$queryRaw`SELECT "id" FROM "Lead" WHERE "id" = ${leadId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  const lead = await tx.lead.findFirst({ where: { id: leadId, workspaceId }, select: LEAD_SELECT });
  if (!lead || lead.isSpam || lead.stage !== "MEETING_BOOKED") return null;
  const [outcomes, confirmed] = await Promise.all([
    tx.leadOutcome.findMany({ where: { leadId, workspaceId }, select: { stage: true, occurredAt: true, recordedAt: true, source: true } }),
    tx.booking.count({ where: { leadId, workspaceId, status: "CONFIRMED" } }),
  ]);
  const stage = stageAfterMeetingCancelled(lead, outcomes, confirmed > 0);
  if (!stage) return null;
  const userId = input.by.startsWith("rep:") ? input.by.slice(4) : null;
  const user = userId ? await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } }) : null;
  const reason = meetingCancelledReason(input.by === "prospect" ? { kind: "prospect" } : userId ? { kind: "member", name: user?.name ?? user?.email ?? null } : { kind: "api" });
  return saveLeadOutcome(
    tx,
    { workspaceId, leadId, stage, occurredAt: now, reason, source: "BOOKING", actor: { kind: "system", userId }, now },
    lead,
    { kind: "record", patch: { stage, stageChangedAt: now }, stageChanged: true, reason, amount: null },
    deps,
  );
}
