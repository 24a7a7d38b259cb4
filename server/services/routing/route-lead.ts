// Routes one lead, race-safe: under a per-workspace transaction advisory lock (reps can sit in
// several pools and their caps are per rep, so the lock covers every pool of the workspace) it
// loads loads and rotation pointers, decides (pure), and writes the assignment, the lead's owner
// and status, the new rotation state, the account owner and the alert jobs — all in the caller's
// transaction. A lead has exactly one current owner (partial unique index).
import type { DbTx } from "../../db/client";
import type { AssignmentKind, LeadStatus, Prisma } from "../../db/generated/client";
import { emailDomain } from "../../domain/conditions/email-domain";
import { decideLeadRouting, toRoutingLead } from "../../domain/routing/routing-lead";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { loadAccountOwners, loadStoredLead } from "./load-routing-inputs";
import { loadRoutingState, type TRoutingState } from "./load-routing-state";
import { getPublishedRouting } from "./routing-settings";
import { afterAssignment, type TFollowUpDeps } from "./after-assignment";

export interface TRouteLeadInput {
  workspaceId: string;
  leadId: string;
  now: Date;
  kind?: Extract<AssignmentKind, "ROUTED" | "REASSIGNED" | "SLA_REASSIGNED">;
  /** Reps that must not get the lead (the previous owner on a reassignment). */
  excludeRepIds?: readonly string[];
  note?: string;
  byUserId?: string | null;
}

export interface TRouteLeadResult {
  decision: TRoutingDecision | null;
  assignmentId: string | null;
  state: TRoutingState | null;
}

const STATUS_BY_OUTCOME: Record<TRoutingDecision["outcome"], LeadStatus> = {
  assigned: "ASSIGNED",
  fallback: "FALLBACK",
  nurture: "NURTURE",
  disqualified: "DISQUALIFIED",
};

export async function lockWorkspaceRouting(tx: DbTx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`routing:${workspaceId}`}))`;
}

export async function routeLeadInTx(tx: DbTx, input: TRouteLeadInput, deps: TFollowUpDeps): Promise<TRouteLeadResult> {
  const started = performance.now();
  await lockWorkspaceRouting(tx, input.workspaceId);
  const published = await getPublishedRouting(tx, input.workspaceId);
  if (!published) {
    await tx.leadEvent.create({ data: { leadId: input.leadId, workspaceId: input.workspaceId, type: "not_routed", data: { reason: "no_routing_config" }, createdAt: input.now } });
    return { decision: null, assignmentId: null, state: null };
  }
  const stored = await loadStoredLead(tx, input.leadId);
  if (stored.isSpam) return { decision: null, assignmentId: null, state: null };
  const lead = { ...toRoutingLead(stored, published.config), workspaceId: stored.workspaceId, isSpam: stored.isSpam };
  const state = await loadRoutingState(tx, input.workspaceId, published.config, input.now);
  const decision = decideLeadRouting({
    config: published.config,
    configVersion: published.version,
    lead,
    reps: state.reps,
    teams: state.teams,
    rotations: state.rotations,
    accountOwners: await loadAccountOwners(tx, input.workspaceId, lead.email),
    excludeRepIds: input.excludeRepIds,
    now: input.now,
  });
  const assignmentId = await saveDecision(tx, input, decision, performance.now() - started);
  await afterAssignment(tx, { input, decision, assignmentId, config: published.config, lead }, deps);
  return { decision, assignmentId, state };
}

async function saveDecision(tx: DbTx, input: TRouteLeadInput, decision: TRoutingDecision, durationMs: number): Promise<string | null> {
  const { workspaceId, leadId, now } = input;
  for (const rotation of decision.rotationUpdates) {
    const state = rotation as unknown as Prisma.InputJsonValue;
    await tx.rotationPointer.upsert({ where: { workspaceId_poolId: { workspaceId, poolId: rotation.poolId } }, create: { workspaceId, poolId: rotation.poolId, state }, update: { state } });
  }
  if (decision.accountOwnerToRecord && emailDomain(`x@${decision.accountOwnerToRecord.domain}`)) {
    await tx.accountOwner.createMany({ data: [{ workspaceId, ...decision.accountOwnerToRecord }], skipDuplicates: true });
  }
  await tx.leadAssignment.updateMany({ where: { leadId, isCurrent: true }, data: { isCurrent: false, endedAt: now } });
  const ownerRepId = decision.outcome === "assigned" ? decision.repId : decision.outcome === "fallback" ? (decision.queue ? (decision.repId ?? null) : null) : null;
  let assignmentId: string | null = null;
  if (decision.outcome === "assigned" || decision.outcome === "fallback") {
    const assignment = await tx.leadAssignment.create({
      data: {
        workspaceId,
        leadId,
        repId: ownerRepId,
        kind: decision.outcome === "fallback" ? "FALLBACK" : (input.kind ?? "ROUTED"),
        decision: decision as unknown as Prisma.InputJsonValue,
        configVersion: decision.configVersion,
        durationMs,
        note: input.note ?? "",
        byUserId: input.byUserId ?? null,
        assignedAt: now,
      },
    });
    assignmentId = assignment.id;
  }
  await tx.lead.update({ where: { id: leadId }, data: { status: STATUS_BY_OUTCOME[decision.outcome], ownerRepId, routedAt: now } });
  await tx.leadEvent.create({
    data: {
      leadId,
      workspaceId,
      type: input.kind === "REASSIGNED" || input.kind === "SLA_REASSIGNED" ? "reassigned" : "routed",
      data: {
        outcome: decision.outcome,
        pathId: decision.pathId,
        pathName: decision.pathName,
        repId: ownerRepId,
        configVersion: decision.configVersion,
        durationMs: Math.round(durationMs * 100) / 100,
        assignmentId,
        note: input.note ?? null,
        // Without an assignment (nurture, disqualified) the event is where the decision record lives.
        ...(assignmentId === null ? { decision: decision as unknown as Prisma.InputJsonValue } : {}),
      },
      createdAt: now,
    },
  });
  return assignmentId;
}
