// Routes one lead, race-safe, in the caller's transaction. Reps can sit in several pools and
// their caps are per rep, so one per-workspace transaction advisory lock serialises decisions.
// What does not depend on earlier decisions is done BEFORE the lock: the published config, the
// lead (the intake passes the one it just built), the reps' profiles and teams (from the
// per-process roster cache, roster-cache.ts: no statement when it is fresh), the learned pools'
// outcome counters, decayed (load-learning.ts: one query, only when a pool learns; they move with
// recorded outcomes, not with decisions), and the one job row of the follow-ups
// ("routing.assigned", with the assignment's id chosen up front). UNDER the lock only: read the
// live load counters, rotation pointers, the learned pools' week load, the account owner and the
// roster's version (the same statement takes the lock: switchboard_routing_read; a stale cached roster is
// read afresh before deciding),
// decide (pure), write the decision (one statement, save-decision.ts). The lock is released at
// commit. A lead has exactly one current owner (partial unique index).
import type { TRawSql } from "../../db/raw-sql";
import { newId } from "../../db/new-id";
import type { AssignmentKind } from "../../db/generated/client";
import type { TMarketingConsent } from "../../domain/nurture/marketing-consent";
import { decideLeadRouting, toRoutingLead, type TStoredLead } from "../../domain/routing/routing-lead";
import type { TRoutingDecision, TRoutingInput } from "../../domain/routing/routing-types";
import { insertLeadEvents } from "../leads/insert-lead-events";
import { nurtureAfterDecision } from "../nurture/enrollment";
import { assignedJobOf, enqueueAssignedJob, needsReview, type TFollowUpDeps } from "./after-assignment";
import { loadLearnedCounters } from "./load-learning";
import { loadStoredLead } from "./load-routing-inputs";
import { loadLiveLoad, routingLockKey, type TRoutingState } from "./load-routing-state";
import { markLockStep } from "./lock-timing";
import { cachedRoster, reloadRoster } from "./roster-cache";
import { publishedRoutingVersion } from "./routing-settings";
import { saveDecision, storedDurationMs } from "./save-decision";

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
  /** The lead's marketing consent, when the caller has the lead in memory (the intake): a nurture enrolment then reads no answers or consent event under the lock. */
  consent?: TMarketingConsent;
}

/** The assignment a decision wrote, as its row holds it: a reassignment's lead.reassigned is written from it, in the same transaction, without reading the row back. */
export interface TWrittenAssignment {
  id: string;
  kind: string;
  repId: string | null;
  isProvisional: boolean;
  assignedAt: Date;
  configVersion: number | null;
  note: string;
  byUserId: string | null;
}

export interface TRouteLeadResult {
  decision: TRoutingDecision | null;
  assignmentId: string | null;
  /** The assignment written (null: none, as assignmentId). */
  assignment: TWrittenAssignment | null;
  state: TRoutingState | null;
  /** The roster version the decision was made at (checked under the lock); null when not routed. */
  rosterVersion: number | null;
  /** The decision's time as its assignment and event store it; null when not routed. */
  durationMs: number | null;
  /** performance.now() when the workspace lock was acquired (null when not taken): held until commit. */
  lockAcquiredAt: number | null;
}

/** The published config changed (with other follow-up policies) between the start of routing and its lock: run the transaction again. */
export class RoutingConfigChangedError extends Error {
  constructor(workspaceId: string) {
    super(`The routing config of workspace ${workspaceId} changed while a lead was being routed`);
    this.name = "RoutingConfigChangedError";
  }
}

export async function lockWorkspaceRouting(tx: Pick<TRawSql, "$executeRaw">, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${routingLockKey(workspaceId)}))`;
}

export async function routeLeadInTx(tx: TRawSql, input: TRouteLeadInput, deps: TFollowUpDeps): Promise<TRouteLeadResult> {
  const started = performance.now();
  const { workspaceId, leadId, now } = input;
  // ── before the lock ─────────────────────────────────────────────────────
  let roster = await cachedRoster(tx, workspaceId, now);
  // Not published when cached: no lock comes to check the version, so make sure afresh.
  if (!roster.publishedVersionId) roster = await reloadRoster(tx, workspaceId, now);
  let published = roster.publishedVersionId ? await publishedRoutingVersion(tx, roster.publishedVersionId) : null;
  if (!published) {
    await insertLeadEvents(tx, workspaceId, [{ leadId, type: "not_routed", data: { reason: "no_routing_config" }, createdAt: now }]);
    return { decision: null, assignmentId: null, assignment: null, state: null, rosterVersion: null, durationMs: null, lockAcquiredAt: null };
  }
  const stored = input.lead ?? (await loadStoredLead(tx, leadId));
  if (stored.isSpam) return { decision: null, assignmentId: null, assignment: null, state: null, rosterVersion: null, durationMs: null, lockAcquiredAt: null };
  let { config } = published;
  let lead = toRoutingLead(stored, config);
  const assignmentId = newId();
  // A reassignment's caller writes lead.reassigned in this transaction: its job writes no webhook event.
  const isReassignment = input.kind === "REASSIGNED" || input.kind === "SLA_REASSIGNED";
  const jobOf = (policies: typeof config, value: number | null) => ({ ...assignedJobOf(policies, { assignmentId, workspaceId }, value), ...(isReassignment ? { isReassignment: true as const } : {}) });
  const job = jobOf(config, lead.estimatedValue);
  await enqueueAssignedJob(tx, deps, job);
  const counters = await loadLearnedCounters(tx, workspaceId, config, now);

  // ── under the lock ──────────────────────────────────────────────────────
  // One statement takes the workspace lock and reads the live load after it was granted.
  let live = await loadLiveLoad(tx, workspaceId, roster, config, now, lead.email, { lock: true, counters });
  const lockAcquiredAt = lockGrantedAt(live.afterLockMs, live.lockedAtMs);
  markLockStep("lock:read", live.afterLockMs);
  if (live.rosterVersion !== roster.version) {
    // The cached roster is stale (a rep, team, time off, membership or the published config
    // changed since it was read): read it afresh, and decide with that.
    roster = await reloadRoster(tx, workspaceId, now);
    const fresh = roster.publishedVersionId ? await publishedRoutingVersion(tx, roster.publishedVersionId) : null;
    // The follow-up job row above carries the config's SLA and review policies: another config
    // that changes them cannot be used with it. Rare (a publish during this request): the caller
    // retries the transaction (the intake does) and the cache is fresh by then.
    if (!fresh || JSON.stringify(jobOf(fresh.config, toRoutingLead(stored, fresh.config).estimatedValue)) !== JSON.stringify(job)) {
      throw new RoutingConfigChangedError(workspaceId);
    }
    published = fresh;
    config = fresh.config;
    lead = toRoutingLead(stored, config);
    // (this config's learned counters are read again here: rare, see above)
    live = await loadLiveLoad(tx, workspaceId, roster, config, now, lead.email);
  }
  const { state, accountOwners, hasActiveEnrollment } = live;
  const decision = decideLeadRouting({ config, configVersion: published.version, lead, reps: state.reps, teams: state.teams, rotations: state.rotations, learning: state.learning, accountOwners, excludeRepIds: input.excludeRepIds, now, ...(input.graduation ? { graduation: input.graduation } : {}) });
  const isProvisional = decision.outcome === "assigned" && needsReview(config, lead.estimatedValue);
  markLockStep("lock:decided");
  // As stored (rounded once here: the assignment below answers the same value).
  const durationMs = storedDurationMs(performance.now() - started);
  const saved = await saveDecision(tx, {
    ...input,
    assignmentId,
    decision,
    isProvisional,
    review: isProvisional ? config.policies.review : null,
    hasCurrentAssignment: input.lead === undefined,
    durationMs,
  });
  // Nurture: enrol (one enrolment row and its first due row) or end the person's enrolments when sales takes them.
  await nurtureAfterDecision(tx, { workspaceId, leadId, decision, timeZone: stored.timeZone, email: stored.email, hasActiveEnrollment, now, queue: deps.queue, ...(input.consent ? { consent: input.consent } : {}) });
  // The assignment as saveDecision made and wrote it (decisionAssignment, once per decision).
  const assignment = saved.assignment ? { id: saved.assignmentId, ...saved.assignment, isProvisional, assignedAt: now, configVersion: decision.configVersion, note: input.note ?? "", byUserId: input.byUserId ?? null } : null;
  return { decision, assignmentId: saved.assignmentId, assignment, state, rosterVersion: roster.version, durationMs, lockAcquiredAt };
}

/**
 * When the lock was granted, on this process's performance.now() clock: from the database's clock
 * when it agrees with ours (same machine: the read's way back counts), else when we saw the read
 * minus its time in the database after the grant. A diagnostic figure (the bench's held time):
 * performance.timeOrigin is this process's start, so a clock stepped since then shifts it by as
 * much, within the one-second window.
 */
export function lockGrantedAt(afterLockMs: number, lockedAtMs: number | undefined): number {
  const latest = performance.now() - afterLockMs;
  const fromClock = lockedAtMs === undefined ? Number.NaN : lockedAtMs - performance.timeOrigin;
  return fromClock <= latest && fromClock > latest - 1000 ? fromClock : latest;
}
