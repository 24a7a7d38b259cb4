import { describe, expect, it } from "vitest";
import type { TField, TFieldValidation } from "./definition";
import { fieldBoundsProblems, validationBoundsProblems, type TBoundsProblem } from "./validation-bounds";

const field = (type: TField["type"], validation?: TFieldValidation): Pick<TField, "type" | "validation"> => ({ type, validation });

describe("fieldBoundsProblems", () => {
  it.each<[string, Pick<TField, "type" | "validation">, TBoundsProblem[]]>([
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
    ["multiple choice: pick at least equal to pick at most", field("multiple_choice", { minSelected: 2, maxSelected: 2 }), []],
    ["two pairs wrong: both named", field("short_text", { min: 2, max: 1, minLength: 5, maxLength: 4 }), [
      { at: "max", message: "the minimum (2) is more than the maximum (1)" },
      { at: "maxLength", message: "the minimum length (5) is more than the maximum length (4)" },
    ]],
  ])("%s", (_name, f, expected) => expect(fieldBoundsProblems(f)).toEqual(expected));
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
});
