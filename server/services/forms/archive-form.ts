// Archive: the hosted page and the API stop accepting submissions; leads and versions are kept,
// publishing again restores it. Like a publish, archiving must not take away a question routing
// reads (routing reads only forms that are not archived: publish-routing-check.ts) — refused with
// the list of routing paths to change first, nothing written. The draft revision stays.
import type { Db } from "../../db/client";
import { AppError, validationError } from "../../errors";
import { lockRoutingConfig } from "../routing/routing-settings";
import { loadFormOrThrow } from "./form-records";
import { routingProblemsOfPublish } from "./publish-routing-check";

export const ARCHIVE_REFUSED_MESSAGE = "The form cannot be archived yet: routing reads its questions.";

export async function archiveForm(db: Db, workspaceId: string, formId: string): Promise<{ id: string; status: "ARCHIVED" }> {
  // Load
  const form = await loadFormOrThrow(db, workspaceId, formId);
  if (form.status === "ARCHIVED") return { id: form.id, status: "ARCHIVED" };
  await db.$transaction(async (tx) => {
    // The routing config lock first (as publishing a form or routing does), then the form row.
    await lockRoutingConfig(tx, workspaceId);
    const [row] = await tx.$queryRaw<{ updatedAt: Date; status: string }[]>`SELECT "updatedAt", status FROM "Form" WHERE id = ${form.id} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "Form not found.");
    if (row.status === "ARCHIVED") return;
    // Decide
    const problems = await routingProblemsOfPublish(tx, { workspaceId, formId: form.id, version: null });
    if (problems.length > 0) throw validationError(problems, ARCHIVE_REFUSED_MESSAGE);
    // Save, keeping the draft revision.
    await tx.form.update({ where: { id: form.id }, data: { status: "ARCHIVED", updatedAt: row.updatedAt } });
  });
  return { id: form.id, status: "ARCHIVED" };
}
