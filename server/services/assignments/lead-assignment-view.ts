// What the lead page shows about ownership: the current owner and status, the review window of a
// provisional owner, every assignment (newest first) with its stored decision record, and the
// names (reps, teams, members) the page needs to turn reason codes into text. REPs read only
// the leads they currently own (NOT_FOUND otherwise), like getLead.
import type { DbTx } from "../../db/client";
import { hasRole, LEAD_WORKER_ROLES } from "../../domain/auth/roles";
import type { TRoutingDecision } from "../../domain/routing/routing-types";
import { readStoredDecision } from "../../domain/routing/stored-decision";
import { AppError } from "../../errors";
import { leadReadableBy, type TLeadStatus, type TLeadViewer } from "../leads/list-leads";
import { reviewDeadline } from "./review-decision";

export interface TAssignmentView {
  id: string;
  kind: "ROUTED" | "MANUAL" | "REASSIGNED" | "SLA_REASSIGNED" | "RETURNED" | "FALLBACK";
  repId: string | null;
  isCurrent: boolean;
  isProvisional: boolean;
  assignedAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  note: string;
  byUserId: string | null;
  configVersion: number | null;
  durationMs: number | null;
  /** The stored decision record; null when it is not one (e.g. an old or foreign shape). */
  decision: TRoutingDecision | null;
}

export interface TLeadAssignmentView {
  leadId: string;
  status: TLeadStatus;
  owner: { repId: string; userId: string; name: string } | null;
  current: TAssignmentView | null;
  /** End of the review window while the current assignment is provisional. */
  reviewUntil: Date | null;
  assignments: TAssignmentView[];
  repNames: Record<string, string>;
  teamNames: Record<string, string>;
  userNames: Record<string, string>;
  /** Active reps of members who work leads, by name (the "Assign to…" and "Change owner…" choices: reassignment refuses the others). */
  activeReps: { id: string; name: string }[];
}

export async function loadLeadAssignmentView(db: DbTx, workspaceId: string, leadId: string, viewer?: TLeadViewer): Promise<TLeadAssignmentView> {
  const lead = await db.lead.findFirst({
    where: { id: leadId, workspaceId, ...(viewer ? leadReadableBy(viewer) : {}) },
    select: {
      id: true,
      status: true,
      ownerRep: { select: { id: true, userId: true, user: { select: { name: true, email: true } } } },
      assignments: { orderBy: [{ assignedAt: "desc" }, { id: "desc" }] },
    },
  });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found.");
  const reps = await db.repProfile.findMany({
    where: { workspaceId },
    select: { id: true, isActive: true, user: { select: { name: true, email: true, memberships: { where: { workspaceId }, select: { role: true } } } } },
  });
  const teams = await db.team.findMany({ where: { workspaceId }, select: { id: true, name: true } });
  const members = await db.membership.findMany({ where: { workspaceId }, select: { user: { select: { id: true, name: true, email: true } } } });
  const repName = (r: (typeof reps)[number]) => r.user.name ?? r.user.email;
  const assignments: TAssignmentView[] = lead.assignments.map((a) => ({
    id: a.id,
    kind: a.kind,
    repId: a.repId,
    isCurrent: a.isCurrent,
    isProvisional: a.isProvisional,
    assignedAt: a.assignedAt,
    acceptedAt: a.acceptedAt,
    endedAt: a.endedAt,
    note: a.note,
    byUserId: a.byUserId,
    configVersion: a.configVersion,
    durationMs: a.durationMs,
    decision: readStoredDecision(a.decision),
  }));
  const current = assignments.find((a) => a.isCurrent) ?? null;
  const currentRow = current ? lead.assignments.find((a) => a.id === current.id)! : null;
  return {
    leadId: lead.id,
    status: lead.status,
    owner: lead.ownerRep ? { repId: lead.ownerRep.id, userId: lead.ownerRep.userId, name: lead.ownerRep.user.name ?? lead.ownerRep.user.email } : null,
    current,
    reviewUntil: currentRow?.isProvisional ? await reviewDeadline(db, currentRow) : null,
    assignments,
    repNames: Object.fromEntries(reps.map((r) => [r.id, repName(r)])),
    teamNames: Object.fromEntries(teams.map((t) => [t.id, t.name])),
    userNames: Object.fromEntries(members.map((m) => [m.user.id, m.user.name ?? m.user.email])),
    activeReps: reps
      .filter((r) => r.isActive && r.user.memberships.some((m) => hasRole(m.role, LEAD_WORKER_ROLES)))
      .map((r) => ({ id: r.id, name: repName(r) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
