// The intake's save step, its input and answer (intake-lead.ts saves one lead, intake-batch.ts a
// workspace's waiting leads under one routing lock).
import type { TIntakePerson, TLeadDraft } from "../../domain/leads/build-lead";
import type { TExchangeRates } from "../../domain/money/routing-value";
import type { TRequestIssue } from "../../domain/validation/request-issues";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";
import type { TWrittenAssignment } from "../routing/route-lead";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import type { TStoredLeadColumns } from "./lead-resource-data";

export interface TIdempotency {
  scope: string;
  key: string;
  /** The request's fingerprint (an API key's requests): a replay must come with the same one. */
  fingerprint?: string | null;
}

/** An earlier lead found by its idempotency key: enough to answer a retry as the first time. */
export interface TStoredLeadRef {
  id: string;
  outcome: unknown;
  /** The definition of the form version it was submitted to (null without a form). */
  definition: unknown;
  /** The warnings its first answer carried; null for a lead stored before they were kept (rebuild them). */
  warnings: TRequestIssue[] | null;
}

export interface TSaveLeadInput {
  workspaceId: string;
  lead: TLeadDraft;
  person: TIntakePerson | null;
  /** The workspace's routing currency as the intake read it with its rates (lead.routingValue is in it); absent: not read (a lead without value). */
  routingCurrency?: string | null;
  /** The workspace's exchange rates when the caller already read them (with the published form); else the intake reads them. */
  exchangeRates?: TExchangeRates;
  /** An API key may update the person record; an anonymous submitter may not. */
  isTrustedSource: boolean;
  isRoutable: boolean;
  idempotency: TIdempotency | null;
  /** The warnings this request is answered with: stored with its idempotency key, for a replay to answer the same. */
  warnings: TRequestIssue[];
  /** Route the lead in the same transaction (the app always does; absent = store only). */
  routing?: TFollowUpDeps;
  now: Date;
  /** The caller answers with the lead as stored (POST /api/v1/leads): the save returns what it wrote (`written`). */
  isAnswered?: boolean;
}

/** What the intake wrote for a new lead, for its answer (intake-answer.ts): the lead as stored and its routing. */
export interface TIntakeWritten {
  stored: TStoredLeadColumns;
  /** Routed in the intake's transaction (null: not routed — stored only, or no published routing). */
  routing: { decision: TRoutingDecision; assignment: TWrittenAssignment | null; rosterVersion: number; durationMs: number; at: Date } | null;
}

/** `written` only when asked (isAnswered) and known: not for a lead whose routing was left to a job. */
export type TSaveLeadResult = { status: 201; leadId: string; written?: TIntakeWritten } | { status: 200; replay: TStoredLeadRef };

