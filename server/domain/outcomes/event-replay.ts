// An outcome event sent again under an externalId (or the Idempotency-Key standing for it) that was
// recorded before: is it the same event? The same lead, stage, instant, amount and reason after the
// request was read — so "Won" and "won", "meeting" and "meeting_booked", "1,200" and 1200, 16:50+01:00
// and 15:50Z, " Signed " and "Signed" are the same; a missing amount and null are the same. The same
// event is answered with the first recording (idempotent); a different one is refused (a 422 at the
// key, as POST /api/v1/leads answers a reused Idempotency-Key) instead of answered with the first
// and the change silently dropped. Pure: no I/O.
import type { TLeadStage } from "./lead-stages";

/** What was recorded under the id (the LeadOutcome row; amount as its decimal string). */
export interface TRecordedEvent {
  leadId: string;
  stage: TLeadStage;
  occurredAt: Date;
  amount: string | null;
  reason: string | null;
}

/** What is sent now (the request read: stage from its type, amount as a number). */
export interface TSentEvent {
  leadId: string;
  stage: TLeadStage;
  occurredAt: Date;
  amount?: number | null;
  reason?: string | null;
}

/** A field of the API's event body that differs from the recording ("lead" for the URL's lead). */
export type TEventField = "lead" | "type" | "occurredAt" | "amount" | "reason";

const cents = (amount: number | string | null | undefined): number | null => (amount === null || amount === undefined ? null : Math.round(Number(amount) * 100));

/** The fields in which `sent` differs from `recorded`, in the body's order; [] when it is the same event. */
export function eventReplayDifferences(recorded: TRecordedEvent, sent: TSentEvent): TEventField[] {
  const differs: TEventField[] = [];
  if (recorded.leadId !== sent.leadId) differs.push("lead");
  if (recorded.stage !== sent.stage) differs.push("type");
  if (recorded.occurredAt.getTime() !== sent.occurredAt.getTime()) differs.push("occurredAt");
  if (cents(recorded.amount) !== cents(sent.amount)) differs.push("amount");
  if ((recorded.reason ?? null) !== (sent.reason?.trim() || null)) differs.push("reason");
  return differs;
}

/** How the id was sent: the body's externalId, or the Idempotency-Key header standing for it. */
export type TReplayKey = "externalId" | "idempotencyKey";

/** The 422's message and its detail at the key's path, worded as POST /api/v1/leads words a reused Idempotency-Key. */
export function replayMismatchError(differs: readonly TEventField[], key: TReplayKey): { message: string; path: string; detail: string } {
  const what = differs.map((field) => (field === "lead" ? "another lead" : `a different ${field}`)).join(", ");
  if (key === "idempotencyKey") {
    return { message: "The Idempotency-Key was already used with a different request", path: "headers.idempotency-key", detail: `This key was already used with a different request (${what}); use a new key for a new event` };
  }
  return { message: "The externalId was already used with a different request", path: "externalId", detail: `This externalId was already used with a different request (${what}); use a new externalId for a new event` };
}
