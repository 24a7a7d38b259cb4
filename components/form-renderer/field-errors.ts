// Where server-side field errors (422 details) send the prospect: the step of the first bad field.
import type { TFormDefinition } from "@/server/domain/forms/definition";

/** The first field (in form order) with an error, and its step; null when none is on the form. */
export function firstErrorLocation(definition: Pick<TFormDefinition, "steps">, fieldErrors: Record<string, string>): { stepId: string; fieldKey: string } | null {
  for (const step of definition.steps) {
    for (const field of step.fields) {
      if (fieldErrors[field.key] !== undefined) return { stepId: step.id, fieldKey: field.key };
    }
  }
  return null;
}

/** The way back to `stepId` along the current path (steps before it), for the Back button. */
export function historyBefore(pathStepIds: readonly string[], stepId: string): string[] {
  const index = pathStepIds.indexOf(stepId);
  return index > 0 ? pathStepIds.slice(0, index) : [];
}
