// Between react-hook-form's input values (strings, booleans, string lists) and typed answers
// (TAnswers: numbers for number/currency, string[] for multiple choice, true for consent).
// Pure: used by the renderer, the hosted page and the preview alike.
import type { TField, TFormDefinition } from "@/server/domain/forms/definition";
import { allFields, type TAnswers, type TAnswerValue } from "@/server/domain/forms/form-fields";

/** What react-hook-form holds for one field. */
export type TInputValue = string | boolean | string[] | null | undefined;
export type TFormValues = Record<string, TInputValue>;

/** Fields the prospect fills in (statements and hidden fields have no input). */
export function isInputField(field: TField): boolean {
  return field.type !== "statement" && field.type !== "hidden";
}

function toArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
  if (typeof value === "string" && value !== "") return [value];
  return [];
}

/** One input value as a typed answer; undefined when empty. Unparseable numbers stay strings so validation reports them. */
export function toAnswerValue(field: TField, value: unknown): TAnswerValue | undefined {
  switch (field.type) {
    case "statement":
      return undefined;
    case "multiple_choice": {
      const list = toArray(value);
      return list.length ? list : undefined;
    }
    case "consent":
      return value === true || value === "true" || value === "on" ? true : undefined;
    case "number":
    case "currency": {
      if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
      if (typeof value !== "string" || value.trim() === "") return undefined;
      const n = Number(value.trim().replace(/,/g, ""));
      return Number.isFinite(n) ? n : value;
    }
    default:
      if (typeof value === "string") return value === "" ? undefined : value;
      if (typeof value === "number" || typeof value === "boolean") return value;
      return undefined;
  }
}

/** Typed answers from the form's values (input fields only), merged over `hiddenValues`. */
export function toAnswers(definition: Pick<TFormDefinition, "steps">, values: Record<string, unknown>, hiddenValues: TAnswers = {}): TAnswers {
  const answers: TAnswers = { ...hiddenValues };
  for (const field of allFields(definition)) {
    if (!isInputField(field)) continue;
    const value = toAnswerValue(field, values[field.key]);
    if (value === undefined) delete answers[field.key];
    else answers[field.key] = value;
  }
  return answers;
}

function toInputValue(field: TField, answer: TAnswerValue | undefined): TInputValue {
  switch (field.type) {
    case "multiple_choice":
      return Array.isArray(answer) ? answer : typeof answer === "string" ? [answer] : [];
    case "consent":
      return answer === true;
    case "number":
    case "currency":
      return typeof answer === "number" ? String(answer) : typeof answer === "string" ? answer : "";
    default:
      return typeof answer === "string" ? answer : typeof answer === "number" ? String(answer) : "";
  }
}

/** Default values for react-hook-form: every input field gets one (empty when unanswered). */
export function toFormValues(definition: Pick<TFormDefinition, "steps">, answers: TAnswers = {}): TFormValues {
  const values: TFormValues = {};
  for (const field of allFields(definition)) {
    if (isInputField(field)) values[field.key] = toInputValue(field, answers[field.key]);
  }
  return values;
}

/** Only the answers whose key is in `keys` (e.g. activeFieldKeys: questions hidden by logic are dropped). */
export function pickAnswers(answers: TAnswers, keys: ReadonlySet<string>): TAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keys.has(key)));
}

/** Answers with every unanswered input field present as null (stepSchema wants each key it checks). */
export function withEmptyKeys(definition: Pick<TFormDefinition, "steps">, answers: TAnswers): Record<string, TAnswerValue | null> {
  const result: Record<string, TAnswerValue | null> = { ...answers };
  for (const field of allFields(definition)) if (isInputField(field) && !(field.key in result)) result[field.key] = null;
  return result;
}
