import { describe, expect, it } from "vitest";
import type { TField, TFieldValidation } from "./definition";
import { fieldBoundsProblems, validationBoundsProblems, type TBoundsProblem } from "./validation-bounds";

type TBoundsField = Pick<TField, "type" | "validation" | "options">;
const field = (type: TField["type"], validation?: TFieldValidation): TBoundsField => ({ type, validation });
const options = (n: number) => Array.from({ length: n }, (_, i) => ({ value: `o${i + 1}`, label: `Option ${i + 1}` }));
const choices = (n: number, validation: TFieldValidation): TBoundsField => ({ type: "multiple_choice", options: options(n), validation });

describe("fieldBoundsProblems", () => {
  it.each<[string, TBoundsField, Pick<TBoundsProblem, "at" | "message">[]]>([
    ["no validation", field("number"), []],
    ["only a minimum", field("number", { min: 10 }), []],
    ["only a maximum", field("number", { max: 10 }), []],
    ["minimum below the maximum", field("number", { min: 1, max: 10 }), []],
    ["minimum equal to the maximum", field("number", { min: 10, max: 10 }), []],
    ["number: minimum above the maximum", field("number", { min: 11, max: 10 }), [{ at: "max", message: "the minimum (11) is more than the maximum (10)" }]],
    ["number: negative bounds the wrong way round", field("number", { min: -1, max: -5 }), [{ at: "max", message: "the minimum (-1) is more than the maximum (-5)" }]],
    ["number: decimals", field("number", { min: 1.5, max: 1.25 }), [{ at: "max", message: "the minimum (1.5) is more than the maximum (1.25)" }]],
    ["currency: minimum above the maximum, amounts grouped", field("currency", { min: 250_000, max: 10_000 }), [{ at: "max", message: "the minimum (250,000) is more than the maximum (10,000)" }]],
    ["short text: minimum length above the maximum length", field("short_text", { minLength: 8, maxLength: 3 }), [{ at: "maxLength", message: "the minimum length (8) is more than the maximum length (3)" }]],
    ["phone: minimum length above the maximum length", field("phone", { minLength: 20, maxLength: 12 }), [{ at: "maxLength", message: "the minimum length (20) is more than the maximum length (12)" }]],
    ["short text: minimum length above the longest answer it takes", field("short_text", { minLength: 501 }), [{ at: "minLength", message: "the minimum length (501) is more than the longest answer this question takes (500 characters)" }]],
    ["short text: minimum length at the longest answer it takes", field("short_text", { minLength: 500 }), []],
    ["long text: a long minimum length fits", field("long_text", { minLength: 1000 }), []],
    ["multiple choice: pick at least above pick at most", field("multiple_choice", { minSelected: 3, maxSelected: 2 }), [{ at: "maxSelected", message: "the “pick at least” (3) is more than the “pick at most” (2)" }]],
    ["multiple choice: pick at least equal to pick at most", choices(3, { minSelected: 2, maxSelected: 2 }), []],
    // Multiple choice: "pick at least" must leave an answer among the options the question has.
    ["multiple choice: pick at least above its number of options", choices(3, { minSelected: 4 }), [{ at: "minSelected", message: "the “pick at least” (4) is more than the options this question has (3)" }]],
    ["multiple choice: pick at least equal to its number of options", choices(3, { minSelected: 3 }), []],
    ["multiple choice: pick at most above its number of options is harmless", choices(3, { maxSelected: 5 }), []],
    ["multiple choice: pick at least above pick at most and the options: the pair is named once", choices(3, { minSelected: 5, maxSelected: 4 }), [{ at: "maxSelected", message: "the “pick at least” (5) is more than the “pick at most” (4)" }]],
    // Currency: an amount is 0 … 999,999,999,999.99 (money-amount.ts); the question's bounds narrow that, inside it.
    ["currency: bounds inside the money range", field("currency", { min: 0, max: 999_999_999_999.99 }), []],
    ["currency: a negative minimum", field("currency", { min: -100 }), [{ at: "min", message: "the minimum (-100) is less than the smallest amount this question takes (0)" }]],
    ["currency: a maximum past the largest amount", field("currency", { max: 1_000_000_000_000 }), [{ at: "max", message: "the maximum (1,000,000,000,000) is more than the largest amount this question takes (999,999,999,999.99)" }]],
    ["currency: a minimum past the largest amount", field("currency", { min: 1e13 }), [{ at: "min", message: "the minimum (10,000,000,000,000) is more than the largest amount this question takes (999,999,999,999.99)" }]],
    ["currency: a negative maximum", field("currency", { max: -5 }), [{ at: "max", message: "the maximum (-5) is less than the smallest amount this question takes (0)" }]],
    ["number: a negative minimum is fine", field("number", { min: -100, max: 1e20 }), []],
    // Phone and web address: their length settings hold (validate-field-value.ts) within the longest answer each takes.
    ["phone: minimum length above the longest answer it takes", field("phone", { minLength: 51 }), [{ at: "minLength", message: "the minimum length (51) is more than the longest answer this question takes (50 characters)" }]],
    ["phone: a maximum length past it does not make room", field("phone", { minLength: 60, maxLength: 100 }), [{ at: "minLength", message: "the minimum length (60) is more than the longest answer this question takes (50 characters)" }]],
    ["web address: minimum length within the longest answer", field("url", { minLength: 2000 }), []],
    ["web address: minimum length above the longest answer it takes", field("url", { minLength: 2001 }), [{ at: "minLength", message: "the minimum length (2,001) is more than the longest answer this question takes (2,000 characters)" }]],
    ["two pairs wrong: both named", field("short_text", { min: 2, max: 1, minLength: 5, maxLength: 4 }), [
      { at: "max", message: "the minimum (2) is more than the maximum (1)" },
      { at: "maxLength", message: "the minimum length (5) is more than the maximum length (4)" },
    ]],
  ])("%s", (_name, f, expected) => expect(fieldBoundsProblems(f).map(({ at, message }) => ({ at, message }))).toEqual(expected));
});

describe("validationBoundsProblems", () => {
  it("names the question and points at the maximum, after the prefix", () => {
    const definition = {
      steps: [
        { fields: [{ key: "email", type: "email" as const, label: "Work email", required: true }] },
        { fields: [{ key: "seats", type: "number" as const, label: "Seats", required: false, validation: { min: 10, max: 5 } }] },
      ],
    };
    expect(validationBoundsProblems(definition, "definition.")).toEqual([
      { path: "definition.steps.1.fields.0.validation.max", fieldKey: "seats", message: "'Seats': the minimum (10) is more than the maximum (5); no answer can meet both" },
    ]);
  });

  it.each<[string, TField, string]>([
    ["pick at least above the options", { key: "tools", type: "multiple_choice", label: "Tools", required: false, options: options(2), validation: { minSelected: 3 } }, "'Tools': the “pick at least” (3) is more than the options this question has (2); no answer can meet it"],
    ["a currency maximum past the largest amount", { key: "budget", type: "currency", label: "Budget", required: false, validation: { max: 1e15 } }, "'Budget': the maximum (1,000,000,000,000,000) is more than the largest amount this question takes (999,999,999,999.99); set it from 0 to 999,999,999,999.99"],
  ])("%s: says what to do", (_name, f, message) => {
    expect(validationBoundsProblems({ steps: [{ fields: [f] }] }).map((p) => p.message)).toEqual([message]);
  });
});
