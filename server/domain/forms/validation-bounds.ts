// A question's validation bounds must leave room for an answer: a minimum above its maximum
// (number and currency min/max, text minLength/maxLength, multiple choice "pick at least/at most")
// makes the question unanswerable — required, it blocks every submission. One rule for the
// builder (shown at the setting's input and in the save status), saving a draft and publishing
// (server/services/forms/form-records.ts parseDraft, checkPublishable).
// Also refused, each the answer check's own limit (validate-field-value.ts):
// - a minimum length over the longest answer the question takes: short / long text 500 / 5,000
//   characters when it sets no maximum, a phone 50 and a web address 2,000 whatever it sets;
// - a multiple choice's "pick at least" over the number of its options ("pick at most" over it is
//   harmless; "pick at most" 0 is refused by ZFieldValidation);
// - a currency question's minimum or maximum outside 0 … 999,999,999,999.99 (money-amount.ts):
//   an amount is never negative nor more than a lead stores, and a bound the form could not honour
//   would mislead; the answer check holds a stored version's bounds to that range (one rule).
// Kept out of ZFieldValidation on purpose: stored versions are parsed with that schema, and a
// published version that already has such bounds must still load (its hosted form, leads' labels).
import type { TField, TFieldValidation } from "./definition";
import { fieldName, type TPublishProblem } from "./publish-check-context";
import { optionsOf } from "./form-fields";
import { DEFAULT_MAX_LENGTH, MAX_ANSWER_CHARS } from "./validate-field-value";
import { MAX_MONEY_AMOUNT, MIN_MONEY_AMOUNT } from "../validation/money-amount";

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
  /** What saving and publishing add after the message: "no answer can meet both". */
  consequence: string;
}

type TBoundsField = Pick<TField, "type" | "validation" | "options">;

const MONEY_RANGE = `set it from ${MIN_MONEY_AMOUNT} to ${MAX_MONEY_AMOUNT.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;

const amount = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** The question's bounds that leave no room for an answer, or that it cannot honour (none when they are fine or unset). */
export function fieldBoundsProblems(field: TBoundsField): TBoundsProblem[] {
  const v = field.validation;
  if (!v) return [];
  const problems: TBoundsProblem[] = [];
  for (const pair of PAIRS) {
    const min = v[pair.min];
    const max = v[pair.max];
    if (typeof min !== "number" || typeof max !== "number" || min <= max) continue;
    problems.push({ at: pair.max, message: `the ${pair.minName} (${amount(min)}) is more than the ${pair.maxName} (${amount(max)})`, consequence: "no answer can meet both" });
  }
  const longest = longestAnswer(field.type, v.maxLength);
  const pairWrong = typeof v.maxLength === "number" && typeof v.minLength === "number" && v.minLength > v.maxLength;
  if (typeof v.minLength === "number" && longest !== undefined && v.minLength > longest && !pairWrong) {
    problems.push({ at: "minLength", message: `the minimum length (${amount(v.minLength)}) is more than the longest answer this question takes (${amount(longest)} characters)`, consequence: "no answer can meet both" });
  }
  if (field.type === "multiple_choice" && typeof v.minSelected === "number") {
    const count = optionsOf(field).length;
    const pickWrong = typeof v.maxSelected === "number" && v.minSelected > v.maxSelected;
    if (v.minSelected > count && !pickWrong) {
      problems.push({ at: "minSelected", message: `the “pick at least” (${amount(v.minSelected)}) is more than the options this question has (${amount(count)})`, consequence: "no answer can meet it" });
    }
  }
  if (field.type === "currency") problems.push(...moneyBoundProblems(v));
  return problems;
}

/** The longest answer a question with length settings takes: its own maximum (text), capped by what the type takes at all; undefined when unbounded here. */
function longestAnswer(type: TField["type"], maxLength: number | undefined): number | undefined {
  if (type === "short_text" || type === "long_text") return maxLength === undefined ? DEFAULT_MAX_LENGTH[type] : undefined;
  if (type === "phone" || type === "url") return MAX_ANSWER_CHARS[type];
  return undefined;
}

/** A currency question's bounds outside 0 … MAX_MONEY_AMOUNT, each at its own input. */
function moneyBoundProblems(v: TFieldValidation): TBoundsProblem[] {
  const problems: TBoundsProblem[] = [];
  for (const [key, name] of [["min", "minimum"], ["max", "maximum"]] as const) {
    const bound = v[key];
    if (typeof bound !== "number") continue;
    if (bound < MIN_MONEY_AMOUNT) problems.push({ at: key, message: `the ${name} (${amount(bound)}) is less than the smallest amount this question takes (${amount(MIN_MONEY_AMOUNT)})`, consequence: MONEY_RANGE });
    else if (bound > MAX_MONEY_AMOUNT) problems.push({ at: key, message: `the ${name} (${amount(bound)}) is more than the largest amount this question takes (${amount(MAX_MONEY_AMOUNT)})`, consequence: MONEY_RANGE });
  }
  return problems;
}

/** Every question's bounds problem, for save and publish: path steps.<i>.fields.<j>.validation.<setting> (after `prefix`). */
export function validationBoundsProblems(definition: { steps: readonly { fields: readonly Pick<TField, "key" | "label" | "type" | "validation" | "options">[] }[] }, prefix = ""): TPublishProblem[] {
  return definition.steps.flatMap((step, i) =>
    step.fields.flatMap((field, j) =>
      fieldBoundsProblems(field).map((p) => ({
        path: `${prefix}steps.${i}.fields.${j}.validation.${p.at}`,
        fieldKey: field.key,
        message: `${fieldName(field)}: ${p.message}; ${p.consequence}`,
      })),
    ),
  );
}
