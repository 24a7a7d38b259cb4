// The workspace's tier labels for leads without a form (domain/leads/workspace-tier-labels.ts),
// read in one statement: the tiers of each published form's current version. A read site loads
// them once per request, and only when a lead it shows needs them (needsWorkspaceTierLabels).
import { Prisma } from "../../db/generated/client";
import type { TRawSql } from "../../db/raw-sql";
import { BUILT_IN_TIER_LABELS } from "../../domain/leads/tier-label";
import { needsWorkspaceTierLabels, type TFormScoring, workspaceTierLabels } from "../../domain/leads/workspace-tier-labels";

const NONE: ReadonlyMap<string, string> = new Map();

/** The published forms' { status, scoring: { tiers } } as one json array, oldest form first, for the workspace given as SQL (a column or a value). */
export function publishedFormTiersSql(workspaceId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object('status', f."status", 'scoring', json_build_object('tiers', v."scoring"->'tiers')) ORDER BY f."createdAt", f."id"), '[]'::json)
      FROM "Form" f JOIN "FormVersion" v ON v."id" = f."currentVersionId"
     WHERE f."workspaceId" = ${workspaceId} AND f."status" = 'PUBLISHED')`;
}

/** The tiers the intake sets itself, as SQL text[] (a lead with one of them never needs the workspace's labels). */
export const BUILT_IN_TIERS_SQL = Prisma.sql`${Object.keys(BUILT_IN_TIER_LABELS)}::text[]`;

/** One statement: the workspace's published forms with their tiers (oldest first). */
export async function loadPublishedFormTiers(db: Pick<TRawSql, "$queryRaw">, workspaceId: string): Promise<TFormScoring[]> {
  const rows = await db.$queryRaw<{ forms: TFormScoring[] }[]>`SELECT ${publishedFormTiersSql(Prisma.sql`${workspaceId}`)} AS "forms"`;
  return rows[0]?.forms ?? [];
}

/** One statement: the workspace's tier labels (key → label agreed by every published form defining it). */
export async function loadWorkspaceTierLabels(db: Pick<TRawSql, "$queryRaw">, workspaceId: string): Promise<ReadonlyMap<string, string>> {
  return workspaceTierLabels(await loadPublishedFormTiers(db, workspaceId));
}

/** The labels when one of `leads` needs them (else none, and nothing is read). */
export async function workspaceTierLabelsFor(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, leads: readonly { formVersionId: string | null; tier: string }[]): Promise<ReadonlyMap<string, string>> {
  return needsWorkspaceTierLabels(leads) ? loadWorkspaceTierLabels(db, workspaceId) : NONE;
}
