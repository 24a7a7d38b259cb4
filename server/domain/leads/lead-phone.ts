// The number a rep calls for a lead, and the tel: link that dials it. Speed-to-lead is often a
// phone call: the lead page and the rep alert show the number next to the email. A phone the
// prospect typed into this lead's form (its phone question) is the freshest; else the person's own
// (an API key's `person.phone`: an anonymous submission never changes the person record). A lead
// sent without a form has no phone question: its answer keyed `phone` is its number, as it is its
// way to reply for the intake (intake-leniency.ts). Pure.

/** The answer key that is a phone without a question saying so (a form-less lead's `phone`). */
export const FREE_PHONE_KEY = "phone";

const isGiven = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/**
 * The lead's phone: its first answered phone question, else an answer keyed `phone` that no
 * question of its form labels (type "unknown": a form-less lead's), else the person's phone; null
 * when none.
 */
export function leadPhone(personPhone: string | null | undefined, answers: readonly { key?: string; type: string; value: unknown }[]): string | null {
  const answered = answers.find((a) => a.type === "phone" && isGiven(a.value)) ?? answers.find((a) => a.type === "unknown" && a.key === FREE_PHONE_KEY && isGiven(a.value));
  const phone = typeof answered?.value === "string" ? answered.value : personPhone;
  return phone?.trim() || null;
}

const MIN_DIGITS = 3;
const MAX_DIGITS = 20;
/** Where an extension starts: "ext. 12", "x12", "#12" (a fixed pattern over at most 50 characters). */
const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*(\d+)\s*$/i;

/**
 * A tel: URI (RFC 3966) for a number as people type it: "+1 (555) 010-0199" → "tel:+15550100199",
 * "030 1234567 ext. 12" → "tel:0301234567;ext=12". Only digits, a leading "+" and the extension
 * reach the link. Null for what cannot be dialled (fewer than 3 or more than 20 digits, letters).
 */
export function telHref(phone: string): string | null {
  const typed = phone.trim();
  const extension = EXTENSION.exec(typed);
  const main = extension ? typed.slice(0, extension.index) : typed;
  if (/[a-z]/i.test(main)) return null;
  const digits = main.replace(/\D/g, "");
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  const prefix = main.startsWith("+") ? "+" : "";
  return `tel:${prefix}${digits}${extension ? `;ext=${extension[1]}` : ""}`;
}

type TPhoneDefinition = { steps: readonly { fields: readonly { key: string; type: string }[] }[] } | null;

/** The answer keys leadPhoneOf reads: the version's phone questions in the form's order, then `phone` unless a question owns that key. */
export function phoneAnswerKeys(definition: TPhoneDefinition): string[] {
  const fields = (definition?.steps ?? []).flatMap((step) => step.fields);
  const questions = fields.filter((field) => field.type === "phone").map((field) => field.key);
  return fields.some((field) => field.key === FREE_PHONE_KEY) ? questions : [...questions, FREE_PHONE_KEY];
}

/** The same from a lead's stored answers and its form version's definition (null: a form-less lead). */
export function leadPhoneOf(personPhone: string | null | undefined, definition: TPhoneDefinition, answers: unknown): string | null {
  const record = answers !== null && typeof answers === "object" && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
  const questions = new Set((definition?.steps ?? []).flatMap((step) => step.fields).filter((field) => field.type === "phone").map((field) => field.key));
  return leadPhone(personPhone, phoneAnswerKeys(definition).map((key) => ({ key, type: questions.has(key) ? "phone" : "unknown", value: record[key] })));
}
