// The website origins allowed to embed a form: the whole list is replaced, every entry
// normalised (server/domain/forms/origins.ts); problems → VALIDATION with paths "origins.<i>"
// ("origins" for the list as a whole), nothing written. The draft revision is kept.
import type { Db } from "../../db/client";
import { normalizeOrigins } from "../../domain/forms/origins";
import { validationError } from "../../errors";
import { parseInput } from "../reps/parse-input";
import { ZAllowedOriginsInput } from "./form-inputs";
import { loadFormOrThrow } from "./form-records";
import { updateKeepingRevision } from "./write-forms";

export async function setAllowedOrigins(
  db: Db,
  workspaceId: string,
  formId: string,
  rawInput: { origins: string[] },
): Promise<{ id: string; allowedOrigins: string[] }> {
  const input = parseInput(ZAllowedOriginsInput, rawInput);
  const form = await loadFormOrThrow(db, workspaceId, formId);
  const { origins, problems } = normalizeOrigins(input.origins);
  if (problems.length > 0) {
    const details = problems.map((p) => ({ path: p.index === null ? "origins" : `origins.${p.index}`, message: p.message }));
    throw validationError(details, "Some website addresses are not valid.");
  }
  const saved = await updateKeepingRevision(db, form.id, { allowedOrigins: origins });
  return { id: saved.id, allowedOrigins: saved.allowedOrigins };
}
