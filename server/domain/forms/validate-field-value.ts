// One answer against its field: the same checks and messages on the hosted page (through
// validateStep and the renderer's resolver) and in the submission API. Messages speak to the
// prospect. No zod here: the hosted page ships this file. An email answer is checked by
// isEmailAddress (domain/validation/email-address.ts), the same check as the leads API's person.email.
//
// Decisions: empty (undefined, null, blank text, []) is "no answer" → ok with value undefined, or
// requiredMessage(label) for required fields: `“Work email” is required`, naming the question so a
// screen-reader user moving between errors, and an API client reading a 422, know which one (a
// long label is cut to REQUIRED_LABEL_CHARS with "…"; the page renders it as text). Text is stored
// trimmed. Numbers accept numeric strings ("1200", "1,200,000" with thousands commas); a currency
// amount is never negative and at most 999,999,999,999.99 (validation/money-amount.ts), within
// its question's own minimum and maximum (a stored version's bounds outside that range are held to
// it; the builder refuses them: validation-bounds.ts). A web address without a scheme
// ("acme.com") is stored as https://acme.com. A phone number and a web address take the length and
// pattern the builder offers for them, as for text: on the answer as typed (trimmed), once it is a
// valid phone number / web address. yes_no also accepts true/false, and "Yes", "true", "FALSE" …
// (any case: conditions/yes-no-word.ts), stored as "yes"/"no". Consent accepts
// true/false (and "true"/"false"); a required consent must be true. A statement never takes a
// value. Hidden fields take text (numbers are stored as text) of at most 500 characters.
//
// Safe on public input: every answer is capped in raw length before any other check (MAX_ANSWER_CHARS:
// text 10,000, web address 2,000, hidden 500, email 320, choice values 200, phone / number / date
// 50), and validation patterns run through the matcher the caller passes (the server's is RE2,
// linear time: see pattern-matcher.ts).
import type { TField } from "./definition";
import { optionsOf, type TAnswerValue, type TFieldType } from "./form-fields";
import type { TPatternMatcher } from "./pattern-matcher";
import { yesNoWord } from "../conditions/yes-no-word";
import { isEmailAddress } from "../validation/email-address";
import { moneyAmountIssue, moneyRange } from "../validation/money-amount";
import { parseNumber } from "../validation/number-text";

/**
 * A stable code for a kind of problem that a caller treats apart, whatever its message says:
 * NOT_AN_OPTION_CODE = a choice answer that is not one of the field's options (the leads API adds
 * the allowed values to its message: allowed-options.ts). Other problems carry no code.
 */
export const NOT_AN_OPTION_CODE = "not_an_option";
export type TFieldIssueCode = typeof NOT_AN_OPTION_CODE;

export type TFieldValueResult = { ok: true; value: TAnswerValue | undefined } | { ok: false; message: string; code?: TFieldIssueCode };

/** The most characters of a question's label quoted in a message; longer labels end in "…". */
export const REQUIRED_LABEL_CHARS = 60;

/** The question as a message names it: its label on one line, cut to REQUIRED_LABEL_CHARS. */
export function questionName(label: string): string {
  const text = label.replace(/\s+/g, " ").trim();
  return text.length <= REQUIRED_LABEL_CHARS ? text : `${text.slice(0, REQUIRED_LABEL_CHARS - 1).trimEnd()}…`;
}

/** A required question left empty: `“Work email” is required`. */
export function requiredMessage(label: string): string {
  return `“${questionName(label)}” is required`;
}
export const DEFAULT_MAX_LENGTH: Partial<Record<TField["type"], number>> = { short_text: 500, long_text: 5000 };
const PHONE_CHARS = /^[0-9\s+().-]+$/;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The longest raw answer (characters, before trimming) each type takes; longer is refused before
 * any other check, so no check ever runs on a huge string. Text fields' own maxLength (at most
 * 10,000; default 500 short, 5,000 long) applies too. Each value of a multiple choice counts alone.
 */
export const MAX_ANSWER_CHARS: Record<Exclude<TFieldType, "statement" | "consent">, number> = {
  short_text: 10_000,
  long_text: 10_000,
  url: 2_000,
  hidden: 500,
  email: 320,
  single_choice: 200,
  dropdown: 200,
  company_size: 200,
  yes_no: 200,
  multiple_choice: 200,
  phone: 50,
  number: 50,
  currency: 50,
  date: 50,
};

/**
 * A choice answer that is not one of the field's options (code NOT_AN_OPTION_CODE). The prospect
 * sees the options next to the control, so these stay short; the leads API lists the allowed
 * values in its 422 (domain/forms/allowed-options.ts).
 */
export const NOT_AN_OPTION_MESSAGE = "Please choose one of the options";
export const NOT_FROM_THE_OPTIONS_MESSAGE = "Please choose from the options";
export const NOT_ONLY_THE_OPTIONS_MESSAGE = "Please choose only from the options";

export function tooLongMessage(max: number): string {
  return `This answer is too long (at most ${max.toLocaleString("en-US")} characters)`;
}

export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

export function validateFieldValue(field: TField, value: unknown, matchPattern: TPatternMatcher): TFieldValueResult {
  if (field.type === "statement") return isEmptyValue(value) ? ok(undefined) : fail("This item does not take an answer");
  if (field.type === "consent") return validateConsent(field, value);
  const max = MAX_ANSWER_CHARS[field.type];
  if (isOverLong(value, max)) return fail(tooLongMessage(max));
  if (isEmptyValue(value)) return field.required ? fail(requiredMessage(field.label)) : ok(undefined);
  switch (field.type) {
    case "short_text":
    case "long_text":
      return validateText(field, value, matchPattern);
    case "email":
      return typeof value === "string" && isEmailAddress(value.trim()) ? ok(value.trim()) : fail("Please enter a valid email address");
    case "phone":
      return withTextRules(field, value, validatePhone(value), matchPattern);
    case "url":
      return withTextRules(field, value, validateUrl(value), matchPattern);
    case "number":
      return validateNumber(field, value);
    case "currency":
      return validateCurrency(field, value);
    case "single_choice":
    case "dropdown":
    case "company_size":
    case "yes_no":
      return validateChoice(field, field.type === "yes_no" ? (yesNoWord(value) ?? value) : value);
    case "multiple_choice":
      return validateMultipleChoice(field, value);
    case "date":
      return validateDate(value);
    case "hidden":
      if (typeof value !== "string" && typeof value !== "number") return fail("This value is not valid");
      return String(value).length <= 500 ? ok(String(value)) : fail("This value is too long");
  }
}

/** A string (or any string in a list) longer than `max`; a list longer than `max` values. */
function isOverLong(value: unknown, max: number): boolean {
  if (typeof value === "string") return value.length > max;
  if (Array.isArray(value)) return value.length > max || value.some((v) => typeof v === "string" && v.length > max);
  return false;
}

function ok(value: TAnswerValue | undefined): TFieldValueResult {
  return { ok: true, value };
}

function fail(message: string, code?: TFieldIssueCode): TFieldValueResult {
  return code === undefined ? { ok: false, message } : { ok: false, message, code };
}

function notAnOption(message: string): TFieldValueResult {
  return fail(message, NOT_AN_OPTION_CODE);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function validateText(field: TField, value: unknown, matchPattern: TPatternMatcher): TFieldValueResult {
  if (typeof value !== "string") return fail("Please enter text");
  const text = value.trim();
  const maxLength = field.validation?.maxLength ?? DEFAULT_MAX_LENGTH[field.type] ?? 500;
  return textRulesIssue(field, text, maxLength, matchPattern) ?? ok(text);
}

/** The question's minimum / maximum length and pattern on `text`: the first problem, or null. */
function textRulesIssue(field: TField, text: string, maxLength: number | undefined, matchPattern: TPatternMatcher): TFieldValueResult | null {
  const { minLength, pattern, patternMessage } = field.validation ?? {};
  if (minLength !== undefined && text.length < minLength) return fail(`Please enter at least ${plural(minLength, "character")}`);
  if (maxLength !== undefined && text.length > maxLength) return fail(`Please enter no more than ${plural(maxLength, "character")}`);
  if (pattern !== undefined && !matchPattern(pattern, text)) return fail(patternMessage ?? "Please use the expected format");
  return null;
}

/** A phone number or web address that passed its format check, held to the question's length and pattern (as typed, trimmed). */
function withTextRules(field: TField, value: unknown, checked: TFieldValueResult, matchPattern: TPatternMatcher): TFieldValueResult {
  if (!checked.ok || typeof value !== "string") return checked;
  return textRulesIssue(field, value.trim(), field.validation?.maxLength, matchPattern) ?? checked;
}

function validatePhone(value: unknown): TFieldValueResult {
  if (typeof value !== "string") return fail("Please enter a valid phone number");
  const phone = value.trim();
  const digits = phone.replace(/\D/g, "").length;
  return PHONE_CHARS.test(phone) && digits >= 6 && digits <= 20 ? ok(phone) : fail("Please enter a valid phone number");
}

function validateUrl(value: unknown): TFieldValueResult {
  const message = "Please enter a valid web address, like https://example.com";
  if (typeof value !== "string" || /\s/.test(value.trim()) || value.trim().length > 2000) return fail(message);
  const raw = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    const isWeb = (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
    return isWeb ? ok(withScheme) : fail(message);
  } catch {
    return fail(message);
  }
}

function validateNumber(field: TField, value: unknown): TFieldValueResult {
  const n = parseNumber(value);
  if (n === null) return fail("Please enter a number");
  const { min, max } = field.validation ?? {};
  if (min !== undefined && n < min) return fail(`Please enter a number of at least ${min}`);
  if (max !== undefined && n > max) return fail(`Please enter a number no greater than ${max}`);
  return ok(n);
}

/**
 * An amount: not negative and at most 999,999,999,999.99 (money-amount.ts), within the question's
 * own minimum and maximum; a stored minimum below 0 is held to 0 (validation-bounds.ts refuses it).
 */
function validateCurrency(field: TField, value: unknown): TFieldValueResult {
  const n = parseNumber(value);
  if (n === null) return fail("Please enter an amount");
  const issue = moneyAmountIssue(n, moneyRange(field.validation));
  return issue === null ? ok(n) : fail(issue);
}

function validateChoice(field: TField, value: unknown): TFieldValueResult {
  const isOption = typeof value === "string" && optionsOf(field).some((o) => o.value === value);
  return isOption ? ok(value) : notAnOption(NOT_AN_OPTION_MESSAGE);
}

function validateMultipleChoice(field: TField, value: unknown): TFieldValueResult {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list)) return notAnOption(NOT_FROM_THE_OPTIONS_MESSAGE);
  const values = optionsOf(field).map((o) => o.value);
  if (!list.every((v): v is string => typeof v === "string" && values.includes(v))) return notAnOption(NOT_ONLY_THE_OPTIONS_MESSAGE);
  if (new Set(list).size !== list.length) return fail("Please choose each option only once");
  const { minSelected, maxSelected } = field.validation ?? {};
  if (minSelected !== undefined && list.length < minSelected) return fail(`Please choose at least ${plural(minSelected, "option")}`);
  if (maxSelected !== undefined && list.length > maxSelected) return fail(`Please choose no more than ${plural(maxSelected, "option")}`);
  return ok(list);
}

function validateDate(value: unknown): TFieldValueResult {
  const message = "Please enter a valid date (YYYY-MM-DD)";
  const match = typeof value === "string" ? DATE_SHAPE.exec(value.trim()) : null;
  if (!match) return fail(message);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isReal ? ok(match[0]) : fail(message);
}

function validateConsent(field: TField, value: unknown): TFieldValueResult {
  const flag = value === "true" ? true : value === "false" ? false : value;
  if (flag === undefined || flag === null || flag === "") return field.required ? fail("Please tick this box to continue") : ok(undefined);
  if (typeof flag !== "boolean") return fail("Please tick or untick this box");
  if (field.required && !flag) return fail("Please tick this box to continue");
  return ok(flag);
}
