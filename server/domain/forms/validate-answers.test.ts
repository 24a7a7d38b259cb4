import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "./definition";
import { matchNativePattern } from "./pattern-matcher";
import { matchRe2Pattern } from "./re2-pattern";
import { stepSchema, validateSubmission, type TValidateSubmissionResult } from "./validate-answers";

const form = ZFormDefinition.parse({
  title: "Demo request",
  steps: [
    {
      id: "about",
      fields: [
        { key: "email", type: "email", label: "Work email", required: true },
        { key: "role", type: "single_choice", label: "Role", required: true, options: [{ value: "student", label: "Student" }, { value: "vp", label: "VP" }, { value: "ic", label: "IC" }] },
        { key: "budget", type: "currency", label: "Budget", required: true },
        { key: "note", type: "statement", label: "Almost done" },
        { key: "utm_source", type: "hidden", label: "UTM source" },
      ],
    },
    { id: "details", fields: [{ key: "seats", type: "number", label: "Seats", required: true }, { key: "consent", type: "consent", label: "I agree", required: true }] },
  ],
  logic: [
    { id: "budget_for_vp", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "budget" } },
    { id: "students_end", fromStepId: "about", when: { kind: "rule", ref: "role", operator: "equals", value: "student" }, action: { type: "end_form", outcomeId: "student" } },
  ],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }, { id: "student", type: "message", title: "Student" }],
  defaultOutcomeId: "thanks",
});

const NOT_APPLICABLE = "This question does not apply to the answers given";

describe("validateSubmission", () => {
  it.each<[string, Record<string, unknown>, TValidateSubmissionResult]>([
    [
      "valid, with conversions; empty values of other questions are ignored",
      { email: " ann@acme.io ", role: "vp", budget: "50,000", seats: "12", consent: true, utm_source: "google", note: "" },
      { ok: true, answers: { email: "ann@acme.io", role: "vp", budget: 50000, seats: 12, consent: true, utm_source: "google" }, endOutcomeId: null },
    ],
    [
      "early end: later required questions are not required",
      { email: "kim@uni.edu", role: "student", seats: "" },
      { ok: true, answers: { email: "kim@uni.edu", role: "student" }, endOutcomeId: "student" },
    ],
    ["unknown field", { email: "a@b.io", role: "ic", seats: 1, consent: true, favourite_colour: "blue" }, { ok: false, issues: [{ path: "answers.favourite_colour", message: "Unknown field" }] }],
    ["hidden question answered", { email: "a@b.io", role: "ic", budget: 100, seats: 1, consent: true }, { ok: false, issues: [{ path: "answers.budget", message: NOT_APPLICABLE }] }],
    ["question on a skipped step answered", { email: "a@b.io", role: "student", seats: 3 }, { ok: false, issues: [{ path: "answers.seats", message: NOT_APPLICABLE }] }],
    ["statement answered", { email: "a@b.io", role: "ic", seats: 1, consent: true, note: "hi" }, { ok: false, issues: [{ path: "answers.note", message: "This item does not take an answer" }] }],
    [
      "required missing, including a required question shown by logic",
      { role: "vp" },
      {
        ok: false,
        issues: [
          { path: "answers.email", message: "This field is required" },
          { path: "answers.budget", message: "This field is required" },
          { path: "answers.seats", message: "This field is required" },
          { path: "answers.consent", message: "Please tick this box to continue" },
        ],
      },
    ],
    [
      "all issues collected: unknown first, then fields in order",
      { zzz: 1, email: "nope", role: "ic", budget: 5, seats: "many", consent: false },
      {
        ok: false,
        issues: [
          { path: "answers.zzz", message: "Unknown field" },
          { path: "answers.email", message: "Please enter a valid email address" },
          { path: "answers.budget", message: NOT_APPLICABLE },
          { path: "answers.seats", message: "Please enter a number" },
          { path: "answers.consent", message: "Please tick this box to continue" },
        ],
      },
    ],
    [
      "an invalid answer counts as unanswered when deciding what applies",
      { email: "a@b.io", role: "cfo", seats: 1, consent: true },
      { ok: false, issues: [{ path: "answers.role", message: "Please choose one of the options" }] },
    ],
  ])("%s", (_name, raw, expected) => expect(validateSubmission(form, raw, matchRe2Pattern)).toEqual(expected));
});

describe("stepSchema", () => {
  it("checks the visible questions of the step with the same messages", () => {
    const result = stepSchema(form, "about", { role: "vp" }, matchNativePattern).safeParse({ email: "bad", role: "vp", budget: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["email", "Please enter a valid email address"],
      ["budget", "This field is required"],
    ]);
  });

  it.each<[string, string, Record<string, unknown>, Record<string, unknown>]>([
    ["converts values and keeps other keys", "about", { email: "a@b.io", role: "vp", budget: "1200", seats: "x" }, { email: "a@b.io", role: "vp", budget: 1200, seats: "x" }],
    ["a question hidden by logic is not checked", "about", { email: "a@b.io", role: "ic", budget: "not a number" }, { email: "a@b.io", role: "ic", budget: "not a number" }],
    ["checks only this step's questions", "details", { seats: 3, consent: true }, { seats: 3, consent: true }],
  ])("%s", (_name, stepId, values, expected) => {
    const result = stepSchema(form, stepId, values, matchNativePattern).safeParse(values);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(expected);
  });

  it("checks missing keys too and drops empty optional answers", () => {
    const schema = stepSchema(form, "details", {}, matchNativePattern);
    expect(schema.safeParse({}).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["seats", "This field is required"],
      ["consent", "Please tick this box to continue"],
    ]);
    const small = ZFormDefinition.parse({ ...form, steps: [{ id: "s", fields: [{ key: "nick", type: "short_text", label: "Nickname" }] }] });
    const optional = stepSchema(small, "s", {}, matchNativePattern).safeParse({ nick: "  ", other: null });
    expect(optional.data).toEqual({ other: null });
    expect(optional.data && Object.keys(optional.data)).toEqual(["other"]);
  });

  it("an unknown step has an empty schema", () => {
    expect(stepSchema(form, "nope", {}, matchNativePattern).safeParse({ a: 1 }).success).toBe(true);
  });
});
