// The published version of a form by its public slug (hosted page, public API, submissions).
// Published versions are immutable, so each process parses a version's definition and scoring
// model once (zod, ~ms per call) and keeps them by version id; callers get their own copy.
import type { Db } from "../../db/client";
import { ZFormDefinition, type TFormDefinition } from "../../domain/forms/definition";
import { ZScoringModel, type TScoringModel } from "../../domain/scoring/model";

export interface TPublishedForm {
  form: { id: string; slug: string; name: string; workspaceId: string; allowedOrigins: string[] };
  version: { id: string; version: number; definition: TFormDefinition; scoring: TScoringModel };
}

type TParsedVersion = Pick<TPublishedForm["version"], "definition" | "scoring">;
const MAX_CACHED_VERSIONS = 500;
const parsedVersions = new Map<string, TParsedVersion>();

async function parsedVersion(db: Db, versionId: string): Promise<TParsedVersion | null> {
  let parsed = parsedVersions.get(versionId);
  if (!parsed) {
    const row = await db.formVersion.findUnique({ where: { id: versionId }, select: { definition: true, scoring: true } });
    if (!row) return null;
    parsed = { definition: ZFormDefinition.parse(row.definition), scoring: ZScoringModel.parse(row.scoring) };
    if (parsedVersions.size >= MAX_CACHED_VERSIONS) parsedVersions.delete(parsedVersions.keys().next().value!);
    parsedVersions.set(versionId, parsed);
  }
  return structuredClone(parsed);
}

/** null when no such form, or it has no published version, or it is archived. */
export async function getPublishedForm(db: Db, slug: string): Promise<TPublishedForm | null> {
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(slug)) return null;
  const form = await db.form.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, workspaceId: true, allowedOrigins: true, status: true, currentVersion: { select: { id: true, version: true } } },
  });
  if (!form || form.status !== "PUBLISHED" || !form.currentVersion) return null;
  const { currentVersion: v } = form;
  const parsed = await parsedVersion(db, v.id);
  if (!parsed) return null;
  return {
    form: { id: form.id, slug: form.slug, name: form.name, workspaceId: form.workspaceId, allowedOrigins: form.allowedOrigins },
    version: { id: v.id, version: v.version, ...parsed },
  };
}
