// One step of the hosted form, checked before the prospect moves on: the step's questions that
// apply (visible given the answers; statements and hidden-type fields take no input here) through
// validateFieldValue, so the messages are the API's. Values are converted ("42" → 42; an empty
// optional answer is dropped); keys of other steps pass through untouched. No zod: the renderer's
// react-hook-form resolver is built on this, and the hosted page ships it.
import type { TFormDefinition } from "./definition";
import type { TPatternMatcher } from "./pattern-matcher";
import { validateFieldValue } from "./validate-field-value";

export type TStepCheck = { ok: true; values: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

/** `visible`: the keys logic shows for the answers given (visibleFieldKeys); missing keys are checked too. */
export function validateStep(definition: Pick<TFormDefinition, "steps">, stepId: string, values: Readonly<Record<string, unknown>>, visible: ReadonlySet<string>, matchPattern: TPatternMatcher): TStepCheck {
  const step = definition.steps.find((s) => s.id === stepId);
  const checked = (step?.fields ?? []).filter((f) => f.type !== "statement" && f.type !== "hidden" && visible.has(f.key));
  const output: Record<string, unknown> = { ...values };
  const errors: Record<string, string> = {};
  for (const field of checked) {
    const result = validateFieldValue(field, Object.hasOwn(values, field.key) ? values[field.key] : undefined, matchPattern);
    if (!result.ok) errors[field.key] = result.message;
    else if (result.value === undefined) delete output[field.key];
    else output[field.key] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values: output };
}
