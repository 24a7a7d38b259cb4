// Create a form, save its draft, archive it. Publishing lives in publish-form.ts.
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError } from "../../errors";
import { isUniqueViolation, parseInput } from "../reps/parse-input";
import { defaultDefinition, defaultScoring } from "./default-form";
import { ZCreateFormInput, ZUpdateDraftInput, type TCreateFormInput, type TUpdateDraftInput } from "./form-inputs";
import { loadFormOrThrow, parseDraft } from "./form-records";
import { freeSlug, slugify } from "./form-slug";

const json = (value: unknown) => value as Prisma.InputJsonValue;
const slugTaken = () => new AppError("CONFLICT", "This address is already taken.", [{ path: "slug", message: "This address is already taken." }]);

export async function createForm(db: Db, workspaceId: string, rawInput: TCreateFormInput): Promise<{ id: string; slug: string }> {
  const input = parseInput(ZCreateFormInput, rawInput);
  const draft = parseDraft(input.definition ?? defaultDefinition(input.name), input.scoring ?? defaultScoring());
  const data = { workspaceId, name: input.name, draftDefinition: json(draft.definition), draftScoring: json(draft.scoring) };
  if (input.slug) {
    if (await db.form.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken();
    try {
      return await db.form.create({ data: { ...data, slug: input.slug }, select: { id: true, slug: true } });
    } catch (error) {
      if (isUniqueViolation(error)) throw slugTaken();
      throw error;
    }
  }
  const base = slugify(input.name);
  // Another workspace may take the same slug between the lookup and the insert: try again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = await freeSlug(db, base);
    try {
      return await db.form.create({ data: { ...data, slug }, select: { id: true, slug: true } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT", "Could not find a free address for this form. Try again.");
}

/** Saves the draft (the published version is untouched until the next publish). */
export async function updateDraft(
  db: Db,
  workspaceId: string,
  formId: string,
  rawInput: TUpdateDraftInput,
): Promise<{ id: string; updatedAt: Date }> {
  const form = await loadFormOrThrow(db, workspaceId, formId);
  const input = parseInput(ZUpdateDraftInput, rawInput);
  const draft = parseDraft(input.definition, input.scoring);
  return db.form.update({
    where: { id: form.id },
    data: { draftDefinition: json(draft.definition), draftScoring: json(draft.scoring), ...(input.name ? { name: input.name } : {}) },
    select: { id: true, updatedAt: true },
  });
}

/** The hosted page and the API stop accepting submissions; leads and versions are kept. Publishing again restores it. */
export async function archiveForm(db: Db, workspaceId: string, formId: string): Promise<{ id: string; status: "ARCHIVED" }> {
  const form = await loadFormOrThrow(db, workspaceId, formId);
  if (form.status !== "ARCHIVED") await db.form.update({ where: { id: form.id }, data: { status: "ARCHIVED" } });
  return { id: form.id, status: "ARCHIVED" };
}
