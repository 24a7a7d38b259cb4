// A whole submission against the form: the API's check (422 with every issue). The hosted page
// checks each step with validateStep (validate-step.ts); both use validateFieldValue, so the
// messages are identical.
//
// Decisions:
// - Empty values (undefined, null, blank text, []) are "not answered" and never an issue by
//   themselves, so a client may send every key of the form.
// - Which questions apply is decided from the valid answers (an invalid answer counts as
//   unanswered). A lead is never lost to the form's logic: a non-empty answer to a question that
//   does not apply (hidden by logic or on a skipped step) and an answer to a key the form does
//   not have are KEPT as "not applicable" (not scored, not routed) and reported as warnings —
//   a CRM that posts every field keeps working the day a marketer edits the logic. Only plain
//   values are kept (text up to MAX_NOT_APPLICABLE_CHARS, numbers, booleans, short lists of text);
//   anything else is dropped with a warning saying so.
// - An invalid value for a question that applies is an issue (422). Issues and warnings are
//   listed unknown keys first (in the order sent), then the form's fields in order; paths are
//   `answers.<key>`.
// - Validation patterns run through the matcher given: the server passes matchRe2Pattern (linear
//   time), the hosted page matchNativePattern (see pattern-matcher.ts).
import { allFields, type TAnswers, type TFormDefinition } from "./definition";
import { activeFieldKeys, stepPath } from "./logic";
import type { TPatternMatcher } from "./pattern-matcher";
import { isEmptyValue, validateFieldValue, type TFieldIssueCode, type TFieldValueResult } from "./validate-field-value";

export { isEmptyValue, questionName, requiredMessage, validateFieldValue, type TFieldValueResult } from "./validate-field-value";

export const UNKNOWN_FIELD_MESSAGE = "Not a question of this form: kept on the lead as not applicable (not scored or routed)";
export const NOT_APPLICABLE_MESSAGE = "This question does not apply to the answers given: kept on the lead as not applicable (not scored or routed)";
export const NOT_KEPT_MESSAGE = "Does not apply and is not a plain answer value (text, number, yes/no or a short list of text): not kept";
export const MAX_NOT_APPLICABLE_CHARS = 10_000;
const MAX_NOT_APPLICABLE_KEYS = 100;

export interface TSubmissionIssue {
  path: string;
  message: string;
  /** The kind of problem where a caller treats it apart (validate-field-value.ts): not sent to API clients. */
  code?: TFieldIssueCode;
}
export type TValidateSubmissionResult =
  | { ok: true; answers: TAnswers; endOutcomeId: string | null; notApplicable: TAnswers; warnings: TSubmissionIssue[] }
  | { ok: false; issues: TSubmissionIssue[] };

const count = (n: number) => n.toLocaleString("en-US");

/**
 * Why a value of a plain kind (text, a list of text) is not kept: too long, too many values;
 * null for anything else (an object, a list of numbers…), which NOT_KEPT_MESSAGE describes.
 */
export function notPlainReason(value: unknown): string | null {
  if (typeof value === "string" && value.length > MAX_NOT_APPLICABLE_CHARS) return `is too long: at most ${count(MAX_NOT_APPLICABLE_CHARS)} characters (${count(value.length)} given)`;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return null;
  if (value.length > 100) return `has too many values: at most 100 (${count(value.length)} given)`;
  return value.some((v) => v.length > 1000) ? "has a value that is too long: at most 1,000 characters each" : null;
}

/** The warning for a not-applicable answer that is not kept: why, as precisely as known. */
function notKeptMessage(raw: unknown, isPlain: boolean): string {
  if (isPlain) return `Does not apply, and at most ${MAX_NOT_APPLICABLE_KEYS} such answers are kept: not kept`;
  const reason = notPlainReason(raw);
  return reason ? `Does not apply and ${reason}: not kept` : NOT_KEPT_MESSAGE;
}

/** A value worth keeping as a not-applicable (or form-less) answer: plain and bounded; else null. */
export function plainValue(value: unknown): TAnswers[string] | null {
  if (typeof value === "string") return value.length <= MAX_NOT_APPLICABLE_CHARS ? value : null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (Array.isArray(value) && value.length <= 100 && value.every((v) => typeof v === "string" && v.length <= 1000)) return value as string[];
  return null;
}

export function validateSubmission(definition: TFormDefinition, rawAnswers: Record<string, unknown>, matchPattern: TPatternMatcher): TValidateSubmissionResult {
  const fields = allFields(definition);
  const fieldKeys = new Set(fields.map((f) => f.key));
  const issues: TSubmissionIssue[] = [];
  const warnings: TSubmissionIssue[] = [];
  const notApplicable: TAnswers = {};
  const keep = (key: string, raw: unknown, message: string) => {
    const value = plainValue(raw);
    const isKept = value !== null && Object.keys(notApplicable).length < MAX_NOT_APPLICABLE_KEYS;
    if (isKept) notApplicable[key] = value;
    warnings.push({ path: `answers.${key}`, message: isKept ? message : notKeptMessage(raw, value !== null) });
  };
  for (const key of Object.keys(rawAnswers)) {
    if (!fieldKeys.has(key) && !isEmptyValue(rawAnswers[key])) keep(key, rawAnswers[key], UNKNOWN_FIELD_MESSAGE);
  }

  // Each answer given is validated once: its result decides what applies and, where it applies, is the answer's.
  const results = new Map<string, TFieldValueResult>();
  const valid: TAnswers = {};
  for (const field of fields) {
    if (!Object.hasOwn(rawAnswers, field.key)) continue;
    const result = validateFieldValue(field, rawAnswers[field.key], matchPattern);
    results.set(field.key, result);
    if (result.ok && result.value !== undefined) valid[field.key] = result.value;
  }
  const active = activeFieldKeys(definition, valid);

  const answers: TAnswers = {};
  for (const field of fields) {
    const raw = Object.hasOwn(rawAnswers, field.key) ? rawAnswers[field.key] : undefined;
    const path = `answers.${field.key}`;
    if (!active.has(field.key)) {
      if (field.type !== "statement" && !isEmptyValue(raw)) keep(field.key, raw, NOT_APPLICABLE_MESSAGE);
      continue;
    }
    // An applying question not given is validated here (only for its required message).
    const result = results.get(field.key) ?? validateFieldValue(field, raw, matchPattern);
    if (!result.ok) issues.push(result.code === undefined ? { path, message: result.message } : { path, message: result.message, code: result.code });
    else if (result.value !== undefined) answers[field.key] = result.value;
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, answers, endOutcomeId: stepPath(definition, answers).endOutcomeId, notApplicable, warnings };
}
