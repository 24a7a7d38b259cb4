// Group commit (issue 9): routes several NEW leads of one workspace (just inserted by the intake,
// in the caller's transaction) under ONE hold of the workspace routing lock — what routeLeadInTx
// does for one, once for all:
//   before the lock: the roster (cache), the published config, each lead's routing lead and its
//     "routing.assigned" job row (ids chosen up front; all rows in ONE statement, sendJobRows),
//     the learned counters (once);
//   under the lock: ONE statement takes the lock and reads the live load with the account owners
//     of all the leads' domains and which of their emails are enrolled in nurture
//     (loadBatchLiveLoad); the leads are decided in order by the pure decideRoutingBatch (each sees
//     the decisions before it); ONE statement writes them all (saveDecisions), then each
//     lead's nurture step is taken. The lock is released at the caller's commit.
// A stale roster whose config changes the follow-up job rows throws RoutingConfigChangedError, as
// routeLeadInTx does; the intake then routes each lead alone. The caller never puts two leads of
// one email in a batch (the nurture step reads enrolment per email, before the batch's own).
import type { TRawSql } from "../../db/raw-sql";
import type { TMarketingConsent } from "../../domain/nurture/marketing-consent";
import { sendJobRows } from "../../db/job-rows";
import { newId } from "../../db/new-id";
import { decideRoutingBatch } from "../../domain/routing/decide-routing-batch";
import { toRoutingLead, type TStoredLead } from "../../domain/routing/routing-lead";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { insertLeadEvents } from "../leads/insert-lead-events";
import { nurtureAfterDecision } from "../nurture/enrollment";
import { assignedJobOf, needsReview, type TFollowUpDeps } from "./after-assignment";
import { loadLearnedCounters } from "./load-learning";
import { loadBatchLiveLoad } from "./load-routing-state";
import { markLockStep } from "./lock-timing";
import { cachedRoster, reloadRoster } from "./roster-cache";
import { RoutingConfigChangedError, lockGrantedAt, type TWrittenAssignment } from "./route-lead";
import { publishedRoutingVersion } from "./routing-settings";
import { saveDecisions, storedDurationMs } from "./save-decision";

export interface TBatchLeadInput {
  leadId: string;
  /** The lead as just written (never spam: the intake routes only routable leads). */
  lead: TStoredLead;
  now: Date;
  /** Its marketing consent, decided from the lead in memory (the intake): a nurture enrolment reads nothing of the lead under the lock. */
  consent?: TMarketingConsent;
}

export interface TRouteLeadsResult {
  /** Per lead, in order (null: no published config, the lead was not routed). */
  decisions: (TRoutingDecision | null)[];
  /** Per lead, in order: the assignment written (null: none — not routed, nurture, disqualified). */
  assignments: (TWrittenAssignment | null)[];
  /** The roster version the decisions were made at (checked under the lock); null when not routed. */
  rosterVersion: number | null;
  /** The decisions' time as their assignments and events store it; null when not routed. */
  durationMs: number | null;
  /** performance.now() when the workspace lock was acquired (null when not taken): held until commit. */
  lockAcquiredAt: number | null;
}

export async function routeLeadsInTx(tx: TRawSql, workspaceId: string, leads: readonly TBatchLeadInput[], deps: TFollowUpDeps): Promise<TRouteLeadsResult> {
  const started = performance.now();
  const now = leads[0]!.now;
  // ── before the lock ─────────────────────────────────────────────────────
  let roster = await cachedRoster(tx, workspaceId, now);
  if (!roster.publishedVersionId) roster = await reloadRoster(tx, workspaceId, now);
  let published = roster.publishedVersionId ? await publishedRoutingVersion(tx, roster.publishedVersionId) : null;
  if (!published) {
    await insertLeadEvents(tx, workspaceId, leads.map(({ leadId, now: at }) => ({ leadId, type: "not_routed", data: { reason: "no_routing_config" }, createdAt: at })));
    return { decisions: leads.map(() => null), assignments: leads.map(() => null), rosterVersion: null, durationMs: null, lockAcquiredAt: null };
  }
  let { config } = published;
  const assignmentIds = leads.map(() => newId());
  const jobs = leads.map((l, i) => assignedJobOf(config, { assignmentId: assignmentIds[i]!, workspaceId }, toRoutingLead(l.lead, config).estimatedValue));
  await sendJobRows(deps.queue, jobs.map((job) => ["routing.assigned", job] as const), tx);
  const counters = await loadLearnedCounters(tx, workspaceId, config, now);
  const emails = leads.map((l) => l.lead.email);

  // ── under the lock ──────────────────────────────────────────────────────
  let live = await loadBatchLiveLoad(tx, workspaceId, roster, config, now, emails, { lock: true, counters });
  const lockAcquiredAt = lockGrantedAt(live.afterLockMs, live.lockedAtMs);
  markLockStep("lock:read", live.afterLockMs);
  if (live.rosterVersion !== roster.version) {
    // Stale cached roster: read it afresh; a config that changes the job rows written above cannot be used (see route-lead.ts).
    roster = await reloadRoster(tx, workspaceId, now);
    const fresh = roster.publishedVersionId ? await publishedRoutingVersion(tx, roster.publishedVersionId) : null;
    const same = fresh && leads.every((l, i) => JSON.stringify(assignedJobOf(fresh.config, { assignmentId: assignmentIds[i]!, workspaceId }, toRoutingLead(l.lead, fresh.config).estimatedValue)) === JSON.stringify(jobs[i]));
    if (!fresh || !same) throw new RoutingConfigChangedError(workspaceId);
    published = fresh;
    config = fresh.config;
    live = await loadBatchLiveLoad(tx, workspaceId, roster, config, now, emails);
  }
  const { state } = live;
  const routingLeads = leads.map((l) => ({ lead: toRoutingLead(l.lead, config), now: l.now }));
  const { decisions } = decideRoutingBatch({ config, configVersion: published.version, leads: routingLeads, reps: state.reps, teams: state.teams, rotations: state.rotations, accountOwners: live.accountOwners, ...(state.learning ? { learning: state.learning } : {}) });
  markLockStep("lock:decided");
  // As stored (rounded once here: the assignments below answer the same value).
  const durationMs = storedDurationMs(performance.now() - started);
  const saving = leads.map(({ leadId, now: at }, i) => {
    const decision = decisions[i]!;
    const isProvisional = decision.outcome === "assigned" && needsReview(config, routingLeads[i]!.lead.estimatedValue);
    return { leadId, now: at, assignmentId: assignmentIds[i]!, decision, isProvisional, review: isProvisional ? config.policies.review : null, durationMs };
  });
  const made = await saveDecisions(tx, workspaceId, saving);
  // Each assignment as its row holds it (route-lead.ts's TWrittenAssignment): the intake answers from them.
  const assignments = made.map((assignment, i): TWrittenAssignment | null => {
    const { assignmentId, isProvisional, now: at, decision } = saving[i]!;
    return assignment ? { id: assignmentId, ...assignment, isProvisional, assignedAt: at, configVersion: decision.configVersion, note: "", byUserId: null } : null;
  });
  for (const [i, { leadId, lead, now: at, consent }] of leads.entries()) {
    const hasActiveEnrollment = lead.email !== null && live.activeEmails.has(lead.email.toLowerCase());
    await nurtureAfterDecision(tx, { workspaceId, leadId, decision: decisions[i]!, timeZone: lead.timeZone, email: lead.email, hasActiveEnrollment, now: at, queue: deps.queue, ...(consent ? { consent } : {}) });
  }
  return { decisions, assignments, rosterVersion: roster.version, durationMs, lockAcquiredAt };
}
