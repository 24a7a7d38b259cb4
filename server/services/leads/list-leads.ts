// The leads inbox: filter, search (person email/name/company, case-insensitive), sort and page.
// Any member may read every lead of the workspace for now; a later issue restricts REPs to the
// leads assigned to them (add the filter here, from the caller's role and user id).
import { z } from "zod";
import type { DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { parseInput } from "../reps/parse-input";
import { tierLabelsOf } from "./lead-labels";

export const LEAD_SORTS = ["submittedAt", "score"] as const;
export const MAX_PAGE_SIZE = 100;

export const ZListLeadsInput = z.object({
  search: z.string().trim().max(200).optional(),
  tier: z.string().min(1).max(64).optional(),
  formId: z.string().min(1).max(64).optional(),
  source: z.string().min(1).max(200).optional(),
  includeSpam: z.boolean().default(false),
  sort: z.enum(LEAD_SORTS).default("submittedAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});
export type TListLeadsInput = z.input<typeof ZListLeadsInput>;

export interface TLeadListItem {
  id: string;
  submittedAt: Date;
  person: { email: string; name: string | null; company: string | null } | null;
  formId: string | null;
  formName: string | null;
  tier: string;
  /** From the lead's form version's scoring model; the tier key when unknown. */
  tierLabel: string;
  scoreTotal: number;
  source: string | null;
  isSpam: boolean;
  isRepeat: boolean;
}

export interface TLeadList {
  items: TLeadListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export async function listLeads(db: DbTx, workspaceId: string, rawInput: TListLeadsInput): Promise<TLeadList> {
  const input = parseInput(ZListLeadsInput, rawInput);
  const where: Prisma.LeadWhereInput = {
    workspaceId,
    ...(input.includeSpam ? {} : { isSpam: false }),
    ...(input.tier ? { tier: input.tier } : {}),
    ...(input.formId ? { formId: input.formId } : {}),
    ...(input.source ? { source: input.source } : {}),
  };
  if (input.search) {
    const contains = { contains: input.search, mode: "insensitive" as const };
    where.person = { OR: [{ email: contains }, { name: contains }, { company: contains }] };
  }
  const orderBy: Prisma.LeadOrderByWithRelationInput[] =
    input.sort === "score"
      ? [{ scoreTotal: input.direction }, { submittedAt: "desc" }, { id: "asc" }]
      : [{ submittedAt: input.direction }, { id: "asc" }];
  const [rows, total] = await Promise.all([
    db.lead.findMany({
      where,
      orderBy,
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      include: { person: { select: { email: true, name: true, company: true } }, form: { select: { name: true } } },
    }),
    db.lead.count({ where }),
  ]);
  const versionIds = [...new Set(rows.map((r) => r.formVersionId).filter((id): id is string => id !== null))];
  const versions = versionIds.length
    ? await db.formVersion.findMany({ where: { id: { in: versionIds }, workspaceId }, select: { id: true, scoring: true } })
    : [];
  const labelsByVersion = new Map(versions.map((v) => [v.id, tierLabelsOf(v.scoring)]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      submittedAt: r.submittedAt,
      person: r.person,
      formId: r.formId,
      formName: r.form?.name ?? null,
      tier: r.tier,
      tierLabel: (r.formVersionId && labelsByVersion.get(r.formVersionId)?.get(r.tier)) || r.tier,
      scoreTotal: r.scoreTotal,
      source: r.source,
      isSpam: r.isSpam,
      isRepeat: r.repeatOfLeadId !== null,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export interface TLeadFilterOptions {
  tiers: { key: string; label: string }[];
  forms: { id: string; name: string }[];
  sources: string[];
}

/** Values the inbox filters offer: the workspace's forms, and tiers and sources seen on its leads. */
export async function listLeadFilterOptions(db: DbTx, workspaceId: string): Promise<TLeadFilterOptions> {
  const [forms, tiers, sources, versions] = await Promise.all([
    db.form.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.lead.findMany({ where: { workspaceId }, distinct: ["tier"], select: { tier: true }, orderBy: { tier: "asc" } }),
    db.lead.findMany({ where: { workspaceId, source: { not: null } }, distinct: ["source"], select: { source: true }, orderBy: { source: "asc" } }),
    db.form.findMany({ where: { workspaceId, currentVersionId: { not: null } }, select: { currentVersion: { select: { scoring: true } } } }),
  ]);
  const labels = new Map<string, string>();
  for (const v of versions) for (const [key, label] of tierLabelsOf(v.currentVersion?.scoring)) if (!labels.has(key)) labels.set(key, label);
  const tierKeys = [...new Set([...labels.keys(), ...tiers.map((t) => t.tier)])];
  return {
    tiers: tierKeys.map((key) => ({ key, label: labels.get(key) ?? key })),
    forms,
    sources: sources.map((s) => s.source).filter((s): s is string => s !== null),
  };
}
