// Loads what publishedKeyChanges compares a draft with: the form's live version and every version
// it ever published (definitions that no longer parse are skipped: they cannot be compared).
// And the keys the builder shows read-only: those in any version the form ever published.
import type { DbTx } from "../../db/client";
import { ZFormDefinition, type TFormDefinition } from "../../domain/forms/definition";
import { publishedFieldKeys } from "../../domain/forms/published-field-keys";
import { publishedKeyChanges, publishedKeyProblems } from "../../domain/forms/published-key-changes";
import type { TPublishProblem } from "../../domain/forms/publish-check";

/** Problems (paths prefixed with `prefix`) for each question of `draft` whose published key it changes. */
export async function publishedKeyProblemsOf(
  db: DbTx,
  form: { id: string; workspaceId: string; currentVersionId: string | null },
  draft: TFormDefinition,
  prefix = "",
): Promise<TPublishProblem[]> {
  const rows = await db.formVersion.findMany({ where: { formId: form.id, workspaceId: form.workspaceId }, orderBy: { version: "desc" }, select: { id: true, definition: true } });
  if (rows.length === 0) return [];
  const parsed = rows.flatMap((r) => {
    const d = ZFormDefinition.safeParse(r.definition);
    return d.success ? [{ id: r.id, definition: d.data }] : [];
  });
  // The live version; the latest one if none is (defensive: publishing always sets it).
  const current = parsed.find((v) => v.id === form.currentVersionId) ?? parsed[0] ?? null;
  return publishedKeyProblems(publishedKeyChanges(draft, current?.definition ?? null, parsed.map((v) => v.definition)), prefix);
}

/** Every question key in a version `formId` (of this workspace) ever published, sorted; none for another workspace's form. */
export async function listPublishedFieldKeys(db: DbTx, workspaceId: string, formId: string): Promise<string[]> {
  const rows = await db.formVersion.findMany({ where: { formId, workspaceId }, select: { definition: true } });
  return publishedFieldKeys(rows.map((r) => r.definition));
}
