// Form versions parsed once per process, by version id. A FormVersion row is never updated once
// written (publishing or restoring writes a NEW row with a new id), so what a version id parsed to
// stays right for the life of the process, and a new version is read at once (its id is new).
// The parsed values are shared and deep-frozen: callers read them and never get a copy to mutate.
// A stored value that no longer parses under the current schema is kept as null (labels fall back
// to keys), as services/leads/lead-labels.ts parseDefinition / parseScoring do.
import type { TRawSql } from "../../db/raw-sql";
import { deepFreeze } from "../../domain/deep-freeze";
import { ZFormDefinition, type TFormDefinition } from "../../domain/forms/definition";
import { ZScoringModel, type TScoringModel } from "../../domain/scoring/model";

export interface TParsedFormVersion {
  definition: TFormDefinition | null;
  scoring: TScoringModel | null;
}

const MAX_CACHED_VERSIONS = 500;
const parsedVersions = new Map<string, TParsedFormVersion>();

/** The version's definition and scoring model as parsed (frozen, shared); null when no such version. */
export async function parsedFormVersion(db: Pick<TRawSql, "$queryRaw">, versionId: string): Promise<TParsedFormVersion | null> {
  const cached = parsedVersions.get(versionId);
  if (cached) return cached;
  const [row] = await db.$queryRaw<{ definition: unknown; scoring: unknown }[]>`SELECT "definition", "scoring" FROM "FormVersion" WHERE "id" = ${versionId}`;
  if (!row) return null;
  const parsed = deepFreeze({ definition: ZFormDefinition.safeParse(row.definition).data ?? null, scoring: ZScoringModel.safeParse(row.scoring).data ?? null });
  if (parsedVersions.size >= MAX_CACHED_VERSIONS) parsedVersions.delete(parsedVersions.keys().next().value!);
  parsedVersions.set(versionId, parsed);
  return parsed;
}
