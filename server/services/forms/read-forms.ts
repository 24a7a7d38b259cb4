// Reads for the forms list, the form page/editor and the version history. Workspace-scoped.
import type { DbTx } from "../../db/client";
import type { TFormDefinition } from "../../domain/forms/definition";
import type { TScoringModel } from "../../domain/scoring/model";
import { escapeLike } from "../../domain/validation/escape-like";
import { loadFormOrThrow, readDraft } from "./form-records";

export type TFormStatus = "DRAFT" | "PUBLISHED" | "ARCHIVED";

export interface TFormListItem {
  id: string;
  name: string;
  slug: string;
  status: TFormStatus;
  currentVersion: number | null;
  publishedAt: Date | null;
  /** Leads not flagged as spam. */
  leadCount: number;
  spamCount: number;
  updatedAt: Date;
}

export interface TFormForEditor {
  id: string;
  name: string;
  slug: string;
  status: TFormStatus;
  allowedOrigins: string[];
  definition: TFormDefinition;
  scoring: TScoringModel;
  /** false only when a stored draft no longer matches the current schemas. */
  isDraftValid: boolean;
  currentVersion: { id: string; version: number; publishedAt: Date } | null;
  /** The draft differs from the published version (or nothing is published yet). */
  hasUnpublishedChanges: boolean;
  updatedAt: Date;
}

export interface TFormVersionItem {
  id: string;
  version: number;
  publishedAt: Date;
  publishedBy: { id: string; name: string | null; email: string } | null;
  isCurrent: boolean;
}

/** Newest edits first; `search` matches the name or the slug (case-insensitive). */
export async function listForms(db: DbTx, workspaceId: string, filter: { search?: string } = {}): Promise<TFormListItem[]> {
  // LIKE wildcards typed by the user are matched literally.
  const typed = filter.search?.trim().slice(0, 120);
  const search = typed ? escapeLike(typed) : typed;
  const where = search
    ? { workspaceId, OR: [{ name: { contains: search, mode: "insensitive" as const } }, { slug: { contains: search.toLowerCase() } }] }
    : { workspaceId };
  const [forms, spam] = await Promise.all([
    db.form.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      include: {
        currentVersion: { select: { version: true, publishedAt: true } },
        _count: { select: { leads: { where: { isSpam: false } } } },
      },
    }),
    db.lead.groupBy({ by: ["formId"], where: { workspaceId, isSpam: true }, _count: { _all: true } }),
  ]);
  const spamByForm = new Map(spam.map((row) => [row.formId, row._count._all]));
  return forms.map((f) => ({
    id: f.id,
    name: f.name,
    slug: f.slug,
    status: f.status,
    currentVersion: f.currentVersion?.version ?? null,
    publishedAt: f.currentVersion?.publishedAt ?? null,
    leadCount: f._count.leads,
    spamCount: spamByForm.get(f.id) ?? 0,
    updatedAt: f.updatedAt,
  }));
}

export async function getFormForEditor(db: DbTx, workspaceId: string, formId: string): Promise<TFormForEditor> {
  const form = await loadFormOrThrow(db, workspaceId, formId);
  const current = form.currentVersionId
    ? await db.formVersion.findFirst({ where: { id: form.currentVersionId, formId: form.id, workspaceId } })
    : null;
  const draft = readDraft(form.draftDefinition, form.draftScoring);
  // jsonb normalises key order, so equal documents read back identically.
  const hasUnpublishedChanges =
    !current ||
    JSON.stringify(current.definition) !== JSON.stringify(form.draftDefinition) ||
    JSON.stringify(current.scoring) !== JSON.stringify(form.draftScoring);
  return {
    id: form.id,
    name: form.name,
    slug: form.slug,
    status: form.status,
    allowedOrigins: form.allowedOrigins,
    definition: draft.definition,
    scoring: draft.scoring,
    isDraftValid: draft.isValid,
    currentVersion: current ? { id: current.id, version: current.version, publishedAt: current.publishedAt } : null,
    hasUnpublishedChanges,
    updatedAt: form.updatedAt,
  };
}

/** Newest first. */
export async function listVersions(db: DbTx, workspaceId: string, formId: string): Promise<TFormVersionItem[]> {
  const form = await loadFormOrThrow(db, workspaceId, formId);
  const versions = await db.formVersion.findMany({
    where: { formId: form.id, workspaceId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true, publishedById: true },
  });
  const userIds = [...new Set(versions.map((v) => v.publishedById).filter((id): id is string => id !== null))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return versions.map((v) => ({
    id: v.id,
    version: v.version,
    publishedAt: v.publishedAt,
    publishedBy: (v.publishedById && byId.get(v.publishedById)) || null,
    isCurrent: v.id === form.currentVersionId,
  }));
}
