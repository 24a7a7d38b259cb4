// A member who is removed from the workspace cannot sign in any more: their open leads are handed
// on. The removal transaction only writes one "routing.owner-removed" job row per open lead
// (enqueueOwnerRemovedLeads); after commit each job re-routes its lead through the published
// routing with the removed rep excluded — the manager's "next best rep" reassignment
// (reassign-lead.ts), so the decision, the "reassigned" event (reason "Owner removed from the
// workspace", by whoever removed them), the new owner's alert and SLA timers are the usual ones.
// A workspace that never published routing (leads assigned by hand) has no next best rep: the
// lead goes back to where its leads wait for a person — no owner, status NEW, as a lead that
// arrives there does — with a "not_routed" event saying why (reason "owner_removed"), and a
// manager assigns it; there is no fallback queue (a routing config's) to alert.
// Idempotent: a lead that is no longer open, or no longer theirs (reassigned, returned, run
// twice), is left alone, checked under the routing lock that the reassignment then holds.
import type { Db, DbTx } from "../../db/client";
import type { LeadStatus } from "../../db/generated/client";
import { sendJobRows, type TJobBatchSender, type TJobRowsArgs, type TJobSender } from "../../db/job-rows";
import type { TFollowUpDeps } from "../routing/after-assignment";
import type { TOwnerRemovedJob } from "../routing/follow-up-jobs";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { getPublishedRouting } from "../routing/routing-settings";
import { reassignLeadInTx, returnRotationCredit } from "./reassign-lead";

export const OWNER_REMOVED_REASON = "Owner removed from the workspace";
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
export async function enqueueOwnerRemovedLeads(tx: DbTx, queue: TOwnerRemovedQueue, args: { workspaceId: string; repId: string; byUserId: string | null }): Promise<number> {
  const leads = await tx.lead.findMany({
    where: { workspaceId: args.workspaceId, ownerRepId: args.repId, status: { in: [...OPEN_OWNED_LEAD_STATUSES] } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const rows = leads.map((lead): TJobRowsArgs<TOwnerRemovedJobs> => ["routing.owner-removed", { workspaceId: args.workspaceId, leadId: lead.id, fromRepId: args.repId, byUserId: args.byUserId }]);
  if (rows.length > 0) await sendJobRows(queue, rows, tx);
  return rows.length;
}

/**
 * The job: hands the lead on to the next best rep — or, without published routing, leaves it
 * waiting for a manager — unless it is closed or no longer the removed member's (or they are a
 * member again). Returns whether the lead changed.
 */
export async function reassignFromRemovedOwner(db: Db, deps: TFollowUpDeps, job: TOwnerRemovedJob, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockWorkspaceRouting(tx, job.workspaceId);
    const lead = await tx.lead.findFirst({ where: { id: job.leadId, workspaceId: job.workspaceId }, select: { ownerRepId: true, status: true } });
    if (!lead || lead.ownerRepId !== job.fromRepId || !(OPEN_OWNED_LEAD_STATUSES as readonly LeadStatus[]).includes(lead.status)) return false;
    const isMemberAgain = await tx.membership.count({ where: { workspaceId: job.workspaceId, user: { repProfiles: { some: { id: job.fromRepId, isActive: true } } } } });
    if (isMemberAgain > 0) return false;
    if (!(await getPublishedRouting(tx, job.workspaceId))) {
      await leaveForManager(tx, job, now);
      return true;
    }
    await reassignLeadInTx(tx, deps, { workspaceId: job.workspaceId, leadId: job.leadId, toRepId: null, reason: OWNER_REMOVED_REASON, byUserId: job.byUserId, now });
    return true;
  });
}

/** No routing to hand the lead on: its assignment ends and it waits, unowned, for a manager to assign it. */
async function leaveForManager(tx: DbTx, job: TOwnerRemovedJob, now: Date): Promise<void> {
  const current = await tx.leadAssignment.findFirst({ where: { leadId: job.leadId, isCurrent: true }, select: { id: true } });
  if (current) await returnRotationCredit(tx, { workspaceId: job.workspaceId, assignmentId: current.id });
  await tx.leadAssignment.updateMany({ where: { leadId: job.leadId, isCurrent: true }, data: { isCurrent: false, endedAt: now } });
  await tx.lead.update({ where: { id: job.leadId }, data: { ownerRepId: null, status: "NEW" } });
  await tx.leadEvent.create({
    data: { leadId: job.leadId, workspaceId: job.workspaceId, type: "not_routed", data: { reason: OWNER_REMOVED_NOT_ROUTED, from: job.fromRepId, byUserId: job.byUserId }, createdAt: now },
  });
}
