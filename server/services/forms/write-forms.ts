// Create a form, save its draft (optimistic concurrency on updatedAt), rename.
// Publishing lives in publish-form.ts, archiving in archive-form.ts; duplicate/restore/origins in their own files.
//
// Form.updatedAt is the draft's revision for the editor: writes of the draft or the name move it;
// publish, archive and allowed-origin changes keep it, so an editor that publishes or a colleague
// who edits the origins does not make the editor's next autosave a conflict.
import type { Db, DbTx } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { KEYS_FIXED_MESSAGE } from "../../domain/forms/published-key-changes";
import { FORM_TEMPLATES } from "../../domain/forms/templates";
import { AppError, validationError } from "../../errors";
import { isUniqueViolation, parseInput } from "../reps/parse-input";
import { defaultDefinition, defaultScoring } from "./default-form";
import { ZCreateFormInput, ZRenameFormInput, ZUpdateDraftInput, type TCreateFormInput, type TUpdateDraftInput } from "./form-inputs";
import { loadFormOrThrow, parseDraft } from "./form-records";
import { freeSlug, slugify } from "./form-slug";
import { publishedKeyProblemsOf } from "./published-keys";

const json = (value: unknown) => value as Prisma.InputJsonValue;
const slugTaken = () => new AppError("CONFLICT", "This address is already taken.", [{ path: "slug", message: "This address is already taken." }]);
export const DRAFT_CONFLICT_MESSAGE = "This draft was changed in another tab or by someone else";

type TNewForm = Omit<Prisma.FormUncheckedCreateInput, "slug">;

/** Inserts with the first free slug derived from `name`; another workspace may take it meanwhile: try again. */
export async function insertWithFreeSlug(db: DbTx, name: string, data: TNewForm): Promise<{ id: string; slug: string }> {
  const base = slugify(name);
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

function startingDraft(input: { name: string; template?: string; definition?: unknown; scoring?: unknown }) {
  const template = input.template && input.template !== "blank" ? FORM_TEMPLATES[input.template as keyof typeof FORM_TEMPLATES] : undefined;
  return parseDraft(
    input.definition ?? template?.definition ?? defaultDefinition(input.name),
    input.scoring ?? template?.scoring ?? defaultScoring(),
  );
}

export async function createForm(db: Db, workspaceId: string, rawInput: TCreateFormInput): Promise<{ id: string; slug: string }> {
  const input = parseInput(ZCreateFormInput, rawInput);
  const draft = startingDraft(input);
  const data = { workspaceId, name: input.name, draftDefinition: json(draft.definition), draftScoring: json(draft.scoring) };
  if (!input.slug) return insertWithFreeSlug(db, input.name, data);
  if (await db.form.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw slugTaken();
  try {
    return await db.form.create({ data: { ...data, slug: input.slug }, select: { id: true, slug: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/**
 * Saves the draft (the published version is untouched until the next publish). With
 * `baseUpdatedAt`, the write is conditional on the stored updatedAt still being that value — one
 * atomic UPDATE … WHERE, so of two saves from the same base exactly one wins — else CONFLICT and
 * nothing is written. Once the form has been published, a draft that changes a published question's
 * key is refused (VALIDATION, one detail per question: published-key-changes.ts).
 */
export async function updateDraft(
  db: Db,
  workspaceId: string,
  formId: string,
  rawInput: TUpdateDraftInput,
): Promise<{ id: string; updatedAt: Date }> {
  const form = await loadFormOrThrow(db, workspaceId, formId);
  const input = parseInput(ZUpdateDraftInput, rawInput);
  const draft = parseDraft(input.definition, input.scoring);
  const keyProblems = await publishedKeyProblemsOf(db, form, draft.definition, "definition.");
  if (keyProblems.length > 0) throw validationError(keyProblems.map(({ path, message }) => ({ path, message })), KEYS_FIXED_MESSAGE);
  const data = { draftDefinition: json(draft.definition), draftScoring: json(draft.scoring), ...(input.name ? { name: input.name } : {}) };
  const base = input.baseUpdatedAt;
  if (!base) return db.form.update({ where: { id: form.id }, data, select: { id: true, updatedAt: true } });
  // The new revision is always later than the base, even within the same millisecond.
  const updatedAt = new Date(Math.max(Date.now(), base.getTime() + 1));
  const { count } = await db.form.updateMany({ where: { id: form.id, workspaceId, updatedAt: base }, data: { ...data, updatedAt } });
  if (count === 0) throw new AppError("CONFLICT", DRAFT_CONFLICT_MESSAGE);
  return { id: form.id, updatedAt };
}

export async function renameForm(db: Db, workspaceId: string, formId: string, rawInput: { name: string }): Promise<{ id: string; name: string; updatedAt: Date }> {
  const input = parseInput(ZRenameFormInput, rawInput);
  const form = await loadFormOrThrow(db, workspaceId, formId);
  return db.form.update({ where: { id: form.id }, data: { name: input.name }, select: { id: true, name: true, updatedAt: true } });
}

/**
 * An update that leaves the draft revision (updatedAt) as it is. The row is locked first so a
 * draft save cannot slip in between reading updatedAt and writing it back.
 */
export async function updateKeepingRevision(db: Db, formId: string, data: Prisma.FormUncheckedUpdateInput) {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ updatedAt: Date }[]>`SELECT "updatedAt" FROM "Form" WHERE id = ${formId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "Form not found.");
    return tx.form.update({ where: { id: formId }, data: { ...data, updatedAt: row.updatedAt } });
  });
}
