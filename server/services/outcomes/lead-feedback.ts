// Fit feedback: a rep or a manager says whether a lead fitted the rep it reached (good fit, wrong
// person, wrong territory, wrong size). One verdict per member and lead (a new one replaces theirs),
// kept with the owner and the routing path of the lead's current assignment, so managers see it next
// to the path that produced it. Reps give it on their own leads (others' are NOT_FOUND), managers
// and admins on any; marketers do not. Feedback per path is read by managers only.
import { z } from "zod";
import type { Db, DbTx } from "../../db/client";
import { TEAM_MANAGER_ROLES, type TRole } from "../../domain/auth/roles";
import { AppError } from "../../errors";
import { FIT_VERDICTS, type TFitVerdict } from "../../domain/outcomes/fit-verdicts";
import { leadReadableBy } from "../leads/list-leads";

export const ZGiveFeedback = z.object({ leadId: z.string().min(1).max(64), verdict: z.enum(FIT_VERDICTS), note: z.string().trim().max(500).optional() });
export interface TFeedbackViewer {
  userId: string;
  role: TRole;
}

export interface TFeedbackView {
  id: string;
  userId: string;
  userName: string;
  verdict: TFitVerdict;
  note: string | null;
  repId: string | null;
  pathId: string | null;
  createdAt: Date;
}

const isManager = (role: TRole) => TEAM_MANAGER_ROLES.includes(role);

/** The lead as the viewer may see it: a rep only their own (another rep's lead is NOT_FOUND, as it is everywhere). */
async function findVisibleLead<TSelect extends { id: true }>(db: DbTx, workspaceId: string, leadId: string, viewer: TFeedbackViewer, select: TSelect) {
  const lead = await db.lead.findFirst({ where: { id: leadId, workspaceId, ...(viewer.role === "REP" ? { ownerRep: { is: { userId: viewer.userId } } } : {}) }, select });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found.", [{ path: "leadId", message: "Not found" }]);
  return lead;
}

function pathOf(decision: unknown): string | null {
  const d = decision as { pathId?: unknown } | null;
  return d && typeof d === "object" && typeof d.pathId === "string" ? d.pathId : null;
}

export async function giveFeedback(db: Db, workspaceId: string, viewer: TFeedbackViewer, input: z.input<typeof ZGiveFeedback>, now: Date): Promise<TFeedbackView> {
  const { leadId, verdict, note } = ZGiveFeedback.parse(input);
  if (!isManager(viewer.role) && viewer.role !== "REP") throw new AppError("FORBIDDEN", "Your role does not allow giving fit feedback.");
  return db.$transaction(async (tx) => {
    const lead = await findVisibleLead(tx, workspaceId, leadId, viewer, { id: true, ownerRepId: true, assignments: { where: { isCurrent: true }, take: 1, select: { decision: true } } });
    const data = { verdict, note: note || null, repId: lead.ownerRepId, pathId: pathOf(lead.assignments[0]?.decision), createdAt: now };
    const row = await tx.leadFeedback.upsert({
      where: { leadId_userId: { leadId, userId: viewer.userId } },
      create: { workspaceId, leadId, userId: viewer.userId, ...data },
      update: data,
      include: { lead: { select: { id: true } } },
    });
    await tx.leadEvent.create({ data: { leadId, workspaceId, type: "fit_feedback", data: { verdict, note: data.note, byUserId: viewer.userId, pathId: data.pathId }, createdAt: now } });
    const user = await tx.user.findUnique({ where: { id: viewer.userId }, select: { name: true, email: true } });
    return { id: row.id, userId: row.userId, userName: user?.name ?? user?.email ?? "a member", verdict: row.verdict, note: row.note, repId: row.repId, pathId: row.pathId, createdAt: row.createdAt };
  });
}

/** A lead's feedback: managers see everyone's, a rep only their own (on a lead they own). */
export async function listLeadFeedback(db: DbTx, workspaceId: string, leadId: string, viewer: TFeedbackViewer): Promise<TFeedbackView[]> {
  // Readable also by the rep who holds a meeting on the lead (giving feedback stays the owner's).
  const readable = await db.lead.findFirst({ where: { id: leadId, workspaceId, ...leadReadableBy(viewer) }, select: { id: true } });
  if (!readable) throw new AppError("NOT_FOUND", "Lead not found.", [{ path: "leadId", message: "Not found" }]);
  const rows = await db.leadFeedback.findMany({
    where: { workspaceId, leadId, ...(isManager(viewer.role) ? {} : { userId: viewer.userId }) },
    orderBy: { createdAt: "asc" },
  });
  const users = await db.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return rows.map((r) => ({ id: r.id, userId: r.userId, userName: nameOf.get(r.userId) ?? "a former member", verdict: r.verdict, note: r.note, repId: r.repId, pathId: r.pathId, createdAt: r.createdAt }));
}

export type TPathFeedback = Record<string, Record<TFitVerdict, number>>;

/** Verdict counts per routing path (managers: the routing page shows them by each path). */
export async function feedbackByPath(db: DbTx, workspaceId: string): Promise<TPathFeedback> {
  const groups = await db.leadFeedback.groupBy({ by: ["pathId", "verdict"], where: { workspaceId, pathId: { not: null } }, _count: { _all: true } });
  const result: TPathFeedback = {};
  for (const g of groups) {
    const counts = (result[g.pathId!] ??= { GOOD_FIT: 0, WRONG_PERSON: 0, WRONG_TERRITORY: 0, WRONG_SIZE: 0 });
    counts[g.verdict] = g._count._all;
  }
  return result;
}
