// A question's validation bounds must leave room for an answer: a minimum above its maximum
// (number and currency min/max, text minLength/maxLength, multiple choice "pick at least/at most")
// makes the question unanswerable — required, it blocks every submission. One rule for the
// builder (shown at the Maximum input and in the save status), saving a draft and publishing
// (server/services/forms/form-records.ts parseDraft, checkPublishable).
// A short or long text's minimum length is also held against the longest answer it takes when it
// sets no maximum (validate-field-value.ts: 500 / 5,000 characters).
// Kept out of ZFieldValidation on purpose: stored versions are parsed with that schema, and a
// published version that already has such bounds must still load (its hosted form, leads' labels).
import type { TField, TFieldValidation } from "./definition";
import { fieldName, type TPublishProblem } from "./publish-check-context";
import { DEFAULT_MAX_LENGTH } from "./validate-field-value";

type TBoundPair = { min: keyof TFieldValidation; max: keyof TFieldValidation; minName: string; maxName: string };

const PAIRS: readonly TBoundPair[] = [
  { min: "min", max: "max", minName: "minimum", maxName: "maximum" },
  { min: "minLength", max: "maxLength", minName: "minimum length", maxName: "maximum length" },
  { min: "minSelected", max: "maxSelected", minName: "“pick at least”", maxName: "“pick at most”" },
];

export interface TBoundsProblem {
  /** The validation setting the problem is shown at (the pair's maximum): "max", "maxLength", "maxSelected". */
  at: keyof TFieldValidation;
  /** Without the question's name: "the minimum (500) is more than the maximum (100)". */
  message: string;
}

const amount = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** The question's bounds that leave no room for an answer (none when they are fine or unset). */
export function fieldBoundsProblems(field: Pick<TField, "type" | "validation">): TBoundsProblem[] {
  const v = field.validation;
  if (!v) return [];
  const problems: TBoundsProblem[] = [];
  for (const pair of PAIRS) {
    const min = v[pair.min];
    const max = v[pair.max];
    if (typeof min !== "number" || typeof max !== "number" || min <= max) continue;
    problems.push({ at: pair.max, message: `the ${pair.minName} (${amount(min)}) is more than the ${pair.maxName} (${amount(max)})` });
  }
  const longest = DEFAULT_MAX_LENGTH[field.type];
  if (v.maxLength === undefined && typeof v.minLength === "number" && longest !== undefined && v.minLength > longest) {
    problems.push({ at: "minLength", message: `the minimum length (${amount(v.minLength)}) is more than the longest answer this question takes (${amount(longest)} characters)` });
  }
  return problems;
}

/** Every question's bounds problem, for save and publish: path steps.<i>.fields.<j>.validation.<max> (after `prefix`). */
export function validationBoundsProblems(definition: { steps: readonly { fields: readonly Pick<TField, "key" | "label" | "type" | "validation">[] }[] }, prefix = ""): TPublishProblem[] {
  return definition.steps.flatMap((step, i) =>
    step.fields.flatMap((field, j) =>
      fieldBoundsProblems(field).map((p) => ({
        path: `${prefix}steps.${i}.fields.${j}.validation.${p.at}`,
        fieldKey: field.key,
        message: `${fieldName(field)}: ${p.message}; no answer can meet both`,
      })),
    ),
  );
}
