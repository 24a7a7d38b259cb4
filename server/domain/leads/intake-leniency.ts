// Where the intake keeps a lead instead of refusing it (the API's promise: a lead is never lost to
// strictness). Pure helpers of buildLead; each leniency is told back as a warning at its path.
//   - tier / estimatedValue sent with a form: ignored (the form's scoring sets them), a warning each;
//   - the form's email question left out while a trusted caller names the person: person.email
//     answers it (a CRM sends the contact as `person`, not as an answer);
//   - person.email and the email answer disagree: person.email is the lead's contact, the answer
//     is kept as given, and a warning says so;
//   - without a form, more than MAX_FREE_ANSWERS answers: the first ones are kept, each of the
//     others left out with a warning (as a form keeps at most 100 not-applicable answers);
//   - no way to reply (no email and no phone: a form whose email question is optional or hidden,
//     an API lead with only a company answer and no person): kept, scored and routed like any lead
//     (a rep can still research the company), with one warning saying nobody can reply to it.
//     Its path is where a contact would go: the form's email question (`answers.<key>`), else
//     `person` on the leads API, else `answers`; at a path that already has a warning (the
//     required email question left out) it joins that warning's message: one warning per path;
//   - on the leads API, empty or blank text for an optional property ("" for a field a CRM does not
//     have) is not given, like null (readCreateLeadRequest, create-lead-request.ts): its warning
//     comes first (the request's own values), joined by any other at its path (withLeadingWarnings).
import { allFields, type TFormDefinition } from "../forms/definition";
import { isEmptyValue } from "../forms/validate-answers";
import type { TRequestIssue } from "../validation/request-issues";
import { MAX_FREE_ANSWERS } from "./create-lead-request";

export const FORM_SCORES_MESSAGE = "Ignored: the form's scoring sets this when you name a form";
export const NO_CONTACT_MESSAGE = "No email or phone given: the lead is kept, but nobody can reply to it until someone finds a way to reach it";
/** The same, joined to the warning already at its path (the required email question left out). */
export const NO_CONTACT_NOTE = "No email or phone given either: nobody can reply to it until someone finds a way to reach it";
/** The answers of a lead without a form that are a way to reply. */
const FREE_CONTACT_KEYS = ["email", "phone"] as const;
export const TOO_MANY_FREE_ANSWERS_MESSAGE = `At most ${MAX_FREE_ANSWERS} answers are kept on a lead without a form: not kept`;

/** Warnings for the values a form computes itself, when they were sent with a form. */
export function formComputedWarnings(intake: { tier?: string; estimatedValue?: number }): TRequestIssue[] {
  return (["tier", "estimatedValue"] as const).filter((key) => intake[key] !== undefined).map((path) => ({ path, message: FORM_SCORES_MESSAGE }));
}

/** The key of the form's email question (the one the person comes from), or null. */
export function emailFieldKey(definition: TFormDefinition): string | null {
  return allFields(definition).find((f) => f.type === "email")?.key ?? null;
}

/** The key of the form's first answered email question (the one personFromAnswers takes), or null. */
export function answeredEmailKey(definition: TFormDefinition, answers: Record<string, unknown>): string | null {
  return allFields(definition).find((f) => f.type === "email" && typeof answers[f.key] === "string" && (answers[f.key] as string).trim())?.key ?? null;
}

/** The answers with person.email answering the form's email question when they leave it out. */
export function withPersonEmail(definition: TFormDefinition, answers: Record<string, unknown>, personEmail: string | undefined): Record<string, unknown> {
  const key = emailFieldKey(definition);
  if (!key || !personEmail || !isEmptyValue(answers[key])) return answers;
  return { ...answers, [key]: personEmail };
}

/** A warning when the email answer and person.email differ (case aside): which one the lead's contact is. */
export function emailConflictWarning(answerKey: string | null, answerEmail: unknown, personEmail: string | undefined): TRequestIssue[] {
  if (!answerKey || !personEmail || typeof answerEmail !== "string" || !answerEmail.trim()) return [];
  if (answerEmail.trim().toLowerCase() === personEmail.trim().toLowerCase()) return [];
  return [{ path: "person.email", message: `Differs from answers.${answerKey}: person.email is the lead's contact; the answer is kept as given` }];
}

/** The first MAX_FREE_ANSWERS answers; each one past them left out with a warning. */
export function capFreeAnswers<T>(answers: Record<string, T>): { answers: Record<string, T>; warnings: TRequestIssue[] } {
  const entries = Object.entries(answers);
  if (entries.length <= MAX_FREE_ANSWERS) return { answers, warnings: [] };
  return {
    answers: Object.fromEntries(entries.slice(0, MAX_FREE_ANSWERS)),
    warnings: entries.slice(MAX_FREE_ANSWERS).map(([key]) => ({ path: `answers.${key}`, message: TOO_MANY_FREE_ANSWERS_MESSAGE })),
  };
}

/**
 * Whether anyone can reply to the lead: the person it is linked to (an email, from a trusted
 * caller's person or the form's email question), a phone (person.phone — with or without an email:
 * a contact with no email keeps its phone on the lead —, an answer to a phone question), or —
 * without a form — an `email` or `phone` answer.
 */
export function hasWayToReply(definition: TFormDefinition | null, answers: Record<string, unknown>, person: { email?: string | null; phone?: string | null } | null): boolean {
  if (person?.email || person?.phone) return true;
  if (!definition) return FREE_CONTACT_KEYS.some((key) => !isEmptyValue(answers[key]));
  return allFields(definition).some((f) => f.type === "phone" && !isEmptyValue(answers[f.key]));
}

/** Where the warning about a lead nobody can reply to points: the form's email question, else `person` (leads API), else `answers`. */
export function noContactPath(definition: TFormDefinition | null, via: "api" | undefined): string {
  const key = definition ? emailFieldKey(definition) : null;
  return key ? `answers.${key}` : via === "api" ? "person" : "answers";
}

/** `warnings` with the one about a lead nobody can reply to: its own entry, or joined to the warning already at its path. */
export function withNoContactWarning(warnings: TRequestIssue[], path: string): TRequestIssue[] {
  if (!warnings.some((w) => w.path === path)) return [...warnings, { path, message: NO_CONTACT_MESSAGE }];
  return warnings.map((w) => (w.path === path ? { path, message: `${w.message}. ${NO_CONTACT_NOTE}` } : w));
}

/** `first`, then `warnings`; a warning of `warnings` at a path of `first` joins that one's message (one warning per path: `person: ""` and nobody to reply to). */
export function withLeadingWarnings(first: readonly TRequestIssue[], warnings: readonly TRequestIssue[]): TRequestIssue[] {
  const joined = first.map(({ path, message }) => ({ path, message: [message, ...warnings.filter((w) => w.path === path).map((w) => w.message)].join(". ") }));
  return [...joined, ...warnings.filter((w) => !first.some((f) => f.path === w.path))];
}
