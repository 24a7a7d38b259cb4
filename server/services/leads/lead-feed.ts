// The leads of a workspace as a feed for integrations (`GET /api/v1/leads`): filtered, ordered by
// (updatedAt, id) and paged by cursor, so a CRM sync reads every change once in order and resumes
// where it stopped. Lead.updatedAt is kept by database triggers on every change of the lead, its
// assignments, events and bookings (migration lead_updated_at). Workspace-scoped; spam included
// (status SPAM, isSpam) so a sync sees it too — and only under SPAM: `status=NEW` (or any other
// status) leaves spam out (leadStatusView / leadStatusWhere).
import type { DbTx } from "../../db/client";
import type { LeadStatus, Prisma } from "../../db/generated/client";
import { leadContact, leadContactView, type TLeadContactView } from "../../domain/leads/lead-contact";
import { leadStatusView } from "../../domain/leads/lead-status-view";
import { encodeLeadCursor, type TLeadListQuery, unknownTierMessage, ZLeadListQuery } from "../../domain/leads/lead-list-query";
import { validationError } from "../../errors";
import { tierLabelsOf } from "./lead-labels";
import { leadStatusWhere } from "./lead-status-where";
import { parseInput } from "../reps/parse-input";
import type { TLeadStageView } from "../outcomes/outcome-types";
import { stageView } from "../outcomes/record-lead-outcome";
import { tierLabelOf } from "../../domain/leads/tier-label";
import { workspaceTierLabelsFor } from "./load-workspace-tier-labels";

/** The lifecycle fields, named and typed as POST /api/v1/leads/{id}/events answers them. */
export interface TLeadFeedItem extends Omit<TLeadStageView, "id"> {
  id: string;
  status: LeadStatus;
  submittedAt: Date;
  updatedAt: Date;
  routedAt: Date | null;
  firstContactAt: Date | null;
  person: { email: string; name: string | null; company: string | null; phone: string | null } | null;
  /** Who the lead is, with or without a person (a contact sent without an email keeps its name, company and phone on the lead). */
  contact: TLeadContactView;
  form: { id: string; slug: string; name: string; version: number | null } | null;
  tier: { key: string; label: string };
  scoreTotal: number;
  estimatedValue: number | null;
  currency: string;
  source: string | null;
  utm: Record<string, string>;
  isSpam: boolean;
  owner: { repId: string; name: string; email: string } | null;
  /** The answers as stored (field key → typed value). */
  answers: Record<string, unknown>;
  /** Answers kept but not asked by the form (unknown keys, questions its logic hid): key → value as stored. */
  notApplicableAnswers: Record<string, unknown>;
}

export interface TLeadFeedPage {
  leads: TLeadFeedItem[];
  /** Give it as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export async function listLeadFeed(db: DbTx, workspaceId: string, rawQuery: unknown): Promise<TLeadFeedPage> {
  const query: TLeadListQuery = parseInput(ZLeadListQuery, rawQuery);
  if (query.tier) await checkTierKnown(db, workspaceId, query.tier);
  const and: Prisma.LeadWhereInput[] = [];
  if (query.updatedSince) and.push({ updatedAt: { gte: query.updatedSince } });
  if (query.cursor) {
    const { updatedAt, id } = query.cursor;
    and.push({ OR: [{ updatedAt: { gt: updatedAt } }, { updatedAt, id: { gt: id } }] });
  }
  const rows = await db.lead.findMany({
    where: {
      workspaceId,
      ...leadStatusWhere(query.status),
      ...(query.tier ? { tier: query.tier } : {}),
      ...(query.ownerRepId ? { ownerRepId: query.ownerRepId } : {}),
      ...(query.formId ? { formId: query.formId } : {}),
      AND: and,
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    include: {
      person: { select: { email: true, name: true, company: true, phone: true } },
      form: { select: { id: true, slug: true, name: true } },
      formVersion: { select: { version: true, scoring: true } },
      ownerRep: { select: { id: true, user: { select: { name: true, email: true } } } },
    },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const labels = new Map<string, Map<string, string>>(); // per form version: parsed once a page
  const workspaceLabels = await workspaceTierLabelsFor(db, workspaceId, page); // leads without a form: read once a page, when one needs them
  const tierLabel = (versionId: string | null, scoring: unknown, tier: string) => {
    if (!versionId) return tierLabelOf(tier, workspaceLabels.get(tier));
    if (!labels.has(versionId)) labels.set(versionId, tierLabelsOf(scoring));
    return tierLabelOf(tier, labels.get(versionId)!.get(tier));
  };
  return {
    leads: page.map((r) => ({
      ...stageView(r), // id, stage and deal fields
      status: leadStatusView(r),
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      routedAt: r.routedAt,
      person: leadContact(r.person, r),
      contact: leadContactView(r, r.person),
      form: r.form ? { ...r.form, version: r.formVersion?.version ?? null } : null,
      tier: { key: r.tier, label: tierLabel(r.formVersionId, r.formVersion?.scoring, r.tier) },
      scoreTotal: r.scoreTotal,
      estimatedValue: r.estimatedValue === null ? null : Number(r.estimatedValue),
      currency: r.currency,
      source: r.source,
      utm: stringRecord(r.utm),
      isSpam: r.isSpam,
      owner: r.ownerRep ? { repId: r.ownerRep.id, name: r.ownerRep.user.name ?? r.ownerRep.user.email, email: r.ownerRep.user.email } : null,
      answers: record(r.answers),
      notApplicableAnswers: record(r.notApplicableAnswers),
    })),
    nextCursor: rows.length > query.limit && last ? encodeLeadCursor(last) : null,
  };
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}

/**
 * A tier filter must name a tier some lead has or some form version defines (422 at `tier` with
 * the known tiers otherwise): an empty page for a typo would look like "no such leads".
 */
async function checkTierKnown(db: DbTx, workspaceId: string, tier: string): Promise<void> {
  if (await db.lead.findFirst({ where: { workspaceId, tier }, select: { id: true } })) return;
  const versions = await db.formVersion.findMany({ where: { workspaceId }, select: { scoring: true } });
  const defined = new Set(versions.flatMap((v) => [...tierLabelsOf(v.scoring).keys()]));
  if (defined.has(tier)) return;
  const seen = await db.lead.findMany({ where: { workspaceId }, distinct: ["tier"], select: { tier: true } });
  throw validationError([{ path: "tier", message: unknownTierMessage(tier, [...defined, ...seen.map((l) => l.tier)]) }], "Unknown tier");
}
