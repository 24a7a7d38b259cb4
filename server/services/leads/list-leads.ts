// The leads inbox: filter, search (person email/name/company/phone, the lead's own name/company/phone,
// case-insensitive; a phone also by its digits: lead-phone-search.ts), sort and page.
// Members read every lead of the workspace, except REPs: they see only the leads they currently
// own (enforced here, from the caller's role and user id). The where-clause is the table's filters
// (domain/leads/lead-list-filters.ts) rendered by lead-list-where.ts; the leads CSV's column statement
// renders the same clauses to SQL (lead-list-sql.ts).
import { z } from "zod";
import type { DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { parseInput } from "../reps/parse-input";
import type { TLeadStage } from "../../domain/outcomes/lead-stages";
import type { TRole } from "../../domain/auth/roles";
import { tierLabelsOf } from "./lead-labels";
import { leadContact } from "../../domain/leads/lead-contact";
import { ZLeadSlice } from "../../domain/leads/lead-slice";
import { withoutNul } from "../../domain/validation/storable-text";
import { ZEnumAnyCase } from "../../domain/validation/enum-value";
import { leadStatusView } from "../../domain/leads/lead-status-view";
import { leadListWhere, ownedByUserWhere } from "./lead-list-where";
import { phonesMatchingSearch } from "./lead-phone-search";
import { tierLabelOf } from "../../domain/leads/tier-label";
import { needsWorkspaceTierLabels, publishedTierKeys, workspaceTierLabels } from "../../domain/leads/workspace-tier-labels";
import { loadPublishedFormTiers, loadWorkspaceTierLabels } from "./load-workspace-tier-labels";

export const LEAD_STATUSES = ["NEW", "ASSIGNED", "ACCEPTED", "FALLBACK", "NURTURE", "DISQUALIFIED", "SPAM", "CLOSED"] as const;
export type TLeadStatus = (typeof LEAD_STATUSES)[number];

/** Who is reading: REPs are limited to the leads they currently own. */
export interface TLeadViewer {
  userId: string;
  role: TRole;
}

/** The where-clause that limits a viewer to the leads they may read (null: an API key, the whole workspace). */
export function leadVisibility(viewer: TLeadViewer | null): Prisma.LeadWhereInput {
  return viewer?.role === "REP" ? ownedByUserWhere(viewer.userId) : {};
}

/**
 * The where-clause of the leads a viewer may READ on the lead page: leadVisibility (a rep's own
 * leads) plus, for a rep, the leads on which they hold a confirmed meeting (a reassigned lead whose
 * meeting stayed with them; a cancelled one grants nothing). Never use it to decide who may change
 * a lead.
 */
export function leadReadableBy(viewer: TLeadViewer): Prisma.LeadWhereInput {
  if (viewer.role !== "REP") return leadVisibility(viewer);
  return { OR: [leadVisibility(viewer), { bookings: { some: { status: "CONFIRMED", rep: { is: { userId: viewer.userId } } } } }] };
}

export const LEAD_SORTS = ["submittedAt", "score"] as const;
export const MAX_PAGE_SIZE = 100;

export const ZListLeadsInput = z.object({
  // NUL characters (a pasted %00) are dropped: the database cannot compare them.
  search: z.string().transform(withoutNul).pipe(z.string().trim().max(200)).optional(),
  tier: z.string().min(1).max(64).transform(withoutNul).optional(),
  formId: z.string().min(1).max(64).transform(withoutNul).optional(),
  source: z.string().min(1).max(200).transform(withoutNul).optional(),
  /** In any letter case ("assigned" is ASSIGNED), as the page's URL and GET /api/v1/leads: enum-value.ts. */
  status: ZEnumAnyCase(LEAD_STATUSES).optional(),
  includeSpam: z.boolean().default(false),
  sort: z.enum(LEAD_SORTS).default("submittedAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
  /** An analytics slice (links from /analytics): see lead-slice.ts. */
  slice: ZLeadSlice.optional(),
});
export type TListLeadsInput = z.input<typeof ZListLeadsInput>;

export interface TLeadListItem {
  id: string;
  submittedAt: Date;
  person: { email: string; name: string | null; company: string | null } | null;
  /** The name and company given with this lead (a lead with no email has them without a person): shown by leadShown (domain/leads/lead-contact.ts). */
  contactName: string | null;
  contactCompany: string | null;
  /** The phone of a contact sent without an email (no person), kept on the lead: the table shows it where it shows the email. */
  contactPhone: string | null;
  formId: string | null;
  formName: string | null;
  tier: string;
  /** From the lead's form version's scoring model; the tier key when unknown. */
  tierLabel: string;
  scoreTotal: number;
  source: string | null;
  isSpam: boolean;
  isRepeat: boolean;
  status: TLeadStatus;
  /** Lifecycle after assignment (server/domain/outcomes): the table shows it for worked and closed leads. */
  stage: TLeadStage;
  /** The current owner (rep), if any. */
  owner: { repId: string; name: string } | null;
}

export interface TLeadList {
  items: TLeadListItem[];
  total: number;
  page: number;
  pageSize: number;
}

type TListLeadsQuery = z.output<typeof ZListLeadsInput>;

type TOrderKey = "scoreTotal" | "submittedAt" | "id";
type TOrderStep = { key: TOrderKey; direction: "asc" | "desc" };

/** The table's order, total (scoreTotal and submittedAt are never null; id breaks every tie): the sort, then (by score) newest first, then id. */
function leadListOrder(input: TListLeadsQuery): TOrderStep[] {
  return input.sort === "score"
    ? [{ key: "scoreTotal", direction: input.direction }, { key: "submittedAt", direction: "desc" }, { key: "id", direction: "asc" }]
    : [{ key: "submittedAt", direction: input.direction }, { key: "id", direction: "asc" }];
}

const orderByOf = (order: TOrderStep[]): Prisma.LeadOrderByWithRelationInput[] => order.map((step) => ({ [step.key]: step.direction }));

/** Where a keyset page starts: the leads after `after` in this order (the last lead read). */
function afterWhere(order: TOrderStep[], after: Pick<TLeadListItem, TOrderKey>): Prisma.LeadWhereInput {
  const value = (key: TOrderKey) => (key === "scoreTotal" ? after.scoreTotal : key === "submittedAt" ? after.submittedAt : after.id);
  return {
    OR: order.map((step, i) => ({
      ...Object.fromEntries(order.slice(0, i).map((tie) => [tie.key, value(tie.key)])),
      [step.key]: { [step.direction === "asc" ? "gt" : "lt"]: value(step.key) },
    })),
  };
}

const LIST_INCLUDE = {
  person: { select: { email: true, name: true, company: true } },
  form: { select: { name: true } },
  ownerRep: { select: { id: true, user: { select: { name: true, email: true } } } },
} satisfies Prisma.LeadInclude;
type TListRow = Prisma.LeadGetPayload<{ include: typeof LIST_INCLUDE }>;

/** The workspace's tier labels for leads without a form, read at most once a request (by the first page that needs them). */
type TWorkspaceLabels = () => Promise<ReadonlyMap<string, string>>;
function workspaceLabelsOnce(db: DbTx, workspaceId: string): TWorkspaceLabels {
  let read: Promise<ReadonlyMap<string, string>> | undefined;
  return () => (read ??= loadWorkspaceTierLabels(db, workspaceId));
}

async function listItems(db: DbTx, workspaceId: string, rows: TListRow[], workspaceLabels: TWorkspaceLabels): Promise<TLeadListItem[]> {
  const formless = needsWorkspaceTierLabels(rows) ? await workspaceLabels() : new Map<string, string>();
  const versionIds = [...new Set(rows.map((r) => r.formVersionId).filter((id): id is string => id !== null))];
  const versions = versionIds.length
    ? await db.formVersion.findMany({ where: { id: { in: versionIds }, workspaceId }, select: { id: true, scoring: true } })
    : [];
  const labelsByVersion = new Map(versions.map((v) => [v.id, tierLabelsOf(v.scoring)]));
  return rows.map((r) => ({
    id: r.id,
    submittedAt: r.submittedAt,
    person: leadContact(r.person, r),
    contactName: r.contactName,
    contactCompany: r.contactCompany,
    contactPhone: r.contactPhone,
    formId: r.formId,
    formName: r.form?.name ?? null,
    tier: r.tier,
    tierLabel: tierLabelOf(r.tier, r.formVersionId ? labelsByVersion.get(r.formVersionId)?.get(r.tier) : formless.get(r.tier)),
    scoreTotal: r.scoreTotal,
    source: r.source,
    isSpam: r.isSpam,
    isRepeat: r.repeatOfLeadId !== null,
    status: leadStatusView(r),
    stage: r.stage,
    owner: r.ownerRep ? { repId: r.ownerRep.id, name: r.ownerRep.user.name ?? r.ownerRep.user.email } : null,
  }));
}

export async function listLeads(db: DbTx, workspaceId: string, rawInput: TListLeadsInput, viewer: TLeadViewer | null): Promise<TLeadList> {
  const input = parseInput(ZListLeadsInput, rawInput);
  const where = leadListWhere(workspaceId, input, viewer, await phonesMatchingSearch(db, workspaceId, input.search));
  const [rows, total] = await Promise.all([
    db.lead.findMany({ where, orderBy: orderByOf(leadListOrder(input)), skip: (input.page - 1) * input.pageSize, take: input.pageSize, include: LIST_INCLUDE }),
    db.lead.count({ where }),
  ]);
  return { items: await listItems(db, workspaceId, rows, workspaceLabelsOnce(db, workspaceId)), total, page: input.page, pageSize: input.pageSize };
}

/** The table without its page number: every matching lead, read in pages of pageSize. */
export type TLeadListWalkInput = Omit<TListLeadsInput, "page">;

/**
 * Every lead of the table (the same where and order as listLeads), a page at a time, by keyset:
 * each page continues after the last lead read (its sort value, then id), not at an offset, so a
 * lead added, changed or removed meanwhile never repeats a lead or skips one that still matches.
 * `submittedUpTo` leaves out the leads submitted later (an export's snapshot).
 */
export async function* walkLeadList(db: DbTx, workspaceId: string, rawInput: TLeadListWalkInput, viewer: TLeadViewer | null, bounds: { submittedUpTo: Date }): AsyncGenerator<TLeadListItem[]> {
  const input = parseInput(ZListLeadsInput, rawInput);
  const where = leadListWhere(workspaceId, input, viewer, await phonesMatchingSearch(db, workspaceId, input.search));
  const order = leadListOrder(input);
  const workspaceLabels = workspaceLabelsOnce(db, workspaceId);
  let after: TLeadListItem | undefined;
  for (;;) {
    const keyset: Prisma.LeadWhereInput[] = [where, { submittedAt: { lte: bounds.submittedUpTo } }, ...(after ? [afterWhere(order, after)] : [])];
    const rows = await db.lead.findMany({ where: { AND: keyset }, orderBy: orderByOf(order), take: input.pageSize, include: LIST_INCLUDE });
    if (rows.length === 0) return;
    const items = await listItems(db, workspaceId, rows, workspaceLabels);
    yield items;
    if (rows.length < input.pageSize) return;
    after = items.at(-1);
  }
}

export interface TLeadFilterOptions {
  tiers: { key: string; label: string }[];
  forms: { id: string; name: string }[];
  sources: string[];
}

/**
 * Values the inbox filters offer: the workspace's forms, and tiers and sources seen on its leads.
 * The tiers are those of its published forms (oldest form first, each best to worst) and then of its
 * leads, by key, each labelled as a lead without a form reads it (the label every published form
 * agrees on, else the key: so the filter and that lead's badge agree; workspace-tier-labels.ts).
 */
export async function listLeadFilterOptions(db: DbTx, workspaceId: string): Promise<TLeadFilterOptions> {
  const [forms, tiers, sources, published] = await Promise.all([
    db.form.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.lead.findMany({ where: { workspaceId }, distinct: ["tier"], select: { tier: true }, orderBy: { tier: "asc" } }),
    db.lead.findMany({ where: { workspaceId, source: { not: null } }, distinct: ["source"], select: { source: true }, orderBy: { source: "asc" } }),
    loadPublishedFormTiers(db, workspaceId),
  ]);
  const labels = workspaceTierLabels(published);
  const tierKeys = [...new Set([...publishedTierKeys(published), ...tiers.map((t) => t.tier)])];
  return {
    tiers: tierKeys.map((key) => ({ key, label: tierLabelOf(key, labels.get(key)) })),
    forms,
    sources: sources.map((s) => s.source).filter((s): s is string => s !== null),
  };
}
