// The answer columns of a leads CSV: those of the leads exported, not of the whole workspace. First
// the questions of the exported leads' forms — forms by name, each form's questions in its order
// (its current version, then what its older versions asked of the exported leads), a statement
// (no answer) left out — so one form's export is that form's table, the same every time. Then
// every other key the exported leads hold, sorted, so nothing a lead holds is lost: an answer
// without a question (a form-less API lead, a removed question) as `answers.<key>`, an answer kept
// as not applicable (hidden by the form's logic, a key the form does not have) as
// `notApplicableAnswers.<key>` — the lead resource's field names. Pure: no I/O.
import { allFields, type TFieldType } from "../forms/form-fields";
import type { TCsvValue } from "./csv";
import { answerCellValue } from "./csv";

/** A form version's definition, as far as columns go (ZFormDefinition's shape). */
export interface TColumnsDefinition {
  steps: readonly { fields: readonly { key: string; type: TFieldType }[] }[];
}

export interface TColumnsForm {
  id: string;
  name: string;
  /** The definitions to take questions from, in order: the current version first, then older ones newest first. */
  definitions: readonly TColumnsDefinition[];
}

export interface TAnswerColumnsInput {
  /** The forms of the exported leads (and of the export's form filter). */
  forms: readonly TColumnsForm[];
  /** Keys of the exported leads' answers. */
  answerKeys: Iterable<string>;
  /** Keys of the exported leads' not-applicable answers. */
  notApplicableKeys: Iterable<string>;
}

export type TAnswerField = "answers" | "notApplicableAnswers";

export interface TAnswerColumn {
  field: TAnswerField;
  key: string;
  /** `answers.<key>` / `notApplicableAnswers.<key>` */
  header: string;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const column = (field: TAnswerField, key: string): TAnswerColumn => ({ field, key, header: `${field}.${key}` });

/** The questions of a definition that take an answer, in the form's order. */
export function answerKeysOf(definition: TColumnsDefinition): string[] {
  return allFields(definition)
    .filter((field) => field.type !== "statement")
    .map((field) => field.key);
}

export function leadAnswerColumns(input: TAnswerColumnsInput): TAnswerColumn[] {
  const questions = new Set<string>();
  const forms = [...input.forms].sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id));
  for (const form of forms) for (const definition of form.definitions) for (const key of answerKeysOf(definition)) questions.add(key);
  const unasked = [...new Set(input.answerKeys)].filter((key) => !questions.has(key)).sort(byCodePoint);
  const notApplicable = [...new Set(input.notApplicableKeys)].sort(byCodePoint);
  return [...[...questions, ...unasked].map((key) => column("answers", key)), ...notApplicable.map((key) => column("notApplicableAnswers", key))];
}

/** A stored answers object (anything else reads as none). */
function recordOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** One lead's answer cells under these columns. */
export function answerCells(columns: readonly TAnswerColumn[], lead: { answers: unknown; notApplicableAnswers: unknown }): TCsvValue[] {
  const stored: Record<TAnswerField, Record<string, unknown>> = { answers: recordOf(lead.answers), notApplicableAnswers: recordOf(lead.notApplicableAnswers) };
  return columns.map((c) => (Object.hasOwn(stored[c.field], c.key) ? answerCellValue(stored[c.field][c.key]) : null));
}
