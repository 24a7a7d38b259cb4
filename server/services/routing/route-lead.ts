// Routes one lead, race-safe, in the caller's transaction. Reps can sit in several pools and
// their caps are per rep, so one per-workspace transaction advisory lock serialises decisions.
// What does not depend on earlier decisions is done BEFORE the lock: the published config, the
// lead (the intake passes the one it just built), the reps' profiles and teams, and the one job
// row of the follow-ups ("routing.assigned", with the assignment's id chosen up front). UNDER the
// lock only: read the live load counters, rotation pointers and the account owner (one query),
// decide (pure), write the decision (one statement, save-decision.ts). The lock is released at
// commit. A lead has exactly one current owner (partial unique index).
import type { DbTx } from "../../db/client";
import { newId } from "../../db/new-id";
import type { AssignmentKind } from "../../db/generated/client";
import { decideLeadRouting, toRoutingLead, type TStoredLead } from "../../domain/routing/routing-lead";
import type { TRoutingDecision, TRoutingInput } from "../../domain/routing/routing-types";
import { nurtureAfterDecision } from "../nurture/enrollment";
import { assignedJobOf, enqueueAssignedJob, needsReview, type TFollowUpDeps } from "./after-assignment";
import { loadStoredLead } from "./load-routing-inputs";
import { loadLiveLoad, loadRoster, type TRoutingState } from "./load-routing-state";
import { publishedRoutingVersion } from "./routing-settings";
import { saveDecision } from "./save-decision";

export interface TRouteLeadInput {
  workspaceId: string;
  leadId: string;
  now: Date;
  kind?: Extract<AssignmentKind, "ROUTED" | "REASSIGNED" | "SLA_REASSIGNED">;
  /** Reps that must not get the lead (the previous owner on a reassignment). */
  excludeRepIds?: readonly string[];
  note?: string;
  byUserId?: string | null;
  /** The lead as stored, when the caller just wrote it (the intake): it is not read back. */
  lead?: TStoredLead & { isSpam: boolean };
  /** A lead graduating from nurture: nurture paths skipped, NURTURE_GRADUATED first among the reasons. */
  graduation?: TRoutingInput["graduation"];
}

export interface TRouteLeadResult {
  decision: TRoutingDecision | null;
  assignmentId: string | null;
  state: TRoutingState | null;
  /** performance.now() when the workspace lock was acquired (null when not taken): held until commit. */
  lockAcquiredAt: number | null;
}

export async function lockWorkspaceRouting(tx: DbTx, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`routing:${workspaceId}`}))`;
}

export async function routeLeadInTx(tx: DbTx, input: TRouteLeadInput, deps: TFollowUpDeps): Promise<TRouteLeadResult> {
  const started = performance.now();
  const { workspaceId, leadId, now } = input;
  // ── before the lock ─────────────────────────────────────────────────────
  const roster = await loadRoster(tx, workspaceId, now);
  const published = roster.publishedVersionId ? await publishedRoutingVersion(tx, roster.publishedVersionId) : null;
  if (!published) {
    await tx.leadEvent.create({ data: { leadId, workspaceId, type: "not_routed", data: { reason: "no_routing_config" }, createdAt: now } });
    return { decision: null, assignmentId: null, state: null, lockAcquiredAt: null };
  }
  const stored = input.lead ?? (await loadStoredLead(tx, leadId));
  if (stored.isSpam) return { decision: null, assignmentId: null, state: null, lockAcquiredAt: null };
  const { config } = published;
  const lead = toRoutingLead(stored, config);
  const assignmentId = newId();
  await enqueueAssignedJob(tx, deps, assignedJobOf(config, { assignmentId, workspaceId }, lead.estimatedValue));

  // ── under the lock ──────────────────────────────────────────────────────
  await lockWorkspaceRouting(tx, workspaceId);
  const lockAcquiredAt = performance.now();
  const { state, accountOwners, hasActiveEnrollment } = await loadLiveLoad(tx, workspaceId, roster, config, now, lead.email);
  const decision = decideLeadRouting({ config, configVersion: published.version, lead, reps: state.reps, teams: state.teams, rotations: state.rotations, accountOwners, excludeRepIds: input.excludeRepIds, now, ...(input.graduation ? { graduation: input.graduation } : {}) });
  const isProvisional = decision.outcome === "assigned" && needsReview(config, lead.estimatedValue);
  const saved = await saveDecision(tx, {
    ...input,
    assignmentId,
    decision,
    isProvisional,
    review: isProvisional ? config.policies.review : null,
    hasCurrentAssignment: input.lead === undefined,
    durationMs: performance.now() - started,
  });
  // Nurture: enrol (one enrolment row and its first due row) or end the person's enrolments when sales takes them.
  await nurtureAfterDecision(tx, { workspaceId, leadId, decision, timeZone: stored.timeZone, email: stored.email, hasActiveEnrollment, now, queue: deps.queue });
  return { decision, assignmentId: saved.assignmentId, state, lockAcquiredAt };
}
