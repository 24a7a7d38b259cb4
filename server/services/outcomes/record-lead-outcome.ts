// Records one step of a lead's lifecycle (contacted, meeting, opportunity, won, lost, not a fit;
// accepted from the acceptance, accept-lead.ts), from the inbox, the lead page, the API, a booking
// or the system. In the caller's transaction:
//   load:   the lead (row-locked: two outcomes on one lead queue up), an earlier outcome with the
//           same externalId (the same event: answered as it was, idempotent; another: a 422);
//   decide: server/domain/outcomes/lead-stages.ts (pure): valid? does the stage move? which fields?
//   save:   the LeadOutcome row, the lead's denormalised fields (status CLOSED when it closes, so it
//           stops counting as open work), an "outcome" timeline event, the lead.outcome webhook
//           event row (+ its job row, only when an endpoint subscribes), then the after-outcome
//           hooks (AFTER_OUTCOME_RECORDED). Lead.updatedAt is kept by the database's triggers.
// Reps record on the leads they own (another's answers NOT_FOUND, as everywhere in the app),
// managers and admins on any lead of the workspace; marketers cannot. It accepts nothing itself:
// working a lead whose assignment waits for acceptance accepts it first, in recordOutcome
// (record-outcome.ts), which checks with prepareLeadOutcome that the outcome will be recorded.
// The caller starts the webhook queue before opening the transaction (PGlite: one connection).
import type { DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { TEAM_MANAGER_ROLES } from "../../domain/auth/roles";
import { decideOutcome, type TLeadStage, type TOutcomeDecision } from "../../domain/outcomes/lead-stages";
import { AppError, validationError } from "../../errors";
import { eventReplayDifferences, replayMismatchError } from "../../domain/outcomes/event-replay";
import { emitWebhookEvent, type TWebhookQueue } from "../webhooks/webhook-jobs";
import type { TWebhookEventData } from "../../domain/webhooks/webhook-events";
import { AFTER_OUTCOME_RECORDED } from "./after-outcome-recorded";
import type { TLeadStageView, TOutcomeActor, TOutcomeView, TRecordOutcomeInput, TRecordOutcomeResult, TRecordedOutcome } from "./outcome-types";

export interface TRecordOutcomeDeps {
  /** A started queue for the lead.outcome webhook event; none: no event (tests, the seed). */
  webhooks?: TWebhookQueue;
}

/** The lead's lifecycle fields (TLeadStageView without the id), read by every outcome view. */
export const LEAD_STAGE_SELECT = {
  stage: true,
  stageChangedAt: true,
  acceptedAt: true,
  firstContactAt: true,
  opportunityAmount: true,
  wonAmount: true,
  closedAt: true,
  closeReason: true,
} satisfies Prisma.LeadSelect;

export const LEAD_SELECT = {
  id: true,
  workspaceId: true,
  status: true,
  isSpam: true,
  submittedAt: true,
  ownerRepId: true,
  tier: true,
  scoreTotal: true,
  ...LEAD_STAGE_SELECT,
  ownerRep: { select: { userId: true } },
} satisfies Prisma.LeadSelect;
export type TLeadRow = Prisma.LeadGetPayload<{ select: typeof LEAD_SELECT }>;

const OUTCOME_SELECT = {
  id: true,
  leadId: true,
  stage: true,
  occurredAt: true,
  recordedAt: true,
  amount: true,
  reason: true,
  source: true,
  externalId: true,
  actorUserId: true,
  repId: true,
} satisfies Prisma.LeadOutcomeSelect;

const toNumber = (d: Prisma.Decimal | null): number | null => (d === null ? null : Number(d.toString()));
const toText = (d: Prisma.Decimal | null): string | null => (d === null ? null : d.toFixed(2));

export function outcomeView(row: Prisma.LeadOutcomeGetPayload<{ select: typeof OUTCOME_SELECT }>): TOutcomeView {
  return { ...row, amount: toText(row.amount) };
}

/** The lead's stage and deal fields as every outcome view shows them (amounts as decimal strings). */
export function stageView(lead: Pick<TLeadRow, "id" | "stage" | "stageChangedAt" | "acceptedAt" | "firstContactAt" | "opportunityAmount" | "wonAmount" | "closedAt" | "closeReason">): TLeadStageView {
  return {
    id: lead.id,
    stage: lead.stage,
    stageChangedAt: lead.stageChangedAt,
    acceptedAt: lead.acceptedAt,
    firstContactAt: lead.firstContactAt,
    opportunityAmount: toText(lead.opportunityAmount),
    wonAmount: toText(lead.wonAmount),
    closedAt: lead.closedAt,
    closeReason: lead.closeReason,
  };
}

/** Reps: their own leads (others' are NOT_FOUND); managers and admins: any; marketers: none. */
export function checkOutcomeActor(actor: TOutcomeActor, lead: { ownerRep: { userId: string } | null }): void {
  if (actor.kind !== "member") return;
  if (TEAM_MANAGER_ROLES.includes(actor.role)) return;
  if (actor.role === "REP") {
    if (lead.ownerRep?.userId !== actor.userId) throw new AppError("NOT_FOUND", "Lead not found.");
    return;
  }
  throw new AppError("FORBIDDEN", "Your role does not allow recording outcomes.");
}

/** The user behind an outcome (a member, or the system on behalf of one); null for an API key. */
export const actorUserId = (actor: TOutcomeActor): string | null => (actor.kind === "member" ? actor.userId : actor.kind === "system" ? (actor.userId ?? null) : null);

/** The lead, row-locked (a caller that accepts the lead takes the workspace routing lock before). */
async function loadLockedLead(tx: DbTx, input: TRecordOutcomeInput): Promise<TLeadRow> {
  const { workspaceId, leadId } = input;
  await tx.$queryRaw`SELECT "id" FROM "Lead" WHERE "id" = ${leadId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  const lead = await tx.lead.findFirst({ where: { id: leadId, workspaceId }, select: LEAD_SELECT });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found.", [{ path: "leadId", message: "Not found" }]);
  return lead;
}

/**
 * The same externalId again: the first recording when it is the same event (event-replay.ts: the
 * same lead, stage, instant, amount and reason); another event under it is a VALIDATION at the key
 * (externalId, or headers.idempotency-key when the header stood for it), naming what differs.
 */
async function findDuplicate(tx: DbTx, input: TRecordOutcomeInput, lead: TLeadRow): Promise<TRecordOutcomeResult | null> {
  if (!input.externalId) return null;
  const earlier = await tx.leadOutcome.findUnique({ where: { workspaceId_externalId: { workspaceId: input.workspaceId, externalId: input.externalId } }, select: OUTCOME_SELECT });
  if (!earlier) return null;
  const outcome = outcomeView(earlier);
  const differs = eventReplayDifferences(outcome, input);
  if (differs.length > 0) {
    const refused = replayMismatchError(differs, input.externalIdSentAs ?? "externalId");
    throw validationError([{ path: refused.path, message: refused.detail }], refused.message);
  }
  return { outcome, stageChanged: false, isDuplicate: true, lead: stageView(lead) };
}

export type TPreparedOutcome =
  /** Nothing to write: the answer as it is (a repeated externalId, or the app re-sent the lead's stage). */
  | { kind: "answered"; result: TRecordOutcomeResult }
  | { kind: "record"; lead: TLeadRow; decision: Extract<TOutcomeDecision, { kind: "record" }> };

/**
 * Load and decide, nothing written: the row-locked lead and what recording `input` on it does.
 * Throws AppError: NOT_FOUND (no such lead, or a rep's other lead), FORBIDDEN (role), VALIDATION
 * (a field, named by path; an externalId reused for another event), CONFLICT (spam, a change the
 * app cannot make from this stage).
 */
export async function prepareLeadOutcome(tx: DbTx, input: TRecordOutcomeInput): Promise<TPreparedOutcome> {
  const lead = await loadLockedLead(tx, input);
  checkOutcomeActor(input.actor, lead);
  const duplicate = await findDuplicate(tx, input, lead);
  if (duplicate) return { kind: "answered", result: duplicate };
  const decision = decideOutcome(
    { ...lead, opportunityAmount: toNumber(lead.opportunityAmount), wonAmount: toNumber(lead.wonAmount) },
    { stage: input.stage, occurredAt: input.occurredAt, amount: input.amount, reason: input.reason, source: input.source },
    input.now,
  );
  if (decision.kind === "invalid") throw new AppError("VALIDATION", decision.message, [{ path: decision.path, message: decision.message }]);
  if (decision.kind === "refused") throw new AppError("CONFLICT", decision.message, [{ path: "stage", message: decision.message }]);
  if (decision.kind === "unchanged") return { kind: "answered", result: { outcome: null, stageChanged: false, isDuplicate: false, lead: stageView(lead) } };
  return { kind: "record", lead, decision };
}

/**
 * Records the outcome in `tx` (see the header). Throws AppError: NOT_FOUND (no such lead, or a
 * rep's other lead), FORBIDDEN (role), VALIDATION (a field, named by path; an externalId reused
 * for another event), CONFLICT (spam, a change the app cannot make from this stage).
 */
export async function recordLeadOutcome(tx: DbTx, input: TRecordOutcomeInput, deps: TRecordOutcomeDeps = {}): Promise<TRecordOutcomeResult> {
  // ── load + decide ───────────────────────────────────────────────────────
  const prepared = await prepareLeadOutcome(tx, input);
  if (prepared.kind === "answered") return prepared.result;
  return saveLeadOutcome(tx, input, prepared.lead, prepared.decision, deps);
}

/**
 * The save half of recordLeadOutcome, for a decision already made on the row-locked lead (also
 * a cancelled meeting's stage going back, meeting-cancelled.ts): the LeadOutcome row, the lead's
 * fields, the timeline entry, the lead.outcome webhook event and the after-outcome hooks.
 */
export async function saveLeadOutcome(tx: DbTx, input: TRecordOutcomeInput, lead: TLeadRow, decision: Extract<TOutcomeDecision, { kind: "record" }>, deps: TRecordOutcomeDeps = {}): Promise<TRecordOutcomeResult> {
  const byUserId = actorUserId(input.actor);
  const created = await tx.leadOutcome.create({
    data: {
      workspaceId: input.workspaceId,
      leadId: lead.id,
      stage: input.stage,
      occurredAt: input.occurredAt,
      recordedAt: input.now,
      amount: decision.amount === null ? null : decision.amount.toFixed(2),
      reason: decision.reason,
      source: input.source,
      externalId: input.externalId ?? null,
      actorUserId: byUserId,
      repId: lead.ownerRepId,
    },
    select: OUTCOME_SELECT,
  });
  const updated = await tx.lead.update({ where: { id: lead.id }, data: decision.patch, select: LEAD_SELECT });
  const outcome = outcomeView(created);
  if (input.timeline !== false) {
    await tx.leadEvent.create({
      data: {
        leadId: lead.id,
        workspaceId: input.workspaceId,
        type: "outcome",
        data: {
          outcomeId: outcome.id,
          stage: outcome.stage,
          previousStage: lead.stage,
          stageChanged: decision.stageChanged,
          occurredAt: outcome.occurredAt.toISOString(),
          amount: outcome.amount,
          reason: outcome.reason,
          source: outcome.source,
          byUserId,
          repId: outcome.repId,
        },
        createdAt: input.now,
      },
    });
  }
  const leadView = stageView(updated);
  if (deps.webhooks) {
    await emitWebhookEvent(tx, deps.webhooks, { workspaceId: input.workspaceId, type: "lead.outcome", at: input.now, data: outcomeWebhookData(outcome, leadView, decision.stageChanged) });
  }
  const recorded: TRecordedOutcome = {
    ...outcome,
    workspaceId: input.workspaceId,
    previousStage: lead.stage as TLeadStage,
    stageChanged: decision.stageChanged,
    lead: { ...leadView, submittedAt: lead.submittedAt, ownerRepId: lead.ownerRepId, tier: lead.tier, scoreTotal: lead.scoreTotal },
  };
  for (const hook of AFTER_OUTCOME_RECORDED) await hook(tx, recorded);
  return { outcome, stageChanged: decision.stageChanged, isDuplicate: false, lead: leadView };
}

/** The lead.outcome webhook's data (payload version 1). */
export function outcomeWebhookData(outcome: TOutcomeView, lead: TLeadStageView, stageChanged: boolean): TWebhookEventData<"lead.outcome"> {
  return {
    lead: { id: lead.id, stage: lead.stage, stageChangedAt: lead.stageChangedAt?.toISOString() ?? null, firstContactAt: lead.firstContactAt?.toISOString() ?? null, opportunityAmount: lead.opportunityAmount, wonAmount: lead.wonAmount, closedAt: lead.closedAt?.toISOString() ?? null },
    outcome: {
      id: outcome.id,
      stage: outcome.stage,
      occurredAt: outcome.occurredAt.toISOString(),
      recordedAt: outcome.recordedAt.toISOString(),
      amount: outcome.amount,
      reason: outcome.reason,
      source: outcome.source,
      externalId: outcome.externalId,
      repId: outcome.repId,
      stageChanged,
    },
  };
}
