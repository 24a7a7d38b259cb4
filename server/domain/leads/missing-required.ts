// A trusted caller's lead (POST /api/v1/leads with an API key) that leaves required answers out is
// kept, not refused: a CRM syncs the contact it has, not the form's every question. The lead is
// scored on the answers given, routed as usual, and each required question it leaves out is told
// back as a warning at `answers.<key>` that names the question (missingRequiredMessage), like a
// not-applicable answer. Only a *missing* answer is forgiven: an invalid value for a question that applies (a bad email, an unknown choice, a
// required consent sent as false) stays a 422 at its path. The public submissions endpoint and the
// hosted form stay strict (requiredAnswers "enforce"): the form's page enforces required.
// Pure, and ONE validateSubmission per lead: in "warn" mode the questions whose answer is missing
// are validated as not required (a present answer keeps its `required`: a consent sent as false
// stays invalid), and those the logic shows are the warnings. Which questions apply does not
// depend on `required` (an empty answer is never a valid one, and the logic reads only the answers
// of questions that apply: form-logic.ts), so this is the result of checking as the form says and
// forgiving the missing ones.
// A trusted caller ("warn") also has a number for a text question taken as its text, then checked
// as text (numbers-as-text.ts); "enforce" takes the answers as sent.
import { allFields, type TField, type TFormDefinition } from "../forms/definition";
import { activeFieldKeys } from "../forms/logic";
import type { TPatternMatcher } from "../forms/pattern-matcher";
import { isEmptyValue, questionName, validateSubmission, type TValidateSubmissionResult } from "../forms/validate-answers";
import { withNumbersAsSent, withNumbersAsText } from "./numbers-as-text";

/** "enforce": a missing required answer is a 422 (public submissions); "warn": kept with a warning (API key). */
export type TRequiredAnswers = "enforce" | "warn";

/** The warning for a required question an API key's lead left out: `“Work email” is required on the form; not given: …`. */
export function missingRequiredMessage(label: string): string {
  return `“${questionName(label)}” is required on the form; not given: the lead is kept and scored on the answers given`;
}

/** The submission checked against the form, a missing required answer refused or warned about as `requiredAnswers` says. */
export function checkAnswers(definition: TFormDefinition, answers: Record<string, unknown>, matchPattern: TPatternMatcher, requiredAnswers: TRequiredAnswers): TValidateSubmissionResult {
  if (requiredAnswers === "enforce") return validateSubmission(definition, answers, matchPattern);
  const texts = withNumbersAsText(definition, answers);
  const checked = checkTrusted(definition, texts.answers, matchPattern);
  return checked.ok ? { ...checked, notApplicable: withNumbersAsSent(checked.notApplicable, texts.converted) } : checked;
}

/** A trusted caller's answers: each required question left out forgiven with a warning. */
function checkTrusted(definition: TFormDefinition, answers: Record<string, unknown>, matchPattern: TPatternMatcher): TValidateSubmissionResult {
  const missing = allFields(definition).filter((field) => field.required && isMissingAnswer(field.key, answers));
  if (missing.length === 0) return validateSubmission(definition, answers, matchPattern);
  const checked = validateSubmission(withNotRequired(definition, new Set(missing.map((field) => field.key))), answers, matchPattern);
  if (!checked.ok) {
    // An issue at a missing answer (blank text over the length cap) is told only when nothing else is wrong.
    const invalid = checked.issues.filter((issue) => !isMissingAnswer(issue.path.slice("answers.".length), answers));
    return { ok: false, issues: invalid.length > 0 ? invalid : checked.issues };
  }
  // The questions that apply, from the answers that count (the same walk validateSubmission made;
  // a form without logic asks every question, no walk needed).
  const active = definition.logic.length === 0 ? null : activeFieldKeys(definition, checked.answers);
  const warned = missing.filter((field) => (active === null || active.has(field.key)) && field.type !== "statement");
  return { ...checked, warnings: [...checked.warnings, ...warned.map(missingWarning)] };
}

function missingWarning(field: TField): { path: string; message: string } {
  return { path: `answers.${field.key}`, message: missingRequiredMessage(field.label) };
}

/** An answer not given (absent, null, blank, []). */
function isMissingAnswer(key: string, answers: Record<string, unknown>): boolean {
  return !Object.hasOwn(answers, key) || isEmptyValue(answers[key]);
}

/** The definition with these questions not required (the others as they are). */
function withNotRequired(definition: TFormDefinition, keys: ReadonlySet<string>): TFormDefinition {
  return { ...definition, steps: definition.steps.map((step) => ({ ...step, fields: step.fields.map((field) => (keys.has(field.key) ? { ...field, required: false } : field)) })) };
}
