// A rep hands a lead back: only its current owner may. In one transaction under the routing lock:
// the rep's rotation turn is given back, a "returned" event is written, and the lead is routed
// again to the next best rep (the returning rep excluded) — or to the fallback queue.
// A lead the caller may not see (a REP: another rep's lead) answers exactly like an unknown one,
// before anything about its status is told.
import { z } from "zod";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import type { TFollowUpDeps } from "../routing/after-assignment";
import { lockWorkspaceRouting, routeLeadInTx, type TRouteLeadResult } from "../routing/route-lead";
import { emitLeadReassigned } from "./lead-reassigned-webhook";
import { parseInput } from "../reps/parse-input";
import { leadVisibility } from "../leads/list-leads";
import { returnRotationCredit } from "./reassign-lead";

export const ZReason = z.string().trim().min(1, "Give a reason").max(500);

export interface TReturnLeadInput {
  workspaceId: string;
  leadId: string;
  repUserId: string;
  reason: string;
  now: Date;
}

export const LEAD_NOT_FOUND_MESSAGE = "Lead not found.";
export const CLOSED_LEAD_RETURN_MESSAGE = "This lead is closed (won or lost): it stays with you and cannot be returned.";

export interface TReturnLeadResult {
  /** The lead's new assignment (null when it went to nurture / was disqualified). */
  assignmentId: string | null;
  decision: TRouteLeadResult["decision"];
}

export async function returnLead(db: Db, deps: TFollowUpDeps, input: TReturnLeadInput): Promise<TReturnLeadResult> {
  const reason = parseInput(z.object({ reason: ZReason }), { reason: input.reason }).reason;
  return db.$transaction(async (tx) => {
    await lockWorkspaceRouting(tx, input.workspaceId);
    const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: input.repUserId } }, select: { role: true } });
    const lead = membership
      ? await tx.lead.findFirst({ where: { id: input.leadId, workspaceId: input.workspaceId, ...leadVisibility({ userId: input.repUserId, role: membership.role }) }, select: { id: true, status: true } })
      : null;
    if (!lead) throw new AppError("NOT_FOUND", LEAD_NOT_FOUND_MESSAGE);
    // A won or lost lead keeps the owner who closed it (re-routing it made it ASSIGNED again).
    if (lead.status === "CLOSED") throw new AppError("CONFLICT", CLOSED_LEAD_RETURN_MESSAGE);
    const rep = await tx.repProfile.findUnique({
      where: { workspaceId_userId: { workspaceId: input.workspaceId, userId: input.repUserId } },
      include: { user: { select: { name: true, email: true } } },
    });
    const current = await tx.leadAssignment.findFirst({ where: { leadId: lead.id, isCurrent: true } });
    if (!rep || !current || current.repId !== rep.id) throw new AppError("FORBIDDEN", "Only the lead's current owner can return it.");
    await returnRotationCredit(tx, { workspaceId: input.workspaceId, assignmentId: current.id });
    await tx.leadEvent.create({
      data: { leadId: lead.id, workspaceId: input.workspaceId, type: "returned", data: { assignmentId: current.id, repId: rep.id, reason }, createdAt: input.now },
    });
    const repName = rep.user.name ?? rep.user.email;
    const routed = await routeLeadInTx(
      tx,
      { workspaceId: input.workspaceId, leadId: lead.id, now: input.now, kind: "REASSIGNED", excludeRepIds: [rep.id], note: `Returned by ${repName}: ${reason}`, byUserId: input.repUserId },
      deps,
    );
    // Not routed (no published routing): roll back rather than leave the rep with a returned lead.
    if (!routed.decision) throw new AppError("CONFLICT", "The lead cannot be routed again: no routing is published.");
    await emitLeadReassigned(tx, deps.queue, { workspaceId: input.workspaceId, leadId: lead.id, assignment: routed.assignment, previous: { assignmentId: current.id, repId: rep.id }, cause: "returned" });
    return { assignmentId: routed.assignmentId, decision: routed.decision };
  });
}
