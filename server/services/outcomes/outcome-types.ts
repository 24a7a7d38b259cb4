// What recordLeadOutcome takes and gives, and the shape of an after-outcome hook. Types only, so a
// hook's module (learned routing's counters, say) imports this file and never the service itself.
import type { DbTx } from "../../db/client";
import type { TRole } from "../../domain/auth/roles";
import type { TReplayKey } from "../../domain/outcomes/event-replay";
import type { TLeadStage, TOutcomeSource } from "../../domain/outcomes/lead-stages";

/** Who records: a member (their role decides which leads), an API key, or the system. */
export type TOutcomeActor = { kind: "member"; userId: string; role: TRole } | { kind: "api-key"; apiKeyId: string } | { kind: "system"; userId?: string | null };

export interface TRecordOutcomeInput {
  workspaceId: string;
  leadId: string;
  stage: TLeadStage;
  occurredAt: Date;
  amount?: number | null;
  reason?: string | null;
  source: TOutcomeSource;
  /** The caller's id for this event: the same id again answers the first recording (the same event; another is a VALIDATION at the id). */
  externalId?: string | null;
  /** Where the caller sent externalId, for the path of that VALIDATION: the body (default) or the Idempotency-Key header. */
  externalIdSentAs?: TReplayKey;
  actor: TOutcomeActor;
  now: Date;
  /** Write the "outcome" timeline event (default true; false when the caller writes its own, e.g. "accepted", "booked"). */
  timeline?: boolean;
}

export interface TOutcomeView {
  id: string;
  leadId: string;
  stage: TLeadStage;
  occurredAt: Date;
  recordedAt: Date;
  /** Decimal as a string ("12500.00"). */
  amount: string | null;
  reason: string | null;
  source: TOutcomeSource;
  externalId: string | null;
  actorUserId: string | null;
  repId: string | null;
}

export interface TLeadStageView {
  id: string;
  stage: TLeadStage;
  stageChangedAt: Date | null;
  acceptedAt: Date | null;
  firstContactAt: Date | null;
  opportunityAmount: string | null;
  wonAmount: string | null;
  closedAt: Date | null;
  closeReason: string | null;
}

export interface TRecordOutcomeResult {
  /** The recorded outcome (the earlier one for a repeated externalId); null when nothing changed (the app re-sent the lead's stage). */
  outcome: TOutcomeView | null;
  /** Whether the lead's stage moved (false for a late, lower stage: recorded as history only). */
  stageChanged: boolean;
  /** True when externalId had been recorded before: nothing was written. */
  isDuplicate: boolean;
  lead: TLeadStageView;
}

/** What an after-outcome hook sees: the new row, the stage before and after, in the same transaction. */
export interface TRecordedOutcome extends TOutcomeView {
  workspaceId: string;
  previousStage: TLeadStage;
  stageChanged: boolean;
  lead: TLeadStageView & { submittedAt: Date; ownerRepId: string | null; tier: string; scoreTotal: number };
}

/**
 * Runs inside recordLeadOutcome's transaction after the outcome row, the lead's fields, the
 * timeline event and the webhook event are written (not for a duplicate or a no-op). Throwing rolls
 * everything back. Keep it to a few short statements: PGlite is one connection.
 */
export type TAfterOutcomeRecorded = (tx: DbTx, outcome: TRecordedOutcome) => Promise<void>;
