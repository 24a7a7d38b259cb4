// The per-step checks of the form renderer (validateStep with the browser's pattern matcher), a
// lazy chunk: the first step renders without them; they load when the prospect first focuses the
// form and are awaited by the step check itself (./form-renderer.tsx). The server checks
// everything again on submission.
import type { TFormDefinition } from "@/server/domain/forms/definition";
import { matchNativePattern } from "@/server/domain/forms/pattern-matcher";
import { validateStep, type TStepCheck } from "@/server/domain/forms/validate-step";

export function checkStep(definition: Pick<TFormDefinition, "steps">, stepId: string, values: Readonly<Record<string, unknown>>, visible: ReadonlySet<string>): TStepCheck {
  return validateStep(definition, stepId, values, visible, matchNativePattern);
}
