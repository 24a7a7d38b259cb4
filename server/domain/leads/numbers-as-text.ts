// A trusted caller's number for a text question is taken as its text (POST /api/v1/leads with an
// API key). CRMs send zip codes, employee counts and phone numbers as JSON numbers; refusing them
// lost the lead (a 422 "Please enter text"), while person.name/company/phone already took a number
// as its text (create-lead-request.ts). The same rule for the answers: a finite number for a short
// text, long text or phone question becomes its text (String(n): 94107 → "94107") and is then
// validated as text as usual (length, pattern, a phone's format), so a value that still does not
// fit is a 422 at its path. No warning, as for person.name: nothing is lost (JSON carried no more
// than the number). Not converted: an email or a web address (a number can never be one: it stays
// a 422), a date, a choice, a number / currency question (they take numbers), and a hidden field
// (it takes numbers itself). An answer that does not apply is kept as given (a number stays a
// number in notApplicableAnswers). The public submissions endpoint stays strict (the hosted form
// and the embed always send text; a custom front end sees the 422 on its first try).
// Pure: used by checkAnswers (missing-required.ts) for trusted callers only.
import { allFields, type TAnswers, type TFieldType, type TFormDefinition } from "../forms/definition";

/** The question types whose answer is text that a number can spell. */
export const NUMBER_AS_TEXT_TYPES: ReadonlySet<TFieldType> = new Set<TFieldType>(["short_text", "long_text", "phone"]);

/** The answers with each finite number for a text-like question as its text, and the keys converted. */
export function withNumbersAsText(definition: TFormDefinition, answers: Record<string, unknown>): { answers: Record<string, unknown>; converted: ReadonlyMap<string, number> } {
  const converted = new Map<string, number>();
  for (const field of allFields(definition)) {
    const value = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
    if (NUMBER_AS_TEXT_TYPES.has(field.type) && typeof value === "number" && Number.isFinite(value)) converted.set(field.key, value);
  }
  if (converted.size === 0) return { answers, converted };
  const texts = Object.fromEntries([...converted].map(([key, n]) => [key, String(n)]));
  return { answers: { ...answers, ...texts }, converted };
}

/** Not-applicable answers with each converted number back as it was sent (kept as given). */
export function withNumbersAsSent(notApplicable: TAnswers, converted: ReadonlyMap<string, number>): TAnswers {
  if (converted.size === 0 || !Object.keys(notApplicable).some((key) => converted.has(key))) return notApplicable;
  return Object.fromEntries(Object.entries(notApplicable).map(([key, value]) => [key, converted.get(key) ?? value]));
}
