// What a cancelled meeting does to the lead's stage, the pure rule. A booking moves the lead to
// MEETING_BOOKED (book-slot.ts records it with source BOOKING); when its last confirmed meeting is
// cancelled and the lead is still at MEETING_BOOKED — not further (held, no-show, opportunity,
// closed) — the lead goes back to the stage it had before the booking: its other outcomes replayed
// in the order they happened (the stages' usual rules, lead-stages.ts), e.g. CONTACTED, ACCEPTED,
// or NO_SHOW for a meeting rebooked after a no-show. A meeting a person or a CRM recorded (an
// outcome MEETING_BOOKED from the inbox, the lead page or the API) stands: nothing moves. The
// MEETING_BOOKED outcome stays in the history, so the lead still counts as having reached a
// meeting (analytics read the furthest stage ever reached from outcomes and bookings). No I/O.
import { movesStage, type TLeadStage, type TOutcomeSource } from "./lead-stages";

export interface TStageHistoryEntry {
  stage: TLeadStage;
  occurredAt: Date;
  recordedAt: Date;
  source: TOutcomeSource;
}

/** The stage the lead goes back to when a meeting is cancelled, or null when it keeps its stage. */
export function stageAfterMeetingCancelled(lead: { stage: TLeadStage; acceptedAt: Date | null }, outcomes: readonly TStageHistoryEntry[], hasConfirmedBooking: boolean): TLeadStage | null {
  if (lead.stage !== "MEETING_BOOKED" || hasConfirmedBooking) return null;
  if (outcomes.some((o) => o.stage === "MEETING_BOOKED" && o.source !== "BOOKING")) return null;
  const others = outcomes.filter((o) => o.stage !== "MEETING_BOOKED").sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime());
  let stage: TLeadStage = lead.acceptedAt ? "ACCEPTED" : "OPEN";
  let since: Date | null = null;
  for (const outcome of others) {
    if (!movesStage(stage, since, outcome.stage, outcome.occurredAt)) continue;
    stage = outcome.stage;
    since = outcome.occurredAt;
  }
  return stage === "MEETING_BOOKED" ? null : stage;
}

/** The outcome's reason, on the timeline and in the lead.outcome webhook. */
export function meetingCancelledReason(by: { kind: "prospect" } | { kind: "member"; name: string | null } | { kind: "api" }): string {
  if (by.kind === "prospect") return "Meeting cancelled by the prospect";
  if (by.kind === "member" && by.name) return `Meeting cancelled by ${by.name}`;
  return "Meeting cancelled";
}
