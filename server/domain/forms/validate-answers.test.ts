import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "./definition";
import { matchRe2Pattern } from "./re2-pattern";
import { MAX_NOT_APPLICABLE_CHARS, NOT_APPLICABLE_MESSAGE, NOT_KEPT_MESSAGE, UNKNOWN_FIELD_MESSAGE, validateSubmission, type TValidateSubmissionResult } from "./validate-answers";

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

const NOT_APPLICABLE = NOT_APPLICABLE_MESSAGE;
const UNKNOWN = UNKNOWN_FIELD_MESSAGE;
const none = { notApplicable: {}, warnings: [] };

describe("validateSubmission", () => {
  it.each<[string, Record<string, unknown>, TValidateSubmissionResult]>([
    [
      "valid, with conversions; empty values of other questions are ignored",
      { email: " ann@acme.io ", role: "vp", budget: "50,000", seats: "12", consent: true, utm_source: "google", note: "" },
      { ok: true, answers: { email: "ann@acme.io", role: "vp", budget: 50000, seats: 12, consent: true, utm_source: "google" }, endOutcomeId: null, ...none },
    ],
    [
      "early end: later required questions are not required",
      { email: "kim@uni.edu", role: "student", seats: "" },
      { ok: true, answers: { email: "kim@uni.edu", role: "student" }, endOutcomeId: "student", ...none },
    ],
    [
      "an unknown key is kept as not applicable, with a warning",
      { email: "a@b.io", role: "ic", seats: 1, consent: true, favourite_colour: "blue" },
      { ok: true, answers: { email: "a@b.io", role: "ic", seats: 1, consent: true }, endOutcomeId: null, notApplicable: { favourite_colour: "blue" }, warnings: [{ path: "answers.favourite_colour", message: UNKNOWN }] },
    ],
    [
      "a question hidden by logic is kept as not applicable (not scored), with a warning",
      { email: "a@b.io", role: "ic", budget: 100, seats: 1, consent: true },
      { ok: true, answers: { email: "a@b.io", role: "ic", seats: 1, consent: true }, endOutcomeId: null, notApplicable: { budget: 100 }, warnings: [{ path: "answers.budget", message: NOT_APPLICABLE }] },
    ],
    [
      "a question on a skipped step is kept as not applicable",
      { email: "a@b.io", role: "student", seats: 3 },
      { ok: true, answers: { email: "a@b.io", role: "student" }, endOutcomeId: "student", notApplicable: { seats: 3 }, warnings: [{ path: "answers.seats", message: NOT_APPLICABLE }] },
    ],
    [
      "a not-applicable value that is not a plain answer is dropped, and the warning says so",
      { email: "a@b.io", role: "ic", seats: 1, consent: true, crm: { id: 7 }, notes: "x".repeat(MAX_NOT_APPLICABLE_CHARS + 1) },
      { ok: true, answers: { email: "a@b.io", role: "ic", seats: 1, consent: true }, endOutcomeId: null, notApplicable: {}, warnings: [{ path: "answers.crm", message: NOT_KEPT_MESSAGE }, { path: "answers.notes", message: "Does not apply and is too long: at most 10,000 characters (10,001 given): not kept" }] },
    ],
    ["statement answered", { email: "a@b.io", role: "ic", seats: 1, consent: true, note: "hi" }, { ok: false, issues: [{ path: "answers.note", message: "This item does not take an answer" }] }],
    [
      "required missing, including a required question shown by logic",
      { role: "vp" },
      {
        ok: false,
        issues: [
          { path: "answers.email", message: "“Work email” is required" },
          { path: "answers.budget", message: "“Budget” is required" },
          { path: "answers.seats", message: "“Seats” is required" },
          { path: "answers.consent", message: "Please tick this box to continue" },
        ],
      },
    ],
    [
      "all issues collected, fields in order; answers that do not apply are no issue",
      { zzz: 1, email: "nope", role: "ic", budget: 5, seats: "many", consent: false },
      {
        ok: false,
        issues: [
          { path: "answers.email", message: "Please enter a valid email address" },
          { path: "answers.seats", message: "Please enter a number" },
          { path: "answers.consent", message: "Please tick this box to continue" },
        ],
      },
    ],
    [
      "an invalid answer counts as unanswered when deciding what applies",
      { email: "a@b.io", role: "cfo", seats: 1, consent: true },
      { ok: false, issues: [{ path: "answers.role", message: "Please choose one of the options", code: "not_an_option" }] },
    ],
  ])("%s", (_name, raw, expected) => expect(validateSubmission(form, raw, matchRe2Pattern)).toEqual(expected));
});

describe("validateSubmission validates each answer once", () => {
  // The answers decide which questions apply, and the result keeps those that do: one validation of
  // each answer serves both (it validated an applying answer twice). Counted through a real matcher
  // (RE2) that also counts its runs: one run per patterned answer given.
  const patterned = ZFormDefinition.parse({
    title: "Codes",
    steps: [
      {
        id: "s1",
        fields: [
          { key: "code", type: "short_text", label: "Company code", required: true, validation: { pattern: "[A-Z]{3}-\\d{2}" } },
          { key: "role", type: "single_choice", label: "Role", options: [{ value: "vp", label: "VP" }, { value: "ic", label: "IC" }] },
          { key: "ref", type: "short_text", label: "Referral code", validation: { pattern: "[A-Z]{2}-\\d" } },
        ],
      },
    ],
    logic: [{ id: "ref_for_vp", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "ref" } }],
    outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
    defaultOutcomeId: "thanks",
  });

  it.each<[string, Record<string, unknown>, number]>([
    ["both patterned answers apply", { code: "ABC-12", role: "vp", ref: "XY-1" }, 2],
    ["the referral code does not apply (kept as not applicable)", { code: "ABC-12", role: "ic", ref: "XY-1" }, 2],
    ["an applying answer that does not match", { code: "abc", role: "vp", ref: "XY-1" }, 2],
    ["only the code", { code: "ABC-12" }, 1],
  ])("%s", (_name, raw, runs) => {
    let counted = 0;
    const result = validateSubmission(patterned, raw, (pattern, text) => (counted++, matchRe2Pattern(pattern, text)));
    expect(result).toEqual(validateSubmission(patterned, raw, matchRe2Pattern));
    expect(counted).toBe(runs);
  });
});
