// The allowed values of a choice question, added to an API's 422 for an answer that is not one of
// them: "Please choose one of the options: “1-19”, “20-199”, …". An integrator (POST
// /api/v1/leads, POST /api/v1/routing/test) cannot see the form, so the message says what to send.
// The hosted form and the embed keep the short message (validate-field-value.ts): the prospect
// sees the options next to the control. Values, not labels (the API takes values), in the form's
// order, the first MAX_LISTED_OPTIONS of them and "…and N more" (a field has up to 200). Pure.
import type { TFormDefinition } from "./definition";
import { allFields, CHOICE_FIELD_TYPES, optionsOf } from "./form-fields";
import { NOT_AN_OPTION_CODE } from "./validate-field-value";

/** The most option values one message lists; the rest are counted. */
export const MAX_LISTED_OPTIONS = 20;

const CHOICE_TYPES: ReadonlySet<string> = new Set([...CHOICE_FIELD_TYPES, "yes_no"]);

/** `“a”, “b”, “c”`; past MAX_LISTED_OPTIONS: `“a”, …, “t”, …and 5 more`. */
export function listOptionValues(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED_OPTIONS).map((value) => `“${value}”`).join(", ");
  const more = values.length - MAX_LISTED_OPTIONS;
  return more > 0 ? `${shown}, …and ${more} more` : shown;
}

/**
 * The issues at `<prefix>answers.<key>` of a choice question whose code is NOT_AN_OPTION_CODE (as
 * validateFieldValue gives it, through validateSubmission) with its allowed values after the
 * message; every other issue as it is. Keyed on the code, not the message text, so a reworded
 * message still gets its list.
 */
export function withAllowedOptions<T extends { path: string; message: string; code?: string }>(definition: Pick<TFormDefinition, "steps">, issues: readonly T[], prefix = ""): T[] {
  const fields = new Map(allFields(definition).map((field) => [`${prefix}answers.${field.key}`, field]));
  return issues.map((issue) => {
    const field = fields.get(issue.path);
    if (!field || !CHOICE_TYPES.has(field.type) || issue.code !== NOT_AN_OPTION_CODE) return issue;
    const values = optionsOf(field).map((option) => option.value);
    return values.length === 0 ? issue : { ...issue, message: `${issue.message}: ${listOptionValues(values)}` };
  });
}
