// The rep's inbox: the signed-in member's open leads (their rep profile owns them, not closed), in
// SLA order (server/domain/outcomes/inbox-order.ts), each with its score and tier, why it came to
// them (the routing decision's headline), the time since submit and the stages they can record.
// Stage and acceptance describe the rep's own current assignment (inboxStage), not a previous one.
// Names and tier labels come from the process's caches (the workspace's names while its roster
// version has not moved, each form version's parsed scoring), not read for every view.
// A lead is shown by the name and company it gave, with or without an email (leadShown). Answers
// are read only to find the number to call: only the keys that can hold it (phoneAnswerKeys).
// A member without a rep profile (a manager who takes no leads) has an empty inbox, but the same
// published SLA: the page states the workspace's rule to every viewer, "no SLA" only when none is.
// A provisional (high-value) assignment says so, with the end of its review window (review-window.ts):
// the flag and the review requests are read with the leads, in the same select — no query per row.
// Paged: a page is the INBOX_LIMIT leads that come first in the SLA order over ALL the rep's open
// leads (inbox-page.ts picks their ids with the sort keys alone), then only those rows are read;
// the total and "past the SLA" count every open lead, not only the page's.
import type { DbTx } from "../../db/client";
import type { TSlaPolicy } from "../../domain/analytics/assignment-sla";
import { Prisma } from "../../db/generated/client";
import { leadContact, leadShown } from "../../domain/leads/lead-contact";
import { leadPhoneOf, phoneAnswerKeys } from "../../domain/leads/lead-phone";
import { nextStages, type TLeadStage } from "../../domain/outcomes/lead-stages";
import { inboxStage, sortInbox } from "../../domain/outcomes/inbox-order";
import { describeDecisionHeadline } from "../../domain/routing/describe-decision";
import { KEYS_NOT_IN_HEADLINE, readStoredDecision } from "../../domain/routing/stored-decision";
import { tierLabelsOf } from "../leads/lead-labels";
import { getPublishedRouting } from "../routing/routing-settings";
import { routingNamesOf } from "../routing/routing-names";
import { parsedFormVersion, type TParsedFormVersion } from "../forms/form-version-cache";
import { currentWorkspaceNames } from "../leads/workspace-names";
import { tierLabelOf } from "../../domain/leads/tier-label";
import { workspaceTierLabelsFor } from "../leads/load-workspace-tier-labels";
import { reviewWindowEnd } from "../../domain/routing/review-window";
import type { TLeadStatus } from "../leads/list-leads";
import { DEFAULT_SLA_MINUTES } from "../../domain/outcomes/inbox-order";
import { inboxPageKeys } from "./inbox-page";

/** The inbox's page size. */
export const INBOX_LIMIT = 200;

export interface TInboxItem {
  id: string;
  name: string;
  /** The lead's email when `name` is a name (else `name` is the email), and the number to call (domain/leads/lead-phone.ts). */
  email: string | null;
  phone: string | null;
  company: string | null;
  scoreTotal: number;
  tier: string;
  tierLabel: string;
  currency: string;
  /** The stage for this rep (inboxStage): open until they accept, though the lead's previous rep accepted it. */
  stage: TLeadStage;
  submittedAt: Date;
  assignedAt: Date;
  /** The rep's current assignment is accepted; not: the inbox offers Accept, whatever the stage (the server's rule). */
  isAccepted: boolean;
  /** Why it came to this rep: "Routed to Sarah Chen: Enterprise path · financial services match …". */
  why: string | null;
  isWaiting: boolean;
  dueAt: Date | null;
  isOverdue: boolean;
  nextStages: TLeadStage[];
  /** The lead's status: ASSIGNED or ACCEPTED (a rep holds it), FALLBACK (the backup queue). */
  status: Extract<TLeadStatus, "ASSIGNED" | "ACCEPTED" | "FALLBACK">;
  /** The rep's current assignment is provisional: a manager reviews the high-value lead and may give it to someone else. */
  isProvisional: boolean;
  /** While provisional: when the review window ends (the owner stands then); null otherwise, or when no window is known. */
  reviewUntil: Date | null;
}

export interface TInbox {
  hasRepProfile: boolean;
  /** The published routing's reassign window (null: no SLA). */
  slaMinutes: number | null;
  /** The published SLA policy as a whole (the inbox's sentence names the reminder too), or null. */
  sla: TSlaPolicy | null;
  /** This page's leads, in inbox order. */
  items: TInboxItem[];
  /** Of all the rep's open leads (every page), those waiting past the SLA. */
  overdueCount: number;
  /** All the rep's open leads (every page). */
  total: number;
  /** The page shown (1-based: the one asked for, or the last one when asked past the end). */
  page: number;
  pageSize: number;
}

export async function listInbox(db: DbTx, workspaceId: string, userId: string, now: Date, options: { page?: number } = {}): Promise<TInbox> {
  const [rep, published] = await Promise.all([
    db.repProfile.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } }),
    getPublishedRouting(db, workspaceId),
  ]);
  const policy = published?.config.policies.sla ?? null;
  const sla = policy ? { remindAfterMinutes: policy.remindAfterMinutes, reassignAfterMinutes: policy.reassignAfterMinutes } : null;
  const slaMinutes = sla?.reassignAfterMinutes ?? null;
  const reviewWindowMinutes = published?.config.policies.review?.windowMinutes ?? null;
  if (!rep) return { hasRepProfile: false, slaMinutes, sla, items: [], overdueCount: 0, total: 0, page: 1, pageSize: INBOX_LIMIT };
  const overdueIfStartedBy = new Date(now.getTime() - (slaMinutes ?? DEFAULT_SLA_MINUTES) * 60_000);
  const keys = await inboxPageKeys(db, { workspaceId, repId: rep.id, page: options.page ?? 1, pageSize: INBOX_LIMIT, overdueIfStartedBy });
  const [leads, names] = await Promise.all([
    db.lead.findMany({
      // The page's leads; still the rep's and open (a lead closed since the ids were read drops out).
      where: { id: { in: keys.ids }, workspaceId, ownerRepId: rep.id, status: { in: ["ASSIGNED", "ACCEPTED", "FALLBACK"] }, isSpam: false },
      select: {
        id: true,
        status: true,
        submittedAt: true,
        scoreTotal: true,
        tier: true,
        currency: true,
        stage: true,
        stageChangedAt: true,
        firstContactAt: true,
        contactName: true,
        contactCompany: true,
        contactPhone: true,
        person: { select: { name: true, email: true, company: true, phone: true } },
        formVersionId: true,
        assignments: { where: { isCurrent: true }, take: 1, select: { id: true, assignedAt: true, acceptedAt: true, slaStartsAt: true, isProvisional: true } },
        events: { where: { type: "review_requested" }, select: { data: true } },
      },
    }),
    currentWorkspaceNames(db, workspaceId),
  ]);
  const versionsRead = parsedVersionsById(db, leads.map((lead) => lead.formVersionId));
  const [decisions, versions, phoneAnswers, workspaceLabels] = await Promise.all([
    headlineDecisions(db, workspaceId, leads.map((lead) => lead.id)),
    versionsRead,
    versionsRead.then((read) => phoneAnswersOf(db, workspaceId, leads, read)),
    workspaceTierLabelsFor(db, workspaceId, leads), // leads without a form: read once, when one needs them
  ]);
  const tierLabels = new Map([...versions].map(([id, version]) => [id, tierLabelsOf(version?.scoring)] as const));
  const describe = routingNamesOf(names);
  const entries = leads.map((lead) => {
    const assignment = lead.assignments[0];
    const person = leadContact(lead.person, lead);
    const shown = leadShown(lead, person, "Unknown person");
    const decision = readStoredDecision(decisions.get(lead.id));
    const isAccepted = !!assignment?.acceptedAt;
    const isProvisional = assignment?.isProvisional ?? false;
    return {
      id: lead.id,
      name: shown.name,
      email: shown.isNamed ? (person?.email ?? null) : null,
      phone: leadPhoneOf(lead.contactPhone ?? person?.phone, (lead.formVersionId && versions.get(lead.formVersionId)?.definition) || null, phoneAnswers.get(lead.id) ?? null),
      company: shown.company,
      scoreTotal: lead.scoreTotal,
      tier: lead.tier,
      tierLabel: tierLabelOf(lead.tier, lead.formVersionId ? tierLabels.get(lead.formVersionId)?.get(lead.tier) : workspaceLabels.get(lead.tier)),
      currency: lead.currency,
      // The rep's own stage: "Open" on a lead its previous rep accepted (inbox-order.ts).
      stage: inboxStage(lead.stage, isAccepted),
      stageChangedAt: lead.stageChangedAt,
      firstContactAt: lead.firstContactAt,
      submittedAt: lead.submittedAt,
      assignedAt: assignment?.assignedAt ?? lead.submittedAt,
      // The SLA counts from the rep's accept clock (their next working time when assigned off duty),
      // stored only for an assignment that runs the SLA: none (a manual assignment, the backup
      // queue, no SLA published) shows no countdown and is never past the SLA.
      slaStartsAt: assignment?.slaStartsAt ?? null,
      isAccepted,
      why: decision ? describeDecisionHeadline(decision, describe) : null,
      nextStages: nextStages(lead.stage),
      status: lead.status as TInboxItem["status"],
      isProvisional,
      reviewUntil: isProvisional && assignment ? reviewWindowEnd(assignment, lead.events.map((event) => event.data), reviewWindowMinutes) : null,
    };
  });
  const items = sortInbox(entries, now, slaMinutes).map(({ stageChangedAt: _s, firstContactAt: _f, slaStartsAt: _c, ...item }) => item);
  return { hasRepProfile: true, slaMinutes, sla, items, overdueCount: keys.overdueCount, total: keys.total, page: keys.page, pageSize: INBOX_LIMIT };
}

/** Each form version, parsed, from the process's cache (one read per version not yet parsed): its tier labels and phone questions. */
async function parsedVersionsById(db: DbTx, versionIds: readonly (string | null)[]): Promise<Map<string, TParsedFormVersion | null>> {
  const ids = [...new Set(versionIds.filter((id): id is string => id !== null))];
  return new Map(await Promise.all(ids.map(async (id) => [id, await parsedFormVersion(db, id)] as const)));
}

/**
 * The answers leadPhoneOf reads (phone questions; a form-less lead's `phone`) of each open lead:
 * only those keys — not every open lead's whole answers.
 */
async function phoneAnswersOf(db: DbTx, workspaceId: string, leads: readonly { id: string }[], versions: ReadonlyMap<string, TParsedFormVersion | null>): Promise<Map<string, unknown>> {
  if (leads.length === 0) return new Map();
  const keys = [...new Set([...[...versions.values()].map((version) => version?.definition ?? null), null].flatMap(phoneAnswerKeys))];
  const leadIds = leads.map((lead) => lead.id);
  const rows = await db.$queryRaw<{ id: string; answers: unknown }[]>`
    SELECT l."id", CASE WHEN jsonb_typeof(l."answers") = 'object' THEN
        (SELECT jsonb_object_agg(k.key, k.value) FROM jsonb_each(l."answers") k WHERE k.key = ANY(${keys}::text[])) END AS "answers"
      FROM "Lead" l
     WHERE l."workspaceId" = ${workspaceId} AND l."id" IN (${Prisma.join(leadIds)})`;
  return new Map(rows.map((row) => [row.id, row.answers]));
}

/**
 * The current assignment's decision record of each lead, without the keys a headline never reads
 * (KEYS_NOT_IN_HEADLINE): in a 1,000-rep workspace a record is ~70 KB, nearly all of it those
 * lists, and an inbox shows up to INBOX_LIMIT leads.
 */
async function headlineDecisions(db: DbTx, workspaceId: string, leadIds: readonly string[]): Promise<Map<string, unknown>> {
  if (leadIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ leadId: string; decision: unknown }[]>`
    SELECT a."leadId", a."decision" - ${[...KEYS_NOT_IN_HEADLINE]}::text[] AS "decision"
      FROM "LeadAssignment" a
     WHERE a."workspaceId" = ${workspaceId} AND a."isCurrent" AND a."leadId" IN (${Prisma.join(leadIds)})`;
  return new Map(rows.map((row) => [row.leadId, row.decision]));
}
