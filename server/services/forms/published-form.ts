// The published version of a form by its public slug (hosted page, public API, submissions).
import type { Db } from "../../db/client";
import { ZFormDefinition, type TFormDefinition } from "../../domain/forms/definition";
import { ZScoringModel, type TScoringModel } from "../../domain/scoring/model";

export interface TPublishedForm {
  form: { id: string; slug: string; name: string; workspaceId: string; allowedOrigins: string[] };
  version: { id: string; version: number; definition: TFormDefinition; scoring: TScoringModel };
}

/** null when no such form, or it has no published version, or it is archived. */
export async function getPublishedForm(db: Db, slug: string): Promise<TPublishedForm | null> {
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(slug)) return null;
  const form = await db.form.findUnique({ where: { slug }, include: { currentVersion: true } });
  if (!form || form.status !== "PUBLISHED" || !form.currentVersion) return null;
  const { currentVersion: v } = form;
  return {
    form: { id: form.id, slug: form.slug, name: form.name, workspaceId: form.workspaceId, allowedOrigins: form.allowedOrigins },
    version: { id: v.id, version: v.version, definition: ZFormDefinition.parse(v.definition), scoring: ZScoringModel.parse(v.scoring) },
  };
}
