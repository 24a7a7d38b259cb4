// Publish: in one transaction, the draft is checked (checkPublishable, and that it removes no
// question or score dimension the workspace's routing reads: publish-routing-check.ts, nor changes
// the key of a published question: published-key-changes.ts) and copied
// into a new immutable FormVersion (last + 1) that becomes the form's current version. Problems →
// VALIDATION with the whole list as details, nothing written.
import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { checkPublishable } from "../../domain/forms/publish-check";
import { AppError, validationError } from "../../errors";
import { lockRoutingConfig } from "../routing/routing-settings";
import { loadFormOrThrow, parseDraft } from "./form-records";
import { routingProblemsOfPublish } from "./publish-routing-check";
import { publishedKeyProblemsOf } from "./published-keys";

export interface TPublishInput {
  workspaceId: string;
  formId: string;
  userId: string;
}

export interface TPublishResult {
  formId: string;
  versionId: string;
  version: number;
  publishedAt: Date;
}

// jsonb normalises key order, so equal documents read back identically.
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function publishForm(db: Db, { workspaceId, formId, userId }: TPublishInput): Promise<TPublishResult> {
  // Load
  const form = await loadFormOrThrow(db, workspaceId, formId);
  const draft = parseDraft(form.draftDefinition, form.draftScoring);
  return db.$transaction(async (tx) => {
    // The routing config lock first (routing publishes check form fields under it): a routing
    // change and this version cannot both pass their checks. Then the form row, so concurrent
    // publishes get consecutive version numbers.
    await lockRoutingConfig(tx, workspaceId);
    await tx.$queryRaw`SELECT id FROM "Form" WHERE id = ${form.id} FOR UPDATE`;
    const locked = await tx.form.findFirst({ where: { id: form.id, workspaceId }, select: { draftDefinition: true, draftScoring: true, updatedAt: true, currentVersionId: true } });
    if (!locked) throw new AppError("NOT_FOUND", "Form not found.");
    if (!sameJson([locked.draftDefinition, locked.draftScoring], [form.draftDefinition, form.draftScoring])) {
      throw new AppError("CONFLICT", "The draft changed while publishing. Reload and try again.");
    }
    // Decide: every problem at once, the form's own and the routing's.
    const problems = [
      ...checkPublishable(draft.definition, draft.scoring),
      ...(await publishedKeyProblemsOf(tx, { id: form.id, workspaceId, currentVersionId: locked.currentVersionId }, draft.definition)),
      ...(await routingProblemsOfPublish(tx, { workspaceId, formId: form.id, version: { definition: form.draftDefinition, scoring: form.draftScoring } })),
    ];
    if (problems.length > 0) throw validationError(problems, "The form cannot be published yet.");
    // Save. The draft revision (updatedAt) stays: publishing does not change the draft.
    const last = await tx.formVersion.aggregate({ where: { formId: form.id }, _max: { version: true } });
    const created = await tx.formVersion.create({
      data: {
        formId: form.id,
        workspaceId,
        version: (last._max.version ?? 0) + 1,
        // The stored draft JSON as is (already valid): an immutable copy, never updated afterwards.
        definition: form.draftDefinition as Prisma.InputJsonValue,
        scoring: form.draftScoring as Prisma.InputJsonValue,
        publishedById: userId,
      },
    });
    await tx.form.update({ where: { id: form.id }, data: { currentVersionId: created.id, status: "PUBLISHED", updatedAt: locked.updatedAt } });
    return { formId: form.id, versionId: created.id, version: created.version, publishedAt: created.publishedAt };
  });
}
