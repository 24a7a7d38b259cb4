// Records one step of a lead's lifecycle (contacted, meeting, opportunity, won, lost, not a fit;
// accepted from the acceptance flow), from the inbox, the lead page, the API, a booking or the
// system. In the caller's transaction:
//   load:   the lead (row-locked: two outcomes on one lead queue up), an earlier outcome with the
//           same externalId (answered as it was: idempotent);
//   decide: server/domain/outcomes/lead-stages.ts (pure): valid? does the stage move? which fields?
//   save:   the LeadOutcome row, the lead's denormalised fields (status CLOSED when it closes, so it
//           stops counting as open work), an "outcome" timeline event, the lead.outcome webhook
//           event row (+ its job row, only when an endpoint subscribes) — preceded by lead.accepted
//           when this outcome accepted a waiting assignment — then the after-outcome hooks
//           (AFTER_OUTCOME_RECORDED). Lead.updatedAt is kept by the database's triggers.
// Reps record on the leads they own (another's answers NOT_FOUND, as everywhere in the app),
// managers and admins on any lead of the workspace; marketers cannot. Any outcome but ACCEPTED on
// a lead whose assignment waits for acceptance accepts it (working or closing the lead is
// accepting it), so the SLA does not take it from the rep afterwards.
// The caller starts the webhook queue before opening the transaction (PGlite: one connection).
import type { DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { TEAM_MANAGER_ROLES } from "../../domain/auth/roles";
import { decideOutcome, type TLeadStage, type TLeadStagePatch } from "../../domain/outcomes/lead-stages";
import { AppError } from "../../errors";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { emitWebhookEvent, type TWebhookQueue } from "../webhooks/webhook-jobs";
import { emitLeadAccepted, type TAcceptedAssignment } from "../webhooks/lead-accepted-event";
import type { TWebhookEventData } from "../../domain/webhooks/webhook-events";
import { AFTER_OUTCOME_RECORDED } from "./after-outcome-recorded";
import type { TLeadStageView, TOutcomeActor, TOutcomeView, TRecordOutcomeInput, TRecordOutcomeResult, TRecordedOutcome } from "./outcome-types";

export interface TRecordOutcomeDeps {
  /** A started queue for the lead.outcome webhook event (and lead.accepted, when the outcome accepts the lead); none: no event (tests, the seed). */
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

const LEAD_SELECT = {
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
type TLeadRow = Prisma.LeadGetPayload<{ select: typeof LEAD_SELECT }>;

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

const actorUserId = (actor: TOutcomeActor): string | null => (actor.kind === "member" ? actor.userId : actor.kind === "system" ? (actor.userId ?? null) : null);

/**
 * The lead, row-locked. Outcomes may accept a waiting assignment, which needs the workspace routing
 * lock: it is taken first (the order routing and the SLA take them), only for a lead waiting for
 * acceptance, when a person or an integrator records. Returns whether the routing lock is held.
 */
async function loadLockedLead(tx: DbTx, input: TRecordOutcomeInput): Promise<{ lead: TLeadRow; hasRoutingLock: boolean }> {
  const { workspaceId, leadId } = input;
  const peek = await tx.lead.findFirst({ where: { id: leadId, workspaceId }, select: { status: true } });
  if (!peek) throw new AppError("NOT_FOUND", "Lead not found.", [{ path: "leadId", message: "Not found" }]);
  // A booking or the system (acceptance) handle the assignment themselves, under their own locks.
  const hasRoutingLock = peek.status === "ASSIGNED" && (input.source === "INBOX" || input.source === "LEAD_PAGE" || input.source === "API");
  if (hasRoutingLock) await lockWorkspaceRouting(tx, workspaceId);
  await tx.$queryRaw`SELECT "id" FROM "Lead" WHERE "id" = ${leadId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
  const lead = await tx.lead.findFirstOrThrow({ where: { id: leadId, workspaceId }, select: LEAD_SELECT });
  return { lead, hasRoutingLock };
}

/** The same externalId again: the first recording, when it was for this lead and stage; else 409. */
async function findDuplicate(tx: DbTx, input: TRecordOutcomeInput, lead: TLeadRow): Promise<TRecordOutcomeResult | null> {
  if (!input.externalId) return null;
  const earlier = await tx.leadOutcome.findUnique({ where: { workspaceId_externalId: { workspaceId: input.workspaceId, externalId: input.externalId } }, select: OUTCOME_SELECT });
  if (!earlier) return null;
  if (earlier.leadId !== input.leadId || earlier.stage !== input.stage) {
    throw new AppError("CONFLICT", "This externalId was already used for another event", [{ path: "externalId", message: `Already recorded for ${earlier.leadId === input.leadId ? `stage ${earlier.stage}` : "another lead"}` }]);
  }
  return { outcome: outcomeView(earlier), stageChanged: false, isDuplicate: true, lead: stageView(lead) };
}

/**
 * Working a lead accepts its waiting assignment (as a booking does); the routing lock is held, so an
 * SLA reassignment cannot cross it. Returns the acceptance (for its lead.accepted event), or null
 * when nothing waited (an accepted assignment is never accepted twice).
 */
async function acceptWaitingAssignment(tx: DbTx, lead: TLeadRow, now: Date): Promise<TAcceptedAssignment | null> {
  if (!lead.ownerRepId || lead.status !== "ASSIGNED") return null;
  const waiting = await tx.leadAssignment.findFirst({ where: { leadId: lead.id, repId: lead.ownerRepId, isCurrent: true, acceptedAt: null }, select: { id: true, assignedAt: true } });
  if (!waiting) return null;
  const accepted = await tx.leadAssignment.updateMany({ where: { id: waiting.id, acceptedAt: null }, data: { acceptedAt: now } });
  if (accepted.count === 0) return null;
  return { workspaceId: lead.workspaceId, leadId: lead.id, assignmentId: waiting.id, repId: lead.ownerRepId, assignedAt: waiting.assignedAt, acceptedAt: now };
}

function leadData(patch: TLeadStagePatch, acceptedNow: Date | null, lead: TLeadRow): Prisma.LeadUpdateManyMutationInput {
  const data: Prisma.LeadUpdateManyMutationInput = { ...patch };
  if (acceptedNow) {
    if (!patch.status) data.status = "ACCEPTED";
    if (!lead.acceptedAt && !patch.acceptedAt) data.acceptedAt = acceptedNow;
  }
  return data;
}

/**
 * Records the outcome in `tx` (see the header). Throws AppError: NOT_FOUND (no such lead, or a
 * rep's other lead), FORBIDDEN (role), VALIDATION (a field, named by path), CONFLICT (spam, a
 * change the app cannot make from this stage, an externalId reused for another event).
 */
export async function recordLeadOutcome(tx: DbTx, input: TRecordOutcomeInput, deps: TRecordOutcomeDeps = {}): Promise<TRecordOutcomeResult> {
  // ── load ────────────────────────────────────────────────────────────────
  const { lead, hasRoutingLock } = await loadLockedLead(tx, input);
  checkOutcomeActor(input.actor, lead);
  const duplicate = await findDuplicate(tx, input, lead);
  if (duplicate) return duplicate;

  // ── decide ──────────────────────────────────────────────────────────────
  const decision = decideOutcome(
    { ...lead, opportunityAmount: toNumber(lead.opportunityAmount), wonAmount: toNumber(lead.wonAmount) },
    { stage: input.stage, occurredAt: input.occurredAt, amount: input.amount, reason: input.reason, source: input.source },
    input.now,
  );
  if (decision.kind === "invalid") throw new AppError("VALIDATION", decision.message, [{ path: decision.path, message: decision.message }]);
  if (decision.kind === "refused") throw new AppError("CONFLICT", decision.message, [{ path: "stage", message: decision.message }]);
  if (decision.kind === "unchanged") return { outcome: null, stageChanged: false, isDuplicate: false, lead: stageView(lead) };

  // ── save ────────────────────────────────────────────────────────────────
  const byUserId = actorUserId(input.actor);
  const acceptance = hasRoutingLock ? await acceptWaitingAssignment(tx, lead, input.now) : null;
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
  const data = leadData(decision.patch, acceptance?.acceptedAt ?? null, lead);
  const updated = await tx.lead.update({ where: { id: lead.id }, data, select: LEAD_SELECT });
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
  if (deps.webhooks && acceptance) await emitLeadAccepted(tx, deps.webhooks, acceptance);
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
