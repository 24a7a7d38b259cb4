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
  // One round trip: the form and its current version's number (the definition comes from the cache).
  const [form] = await db.$queryRaw<{ id: string; slug: string; name: string; workspaceId: string; allowedOrigins: string[]; status: string; versionId: string | null; version: number | null }[]>`
    SELECT f."id", f."slug", f."name", f."workspaceId", f."allowedOrigins", f."status"::text AS "status", v."id" AS "versionId", v."version"
      FROM "Form" f LEFT JOIN "FormVersion" v ON v."id" = f."currentVersionId"
     WHERE f."slug" = ${slug}`;
  if (!form || form.status !== "PUBLISHED" || !form.versionId || form.version === null) return null;
  const v = { id: form.versionId, version: form.version };
  const parsed = await parsedVersion(db, v.id);
  if (!parsed) return null;
  return {
    form: { id: form.id, slug: form.slug, name: form.name, workspaceId: form.workspaceId, allowedOrigins: form.allowedOrigins },
    version: { id: v.id, version: v.version, ...parsed },
  };
}
