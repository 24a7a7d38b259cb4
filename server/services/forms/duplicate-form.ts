// Duplicate a form: a new DRAFT with a copy of the draft definition and scoring model, named
// "<name> (copy)", at a new address. Versions, leads and embed origins are not copied.
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { loadFormOrThrow } from "./form-records";
import { insertWithFreeSlug } from "./write-forms";

const MAX_NAME = 120;
const SUFFIX = " (copy)";

/** "Demo request" → "Demo request (copy)", cut so the result fits the 120-character limit. */
export function copyName(name: string): string {
  return `${name.slice(0, MAX_NAME - SUFFIX.length).trimEnd()}${SUFFIX}`;
}

export async function duplicateForm(db: Db, workspaceId: string, formId: string): Promise<{ id: string; slug: string; name: string }> {
  const form = await loadFormOrThrow(db, workspaceId, formId);
  const name = copyName(form.name);
  const created = await insertWithFreeSlug(db, name, {
    workspaceId,
    name,
    // As stored: drafts were validated on write (an old invalid one stays fixable in the editor).
    draftDefinition: form.draftDefinition as Prisma.InputJsonValue,
    draftScoring: form.draftScoring as Prisma.InputJsonValue,
  });
  return { ...created, name };
}
