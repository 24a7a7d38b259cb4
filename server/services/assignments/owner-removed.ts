// A member who is removed from the workspace cannot sign in any more, and one whose role changes
// to one that cannot work leads (a Marketer) cannot open the inbox: either way their open leads
// are handed on. The removal (or role change) transaction deactivates their rep profile and only
// writes one "routing.owner-removed" job row per open lead (enqueueOwnerRemovedLeads), its cause
// in the payload; after commit each job re-routes its lead through the published routing with the
// rep excluded — the manager's "next best rep" reassignment (reassign-lead.ts), so the decision,
// the "reassigned" event (reason "Owner removed from the workspace" or "Owner is now a Marketer",
// by whoever made the change), the new owner's alert and SLA timers are the usual ones.
// A workspace that never published routing (leads assigned by hand) has no next best rep: the
// lead goes back to where its leads wait for a person — no owner, status NEW, as a lead that
// arrives there does — with a "not_routed" event saying why (reason "owner_removed") and a
// lead.unassigned webhook, and a manager assigns it; there is no fallback queue (a routing
// config's) to alert.
// The prospect's upcoming meeting with that rep is not cancelled: the lead's timeline says it is
// with someone who left (bookings/departed-rep-meetings.ts), and the new owner's alert names it.
// Idempotent: a lead that is no longer open, or no longer theirs (reassigned, returned, run
// twice), is left alone, and so is every lead once they work leads again (a role that works leads
// and an active rep profile), checked under the routing lock that the reassignment then holds.
import type { Db, DbTx } from "../../db/client";
import type { LeadStatus } from "../../db/generated/client";
import { sendJobRows, type TJobBatchSender, type TJobRowsArgs, type TJobSender } from "../../db/job-rows";
import { LEAD_WORKER_ROLES } from "../../domain/auth/roles";
import { OWNER_REMOVED_REASON, ownerRemovedReason } from "../../domain/routing/reassignment-notice";
import { noteMeetingsWithDepartedRep } from "../bookings/departed-rep-meetings";
import type { TFollowUpDeps } from "../routing/after-assignment";
import type { TOwnerRemovedCause, TOwnerRemovedJob } from "../routing/follow-up-jobs";
import { emitWebhookEvent } from "../webhooks/webhook-jobs";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { getPublishedRouting } from "../routing/routing-settings";
import { reassignLeadInTx, returnRotationCredit } from "./reassign-lead";

// The reassignment's reason (the timeline, the assignment's note, the new owner's alert): "Owner removed from the workspace", "Owner is now a Marketer".
export { OWNER_REMOVED_REASON, ownerRemovedReason };
export type { TOwnerRemovedCause };
/** The "not_routed" event's reason when no routing could hand the lead on (the timeline's text: components/assignments/event-text.ts). */
export const OWNER_REMOVED_NOT_ROUTED = "owner_removed";

/** Leads that are still being worked and have an owner: assigned, accepted, or in the fallback queue with its rep (not won, lost, closed). */
export const OPEN_OWNED_LEAD_STATUSES = ["ASSIGNED", "ACCEPTED", "FALLBACK"] as const satisfies readonly LeadStatus[];

type TOwnerRemovedJobs = { "routing.owner-removed": TOwnerRemovedJob };
export type TOwnerRemovedQueue = TJobSender<TOwnerRemovedJobs> & TJobBatchSender<TOwnerRemovedJobs>;

/** Open leads per owning rep, for the members list (a rep without any is absent). */
export async function openLeadCounts(db: Db, workspaceId: string, repIds: readonly string[]): Promise<Map<string, number>> {
  if (repIds.length === 0) return new Map();
  const rows = await db.lead.groupBy({ by: ["ownerRepId"], where: { workspaceId, ownerRepId: { in: [...repIds] }, status: { in: [...OPEN_OWNED_LEAD_STATUSES] } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.ownerRepId!, r._count._all]));
}

/**
 * In the removal transaction, under the routing lock (no lead reaches the rep meanwhile): one job
 * row per open lead of the rep. Returns how many.
 */
export async function enqueueOwnerRemovedLeads(tx: DbTx, queue: TOwnerRemovedQueue, args: { workspaceId: string; repId: string; byUserId: string | null; cause: TOwnerRemovedCause }): Promise<number> {
  const leads = await tx.lead.findMany({
    where: { workspaceId: args.workspaceId, ownerRepId: args.repId, status: { in: [...OPEN_OWNED_LEAD_STATUSES] } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const rows = leads.map((lead): TJobRowsArgs<TOwnerRemovedJobs> => ["routing.owner-removed", { workspaceId: args.workspaceId, leadId: lead.id, fromRepId: args.repId, byUserId: args.byUserId, cause: args.cause }]);
  if (rows.length > 0) await sendJobRows(queue, rows, tx);
  return rows.length;
}

/**
 * The job: hands the lead on to the next best rep — or, without published routing, leaves it
 * waiting for a manager — unless it is closed or no longer the member's, or they work leads again
 * (a member with a role that works leads and an active rep profile: re-invited and reactivated, or
 * made a Sales rep again and reactivated). Returns whether the lead changed.
 */
export async function reassignFromRemovedOwner(db: Db, deps: TFollowUpDeps, job: TOwnerRemovedJob, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockWorkspaceRouting(tx, job.workspaceId);
    const lead = await tx.lead.findFirst({ where: { id: job.leadId, workspaceId: job.workspaceId }, select: { ownerRepId: true, status: true } });
    if (!lead || lead.ownerRepId !== job.fromRepId || !(OPEN_OWNED_LEAD_STATUSES as readonly LeadStatus[]).includes(lead.status)) return false;
    const worksLeadsAgain = await tx.membership.count({
      where: { workspaceId: job.workspaceId, role: { in: [...LEAD_WORKER_ROLES] }, user: { repProfiles: { some: { id: job.fromRepId, isActive: true } } } },
    });
    if (worksLeadsAgain > 0) return false;
    if (!(await getPublishedRouting(tx, job.workspaceId))) await leaveForManager(tx, deps, job, now);
    else await reassignLeadInTx(tx, deps, { workspaceId: job.workspaceId, leadId: job.leadId, toRepId: null, reason: ownerRemovedReason(job.cause), byUserId: job.byUserId, now, cause: job.cause?.kind === "role_changed" ? "owner_role_changed" : "owner_removed" });
    const after = await tx.lead.findUniqueOrThrow({ where: { id: job.leadId }, select: { ownerRepId: true } });
    await noteMeetingsWithDepartedRep(tx, { workspaceId: job.workspaceId, leadId: job.leadId, repId: job.fromRepId, toRepId: after.ownerRepId, cause: job.cause ?? { kind: "removed" }, byUserId: job.byUserId, now });
    return true;
  });
}

/** No routing to hand the lead on: its assignment ends and it waits, unowned, for a manager to assign it (subscribers get lead.unassigned). */
async function leaveForManager(tx: DbTx, deps: TFollowUpDeps, job: TOwnerRemovedJob, now: Date): Promise<void> {
  const current = await tx.leadAssignment.findFirst({ where: { leadId: job.leadId, isCurrent: true }, select: { id: true } });
  if (current) await returnRotationCredit(tx, { workspaceId: job.workspaceId, assignmentId: current.id });
  await tx.leadAssignment.updateMany({ where: { leadId: job.leadId, isCurrent: true }, data: { isCurrent: false, endedAt: now } });
  await tx.lead.update({ where: { id: job.leadId }, data: { ownerRepId: null, status: "NEW" } });
  const cause = job.cause?.kind === "role_changed" ? { cause: "role_changed", role: job.cause.role } : {};
  await tx.leadEvent.create({
    data: { leadId: job.leadId, workspaceId: job.workspaceId, type: "not_routed", data: { reason: OWNER_REMOVED_NOT_ROUTED, from: job.fromRepId, byUserId: job.byUserId, ...cause }, createdAt: now },
  });
  await emitWebhookEvent(tx, deps.queue, {
    workspaceId: job.workspaceId,
    type: "lead.unassigned",
    at: now,
    data: {
      lead: { id: job.leadId, status: "NEW" },
      previous: { assignmentId: current?.id ?? null, repId: job.fromRepId },
      reason: job.cause?.kind === "role_changed" ? "owner_role_changed" : "owner_removed",
    },
  });
}
