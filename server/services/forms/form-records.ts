// Loading one form of a workspace (NOT_FOUND for other workspaces' ids) and validating drafts.
import type { z } from "zod";
import type { DbTx } from "../../db/client";
import { issuesToFieldErrors } from "../../domain/reps/issues-to-details";
import { ZFormDefinition, type TFormDefinition } from "../../domain/forms/definition";
import { validationBoundsProblems } from "../../domain/forms/validation-bounds";
import { ZScoringModel, type TScoringModel } from "../../domain/scoring/model";
import { AppError, validationError, type TErrorDetail } from "../../errors";

export async function loadFormOrThrow(db: DbTx, workspaceId: string, formId: string) {
  const form = await db.form.findFirst({ where: { id: formId, workspaceId } });
  if (!form) throw new AppError("NOT_FOUND", "Form not found.");
  return form;
}

function prefixed(prefix: string, issues: readonly z.core.$ZodIssue[]): TErrorDetail[] {
  return issuesToFieldErrors(issues).map((d) => ({ ...d, path: d.path ? `${prefix}.${d.path}` : prefix }));
}

/**
 * Both parts validated; VALIDATION with paths like "definition.steps.0.fields.1.key" otherwise.
 * A question whose minimum is above its maximum is refused too (validation-bounds.ts), the first
 * such problem as the message ("'Seats': the minimum (10) is more than the maximum (5); …").
 */
export function parseDraft(definition: unknown, scoring: unknown): { definition: TFormDefinition; scoring: TScoringModel } {
  const d = ZFormDefinition.safeParse(definition);
  const s = ZScoringModel.safeParse(scoring);
  const details = [...(d.success ? [] : prefixed("definition", d.error.issues)), ...(s.success ? [] : prefixed("scoring", s.error.issues))];
  if (!d.success || !s.success) throw validationError(details, "The form draft is not valid.");
  const bounds = validationBoundsProblems(d.data, "definition.");
  if (bounds.length > 0) throw validationError(bounds.map(({ path, message }) => ({ path, message })), bounds[0]!.message);
  return { definition: d.data, scoring: s.data };
}

/**
 * A stored draft for the editor. Drafts are validated on write; if a later schema change makes an
 * old one invalid it is still returned as stored so the editor can show and fix it.
 */
export function readDraft(definition: unknown, scoring: unknown): { definition: TFormDefinition; scoring: TScoringModel; isValid: boolean } {
  const d = ZFormDefinition.safeParse(definition);
  const s = ZScoringModel.safeParse(scoring);
  return {
    definition: d.success ? d.data : (definition as TFormDefinition),
    scoring: s.success ? s.data : (scoring as TScoringModel),
    isValid: d.success && s.success,
  };
}
