// A trusted caller's number for a text question is taken as its text (POST /api/v1/leads with an
// API key). CRMs send zip codes, employee counts and phone numbers as JSON numbers; refusing them
// lost the lead (a 422 "Please enter text"), while person.name/company/phone already took a number
// as its text (create-lead-request.ts). The same rule for the answers: a finite number for a short
// text, long text or phone question becomes its text (String(n): 94107 → "94107") and is then
// validated as text as usual (length, pattern, a phone's format), so a value that still does not
// fit is a 422 at its path. No warning, as for person.name: nothing is lost (JSON carried no more
// than the number). A choice's option whose value is a number's text is that number's answer too
// (a CRM's picklist of seats "5", "10", "25" sends 10, or [5, 10] for a multiple choice); a number
// that is no option's value stays a 422 "Please choose one of the options". Not converted: an
// email or a web address (a number can never be one: it stays a 422), a date, a number / currency
// question (they take numbers), and a hidden field (it takes numbers itself). Likewise a choice's
// option value written in another letter case or with spaces around ("VP", " Vp " for the option
// "vp"; each value of a multiple choice's list) is that option: a CRM's picklist sends it so, and
// it was a 422 "not one of the options" that lost the lead. Only when exactly one option reads so
// (options "a" and "A" take only their exact values); an option's label is not its value (still a
// 422, listing the values). An answer that does not apply is kept as given (a number stays a
// number, "VP" stays "VP" in notApplicableAnswers). The public submissions endpoint stays strict (the hosted form
// and the embed always send text; a custom front end sees the 422 on its first try).
// Pure: used by checkAnswers (missing-required.ts) for trusted callers only.
import { allFields, type TAnswers, type TField, type TFieldType, type TFormDefinition } from "../forms/definition";
import { optionsOf } from "../forms/form-fields";

/** The question types whose answer is text that a number can spell. */
export const NUMBER_AS_TEXT_TYPES: ReadonlySet<TFieldType> = new Set<TFieldType>(["short_text", "long_text", "phone"]);

/** The choice questions whose option values a number can spell (yes/no's "yes"/"no" never). */
const NUMBER_AS_OPTION_TYPES: ReadonlySet<TFieldType> = new Set<TFieldType>(["single_choice", "dropdown", "company_size"]);

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** The option value `text` names in another letter case (or with spaces around), when exactly one option does; undefined when it is one already, or none (or two) does. */
function optionInAnyCase(field: TField, text: string): string | undefined {
  const options = optionsOf(field);
  if (options.some((option) => option.value === text)) return undefined;
  const wanted = text.trim().toLowerCase();
  const named = options.filter((option) => option.value.toLowerCase() === wanted);
  return named.length === 1 ? named[0]!.value : undefined;
}

/** The value with a number spelled as text (or an option's value in another case as that value) where the question takes it so; undefined when nothing changes. */
function asText(field: TField, value: unknown): unknown {
  if (NUMBER_AS_TEXT_TYPES.has(field.type)) return isFiniteNumber(value) ? String(value) : undefined;
  const isOption = (n: number) => optionsOf(field).some((option) => option.value === String(n));
  const asOption = (item: unknown) => (isFiniteNumber(item) && isOption(item) ? String(item) : typeof item === "string" ? optionInAnyCase(field, item) : undefined);
  if (NUMBER_AS_OPTION_TYPES.has(field.type) || (field.type === "multiple_choice" && typeof value === "string")) return asOption(value);
  if (field.type === "multiple_choice" && Array.isArray(value) && value.some((item) => asOption(item) !== undefined)) {
    return value.map((item: unknown) => asOption(item) ?? item);
  }
  return undefined;
}

/**
 * The answers with each finite number for a text-like question (or spelling a choice's option) as
 * its text, and the single numbers converted, by key (a multiple choice's list stays as text: a
 * list of numbers is no answer value).
 */
export function withNumbersAsText(definition: TFormDefinition, answers: Record<string, unknown>): { answers: Record<string, unknown>; converted: ReadonlyMap<string, number | string> } {
  const converted = new Map<string, number | string>();
  const texts: Record<string, unknown> = {};
  for (const field of allFields(definition)) {
    const value = Object.hasOwn(answers, field.key) ? answers[field.key] : undefined;
    const text = asText(field, value);
    if (text === undefined) continue;
    texts[field.key] = text;
    if (isFiniteNumber(value) || typeof value === "string") converted.set(field.key, value);
  }
  if (Object.keys(texts).length === 0) return { answers, converted };
  return { answers: { ...answers, ...texts }, converted };
}

/** Not-applicable answers with each converted number (or case-folded option) back as it was sent (kept as given). */
export function withNumbersAsSent(notApplicable: TAnswers, converted: ReadonlyMap<string, number | string>): TAnswers {
  if (converted.size === 0 || !Object.keys(notApplicable).some((key) => converted.has(key))) return notApplicable;
  return Object.fromEntries(Object.entries(notApplicable).map(([key, value]) => [key, converted.get(key) ?? value]));
}
