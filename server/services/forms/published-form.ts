// The published version of a form by its public slug (hosted page, public API, submissions).
// Published versions are immutable, so each process parses a version's definition and scoring
// model once (zod, ~ms per call) and keeps them by version id (form-version-cache.ts); callers
// share that parse, deep-frozen (read-only: a caller that needs to change it copies it first).
import { rawSqlOf, type Db } from "../../db/client";
import type { TFormDefinition } from "../../domain/forms/definition";
import type { TIntakeForm } from "../../domain/leads/build-lead";
import type { TExchangeRates } from "../../domain/money/routing-value";
import type { TScoringModel } from "../../domain/scoring/model";
import { AppError } from "../../errors";
import { parsedFormVersion } from "./form-version-cache";

export interface TPublishedForm {
  form: { id: string; slug: string; name: string; workspaceId: string; allowedOrigins: string[] };
  version: { id: string; version: number; definition: TFormDefinition; scoring: TScoringModel };
  /** The workspace's routing currency and exchange rates, read in the same statement: the intake converts the lead's value with them (no second read). */
  rates: TExchangeRates;
}

/** null when no such form, or it has no published version, or it is archived. */
export async function getPublishedForm(db: Db, slug: string): Promise<TPublishedForm | null> {
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(slug)) return null;
  // One round trip: the form, its current version's number (the definition comes from the cache)
  // and the workspace's routing currency with its exchange rates (a handful of rows).
  const sql = rawSqlOf(db);
  const [form] = await sql.$queryRaw<{ id: string; slug: string; name: string; workspaceId: string; allowedOrigins: string[]; status: string; versionId: string | null; version: number | null; routingCurrency: string; rates: Record<string, string> | null }[]>`
    SELECT f."id", f."slug", f."name", f."workspaceId", f."allowedOrigins", f."status"::text AS "status", v."id" AS "versionId", v."version",
           w."routingCurrency", (SELECT jsonb_object_agg(r."currency", r."rate"::text) FROM "ExchangeRate" r WHERE r."workspaceId" = f."workspaceId") AS "rates"
      FROM "Form" f JOIN "Workspace" w ON w."id" = f."workspaceId" LEFT JOIN "FormVersion" v ON v."id" = f."currentVersionId"
     WHERE f."slug" = ${slug}`;
  if (!form || form.status !== "PUBLISHED" || !form.versionId || form.version === null) return null;
  const v = { id: form.versionId, version: form.version };
  const parsed = await parsedFormVersion(sql, v.id);
  if (!parsed) return null;
  const { definition, scoring } = parsed;
  if (!definition || !scoring) throw new AppError("INTERNAL", "The published form version does not parse.");
  return {
    form: { id: form.id, slug: form.slug, name: form.name, workspaceId: form.workspaceId, allowedOrigins: form.allowedOrigins },
    version: { id: v.id, version: v.version, definition, scoring },
    rates: { routingCurrency: form.routingCurrency, rates: Object.fromEntries(Object.entries(form.rates ?? {}).map(([code, rate]) => [code, Number(rate)])) },
  };
}

/** The form as the intake builds a lead with it (domain/leads/build-lead.ts). */
export function intakeFormOf(published: TPublishedForm): TIntakeForm {
  const { form, version } = published;
  return { formId: form.id, versionId: version.id, version: version.version, definition: version.definition, scoring: version.scoring };
}
