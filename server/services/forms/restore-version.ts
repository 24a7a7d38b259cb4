// Restore as draft: a published version's definition and scoring model become the draft again.
// Published versions are immutable and the live version stays live until the next publish.
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AppError } from "../../errors";
import { parseInput } from "../reps/parse-input";
import { ZRestoreVersionInput } from "./form-inputs";
import { loadFormOrThrow } from "./form-records";

export interface TRestoreVersionInput {
  workspaceId: string;
  formId: string;
  version: number;
}

export async function restoreVersionAsDraft(db: Db, input: TRestoreVersionInput): Promise<{ id: string; version: number; updatedAt: Date }> {
  const { version } = parseInput(ZRestoreVersionInput, { version: input.version });
  const form = await loadFormOrThrow(db, input.workspaceId, input.formId);
  const source = await db.formVersion.findFirst({ where: { formId: form.id, workspaceId: input.workspaceId, version } });
  if (!source) throw new AppError("NOT_FOUND", `Version ${version} of this form does not exist.`);
  const updated = await db.form.update({
    where: { id: form.id },
    data: { draftDefinition: source.definition as Prisma.InputJsonValue, draftScoring: source.scoring as Prisma.InputJsonValue },
    select: { id: true, updatedAt: true },
  });
  return { ...updated, version };
}
