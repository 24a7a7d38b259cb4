// A rep accepts a lead: from the alert's signed link (byUserId null, or the rep when signed in as
// them: anyone else signed in is refused, acceptFromLinkToken) or the lead page. Idempotent
// (a second click answers the first acceptance); only the lead's current assignment can be
// accepted, provisional ones included. Under the workspace routing lock, so an SLA reassignment
// running at the same moment either sees the acceptance or ends the assignment first. What an
// acceptance writes is acceptLeadInTx's (outcomes/accept-lead.ts), shared with working the lead
// and booking a meeting.
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { tierLabelsOf } from "../leads/lead-labels";
import { lockWorkspaceRouting } from "../routing/route-lead";
import { leadShown } from "../../domain/leads/lead-contact";
import type { TWebhookQueue } from "../webhooks/webhook-jobs";
import { acceptLeadInTx } from "../outcomes/accept-lead";
import { verifyAcceptToken } from "./accept-token";
import { tierLabelOf } from "../../domain/leads/tier-label";
import { workspaceTierLabelsFor } from "../leads/load-workspace-tier-labels";

export interface TAcceptAssignmentInput {
  assignmentId: string;
  /** The signed-in user who clicked, when known (null from the email link). */
  byUserId?: string | null;
  /**
   * From the emailed link (a bearer link for the assigned rep): a signed-in byUserId must be the
   * assigned rep's user, else FORBIDDEN (NOT_ASSIGNED_REP_MESSAGE) and nothing is written. The
   * dashboard (false) lets a manager accept for the rep.
   */
  isFromLink?: boolean;
  now: Date;
  /** When given, the assignment must belong to this workspace (callers from the dashboard). */
  workspaceId?: string;
  /** A started queue for the lead.accepted webhook event (one row + one job row when subscribed); none: no event. */
  webhooks?: TWebhookQueue;
}

export interface TAcceptAssignmentResult {
  assignmentId: string;
  leadId: string;
  repId: string;
  acceptedAt: Date;
  timeToAcceptMs: number;
  /** True when it had already been accepted (nothing changed). */
  wasAlreadyAccepted: boolean;
}

export const REASSIGNED_MESSAGE = "This lead was reassigned";
export const REP_LEFT_MESSAGE = "This lead's rep is no longer an active member of the workspace: a manager reassigns it";
/** The accept link opened by someone signed in as another user: nothing about the lead is told. */
export const NOT_ASSIGNED_REP_MESSAGE = "This link is for the rep the lead was assigned to.";

/** Whether a signed-in visitor of the accept link is someone other than the assigned rep's user (anonymous: no, the token is the credential). */
export function isOtherUserOnLink(repUserId: string | null, visitorUserId: string | null | undefined): boolean {
  return Boolean(visitorUserId) && visitorUserId !== repUserId;
}

/** Whether the rep is active and their user still a member of the workspace (as live routing counts them). */
async function isActiveMemberRep(db: Pick<Db, "repProfile">, workspaceId: string, repId: string): Promise<boolean> {
  const rep = await db.repProfile.findFirst({ where: { id: repId, workspaceId, isActive: true, user: { memberships: { some: { workspaceId } } } }, select: { id: true } });
  return rep !== null;
}

export async function acceptAssignment(db: Db, input: TAcceptAssignmentInput): Promise<TAcceptAssignmentResult> {
  return db.$transaction(async (tx) => {
    const found = await tx.leadAssignment.findUnique({ where: { id: input.assignmentId }, select: { workspaceId: true, repId: true, acceptedAt: true, rep: { select: { userId: true } } } });
    if (!found || (input.workspaceId && found.workspaceId !== input.workspaceId)) throw new AppError("NOT_FOUND", "Assignment not found.");
    // Another signed-in user (a rep of the workspace, a user of another one) holding the link
    // neither accepts for the rep nor learns what became of the lead.
    if (input.isFromLink && isOtherUserOnLink(found.rep?.userId ?? null, input.byUserId)) throw new AppError("FORBIDDEN", NOT_ASSIGNED_REP_MESSAGE);
    // The link is a bearer link: a rep removed from the workspace (or made inactive) since the
    // alert cannot take the lead with them. Checked before the routing lock (nothing slow under it).
    if (found.repId && !found.acceptedAt && !(await isActiveMemberRep(tx, found.workspaceId, found.repId))) throw new AppError("CONFLICT", REP_LEFT_MESSAGE);
    await lockWorkspaceRouting(tx, found.workspaceId);
    const assignment = await tx.leadAssignment.findUniqueOrThrow({ where: { id: input.assignmentId } });
    if (!assignment.isCurrent) throw new AppError("CONFLICT", REASSIGNED_MESSAGE);
    if (!assignment.repId) throw new AppError("CONFLICT", "This lead waits in the backup queue: assign it to a rep first.");
    if (assignment.acceptedAt) {
      return {
        assignmentId: assignment.id,
        leadId: assignment.leadId,
        repId: assignment.repId,
        acceptedAt: assignment.acceptedAt,
        timeToAcceptMs: assignment.acceptedAt.getTime() - assignment.assignedAt.getTime(),
        wasAlreadyAccepted: true,
      };
    }
    const how = { via: "accept" as const, byUserId: input.byUserId ?? null };
    await acceptLeadInTx(tx, { workspaceId: assignment.workspaceId, leadId: assignment.leadId, assignmentId: assignment.id, how, now: input.now }, { webhooks: input.webhooks });
    const timeToAcceptMs = Math.max(0, input.now.getTime() - assignment.assignedAt.getTime());
    return { assignmentId: assignment.id, leadId: assignment.leadId, repId: assignment.repId, acceptedAt: input.now, timeToAcceptMs, wasAlreadyAccepted: false };
  });
}

export interface TAcceptFromLinkInput {
  token: string;
  /** AUTH_SECRET (none: no link is valid). */
  secret: string | undefined;
  /** The signed-in visitor, if any: must be the assigned rep's user (anonymous: the token is the credential). */
  visitorUserId: string | null;
  now: Date;
  webhooks?: TWebhookQueue;
}

/** The accept link's POST: the signed token checked again, then acceptAssignment as the link. Null when the token is not valid (or expired). */
export async function acceptFromLinkToken(db: Db, input: TAcceptFromLinkInput): Promise<TAcceptAssignmentResult | null> {
  const check = input.secret ? verifyAcceptToken(input.token, input.secret, input.now) : null;
  if (!check?.ok) return null;
  return acceptAssignment(db, { assignmentId: check.assignmentId, byUserId: input.visitorUserId, isFromLink: true, now: input.now, webhooks: input.webhooks });
}

/**
 * What became of a lead whose assignment ended (the link's state "reassigned"), told only as far as
 * its rep may know: when, why it left them, and who holds it now — nothing more of the lead.
 */
export interface TAcceptLinkMove {
  at: Date;
  /** returned: the rep gave it back; sla: not accepted in time, the next rep got it; reassigned: a manager, the API, the rep leaving. */
  why: "returned" | "sla" | "reassigned";
  /** Who holds the lead now: another rep (named), the same rep again, the backup queue (whoever keeps it), or nobody (nurture, disqualified). */
  holder: { kind: "rep"; name: string } | { kind: "you" } | { kind: "queue" } | { kind: "nobody" };
}

export interface TAcceptLinkView {
  assignmentId: string;
  leadId: string;
  /** rep_left: the rep is no longer an active member; the page shows nothing of the lead. */
  state: "open" | "accepted" | "reassigned" | "queue" | "rep_left";
  lead: { name: string; company: string | null; tierLabel: string; score: number };
  repName: string | null;
  /** The assigned rep's user: a visitor signed in as anyone else is shown nothing of the lead. */
  repUserId: string | null;
  /** The rep's time zone, for the times the page states (UTC without a rep). */
  repTimeZone: string;
  isProvisional: boolean;
  timeToAcceptMs: number | null;
  /** State "reassigned": what became of the lead since (null on an assignment ended before endedAt was kept). */
  moved: TAcceptLinkMove | null;
}

/** What the accept link's page shows (read only: a GET must change nothing). Null when gone. */
export async function loadAcceptLinkView(db: Db, assignmentId: string): Promise<TAcceptLinkView | null> {
  const a = await db.leadAssignment.findUnique({
    where: { id: assignmentId },
    include: {
      rep: { select: { userId: true, timeZone: true, user: { select: { name: true, email: true } } } },
      lead: { select: { id: true, tier: true, formVersionId: true, scoreTotal: true, contactName: true, contactCompany: true, person: { select: { name: true, email: true, company: true } }, formVersion: { select: { scoring: true } } } },
    },
  });
  if (!a) return null;
  const shown = leadShown(a.lead, a.lead.person, "Unknown person");
  // A lead without a form reads its tier in the workspace's published forms' agreed labels (read only when needed).
  const formless = await workspaceTierLabelsFor(db, a.workspaceId, [a.lead]);
  const state = !a.isCurrent ? "reassigned" : !a.repId ? "queue" : a.acceptedAt ? "accepted" : (await isActiveMemberRep(db, a.workspaceId, a.repId)) ? "open" : "rep_left";
  return {
    assignmentId: a.id,
    leadId: a.leadId,
    state,
    lead: {
      name: shown.name,
      company: shown.company,
      tierLabel: tierLabelOf(a.lead.tier, a.lead.formVersion ? tierLabelsOf(a.lead.formVersion.scoring).get(a.lead.tier) : formless.get(a.lead.tier)),
      score: a.lead.scoreTotal,
    },
    repName: a.rep ? (a.rep.user.name ?? a.rep.user.email) : null,
    repUserId: a.rep?.userId ?? null,
    repTimeZone: a.rep?.timeZone ?? "UTC",
    isProvisional: a.isProvisional,
    timeToAcceptMs: a.acceptedAt ? a.acceptedAt.getTime() - a.assignedAt.getTime() : null,
    moved: state === "reassigned" && a.endedAt ? await loadMove(db, { id: a.id, leadId: a.leadId, repId: a.repId, endedAt: a.endedAt }) : null,
  };
}

/** How the ended assignment `a` ended (its "returned" event, else the kind of the assignment after it) and who holds the lead now. */
async function loadMove(db: Db, a: { id: string; leadId: string; repId: string | null; endedAt: Date }): Promise<TAcceptLinkMove> {
  const [returned, next, current] = await Promise.all([
    db.leadEvent.findFirst({ where: { leadId: a.leadId, type: "returned", data: { path: ["assignmentId"], equals: a.id } }, select: { id: true } }),
    db.leadAssignment.findFirst({ where: { leadId: a.leadId, id: { not: a.id }, assignedAt: { gte: a.endedAt } }, orderBy: [{ assignedAt: "asc" }, { id: "asc" }], select: { kind: true } }),
    db.leadAssignment.findFirst({ where: { leadId: a.leadId, isCurrent: true }, select: { kind: true, repId: true, rep: { select: { user: { select: { name: true, email: true } } } } } }),
  ]);
  const why = returned ? "returned" : next?.kind === "SLA_REASSIGNED" ? "sla" : "reassigned";
  const holder: TAcceptLinkMove["holder"] = !current
    ? { kind: "nobody" }
    : !current.rep || current.kind === "FALLBACK"
      ? { kind: "queue" }
      : current.repId === a.repId
        ? { kind: "you" }
        : { kind: "rep", name: current.rep.user.name ?? current.rep.user.email };
  return { at: a.endedAt, why, holder };
}
