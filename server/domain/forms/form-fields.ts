// Reading a form definition without its schema: field types, option lists, every field. No zod
// here, so the hosted form page (and the embed) can import these without shipping the schema;
// definition.ts re-exports them next to ZFormDefinition.
// Structural types only (definition.ts imports this file, so nothing is imported back from it).

export const FIELD_TYPES = [
  "short_text",
  "long_text",
  "email",
  "phone",
  "url",
  "number",
  "currency",
  "single_choice",
  "multiple_choice",
  "dropdown",
  "yes_no",
  "date",
  "company_size",
  "consent",
  "statement",
  "hidden",
] as const;
export type TFieldType = (typeof FIELD_TYPES)[number];

/** Field types whose answer is one of `options` (or several, for multiple_choice). */
export const CHOICE_FIELD_TYPES: readonly TFieldType[] = ["single_choice", "multiple_choice", "dropdown", "company_size"];

/** Default bands offered by a company_size field when it lists no options of its own. */
export const COMPANY_SIZE_BANDS = [
  { value: "1-10", label: "1–10" },
  { value: "11-50", label: "11–50" },
  { value: "51-200", label: "51–200" },
  { value: "201-1000", label: "201–1,000" },
  { value: "1001-5000", label: "1,001–5,000" },
  { value: "5001+", label: "5,001+" },
] as const;

/** Keys a hidden field may be filled from (URL / embed parameters); any other name is allowed too. */
export const KNOWN_HIDDEN_SOURCES = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid", "fbclid", "referrer"] as const;

/** An answer value as submitted and stored. */
export type TAnswerValue = string | number | boolean | string[];
export type TAnswers = Record<string, TAnswerValue>;

/** An option of a choice field (ZFieldOption's shape). */
export interface TOption {
  value: string;
  label: string;
}

/** Every field of every step, in order. */
export function allFields<TFieldOf>(definition: { steps: readonly { fields: readonly TFieldOf[] }[] }): TFieldOf[] {
  return definition.steps.flatMap((s) => s.fields);
}

export function optionsOf(field: { type: TFieldType; options?: readonly TOption[] }): readonly TOption[] {
  if (field.type === "company_size" && !field.options?.length) return COMPANY_SIZE_BANDS;
  if (field.type === "yes_no") return [{ value: "yes", label: "Yes" }, { value: "no", label: "No" }];
  return field.options ?? [];
}
