// A trusted caller's lead (POST /api/v1/leads with an API key) that leaves required answers out is
// kept, not refused: a CRM syncs the contact it has, not the form's every question. The lead is
// scored on the answers given, routed as usual, and each required question it leaves out is told
// back as a warning at `answers.<key>` that names the question (missingRequiredMessage), like a
// not-applicable answer. Only a *missing* answer is forgiven: an invalid value for a question that applies (a bad email, an unknown choice, a
// required consent sent as false) stays a 422 at its path. The public submissions endpoint and the
// hosted form stay strict (requiredAnswers "enforce"): the form's page enforces required.
// Pure: the same validateSubmission, once as the form says and once with nothing required.
import { allFields, type TFormDefinition } from "../forms/definition";
import type { TPatternMatcher } from "../forms/pattern-matcher";
import { isEmptyValue, questionName, validateSubmission, type TValidateSubmissionResult } from "../forms/validate-answers";

/** "enforce": a missing required answer is a 422 (public submissions); "warn": kept with a warning (API key). */
export type TRequiredAnswers = "enforce" | "warn";

/** The warning for a required question an API key's lead left out: `“Work email” is required on the form; not given: …`. */
export function missingRequiredMessage(label: string): string {
  return `“${questionName(label)}” is required on the form; not given: the lead is kept and scored on the answers given`;
}

/** The submission checked against the form, a missing required answer refused or warned about as `requiredAnswers` says. */
export function checkAnswers(definition: TFormDefinition, answers: Record<string, unknown>, matchPattern: TPatternMatcher, requiredAnswers: TRequiredAnswers): TValidateSubmissionResult {
  const strict = validateSubmission(definition, answers, matchPattern);
  if (strict.ok || requiredAnswers === "enforce") return strict;
  const missing = strict.issues.filter((issue) => isMissingAnswer(issue.path, answers));
  const invalid = strict.issues.filter((issue) => !missing.includes(issue));
  if (invalid.length > 0) return { ok: false, issues: invalid };
  // Which questions apply does not depend on `required`: the same answers, scored as given.
  const relaxed = validateSubmission(withNothingRequired(definition), answers, matchPattern);
  if (!relaxed.ok) return relaxed;
  const labels = new Map(allFields(definition).map((field) => [`answers.${field.key}`, field.label]));
  return { ...relaxed, warnings: [...relaxed.warnings, ...missing.map(({ path }) => ({ path, message: missingRequiredMessage(labels.get(path) ?? path.slice("answers.".length)) }))] };
}

/** An issue at `answers.<key>` whose answer was not given (absent, null, blank, []). */
function isMissingAnswer(path: string, answers: Record<string, unknown>): boolean {
  if (!path.startsWith("answers.")) return false;
  const key = path.slice("answers.".length);
  return !Object.hasOwn(answers, key) || isEmptyValue(answers[key]);
}

function withNothingRequired(definition: TFormDefinition): TFormDefinition {
  return { ...definition, steps: definition.steps.map((step) => ({ ...step, fields: step.fields.map((field) => ({ ...field, required: false })) })) };
}
