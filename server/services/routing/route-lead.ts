// Routes one lead, race-safe: under a per-workspace transaction advisory lock (reps can sit in
// several pools and their caps are per rep, so the lock covers every pool of the workspace) it
// loads loads and rotation pointers, decides (pure), and writes the assignment, the lead's owner
// and status, the new rotation state, the account owner and the alert jobs — all in the caller's
// transaction. A lead has exactly one current owner (partial unique index).
import type { DbTx } from "../../db/client";
import type { AssignmentKind, LeadStatus, Prisma } from "../../db/generated/client";
import { emailDomain } from "../../domain/conditions/email-domain";
import { decideRouting } from "../../domain/routing/decide-routing";
import { leadAttributes } from "../../domain/routing/lead-attributes";
import { companyDomain } from "../../domain/routing/route-to-team";
import type { TRoutingDecision, TRoutingLead } from "../../domain/routing/routing-types";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
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

export async function routingLeadOf(tx: DbTx, leadId: string, config: TRoutingConfig): Promise<TRoutingLead & { workspaceId: string; isSpam: boolean }> {
  const lead = await tx.lead.findUniqueOrThrow({ where: { id: leadId }, include: { person: { select: { email: true } } } });
  const answers = (lead.answers ?? {}) as TRoutingLead["answers"];
  return {
    id: lead.id,
    workspaceId: lead.workspaceId,
    isSpam: lead.isSpam,
    answers,
    score: { total: lead.scoreTotal, dimensions: (lead.scores ?? {}) as Record<string, number> },
    tier: lead.tier,
    estimatedValue: lead.estimatedValue === null ? null : Number(lead.estimatedValue),
    source: lead.source ?? "api",
    utm: routingUtm(lead.utm),
    email: lead.person?.email ?? null,
    formId: lead.formId,
    timeZone: lead.timeZone,
    attributes: leadAttributes(answers, config.attributes),
  };
}

/** Stored attribution keys (utm_source, gclid, pageUrl) plus short aliases: utm.source = utm.utm_source. */
export function routingUtm(stored: unknown): Record<string, string> {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return {};
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof value !== "string") continue;
    result[key] = value;
    if (key.startsWith("utm_")) result[key.slice(4)] ??= value;
  }
  return result;
}

export async function routeLeadInTx(tx: DbTx, input: TRouteLeadInput, deps: TFollowUpDeps): Promise<TRouteLeadResult> {
  const started = performance.now();
  await lockWorkspaceRouting(tx, input.workspaceId);
  const published = await getPublishedRouting(tx, input.workspaceId);
  if (!published) {
    await tx.leadEvent.create({ data: { leadId: input.leadId, workspaceId: input.workspaceId, type: "not_routed", data: { reason: "no_routing_config" }, createdAt: input.now } });
    return { decision: null, assignmentId: null, state: null };
  }
  const lead = await routingLeadOf(tx, input.leadId, published.config);
  if (lead.isSpam) return { decision: null, assignmentId: null, state: null };
  const state = await loadRoutingState(tx, input.workspaceId, published.config, input.now);
  const excluded = new Set(input.excludeRepIds ?? []);
  const domain = companyDomain(lead.email);
  const owner = domain ? await tx.accountOwner.findUnique({ where: { workspaceId_domain: { workspaceId: input.workspaceId, domain } } }) : null;

  const decision = decideRouting({
    config: published.config,
    configVersion: published.version,
    lead,
    reps: state.reps.filter((r) => !excluded.has(r.id)),
    teams: state.teams.map((t) => ({ ...t, repIds: t.repIds.filter((id) => !excluded.has(id)) })),
    rotations: state.rotations,
    accountOwners: owner && !excluded.has(owner.repId) ? { [owner.domain]: owner.repId } : {},
    now: input.now,
  });
  const assignmentId = await saveDecision(tx, input, decision, performance.now() - started);
  await afterAssignment(tx, { input, decision, assignmentId, state, config: published.config, lead }, deps);
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
      data: { outcome: decision.outcome, pathId: decision.pathId, pathName: decision.pathName, repId: ownerRepId, configVersion: decision.configVersion, durationMs: Math.round(durationMs * 100) / 100, assignmentId, note: input.note ?? null },
      createdAt: now,
    },
  });
  return assignmentId;
}
