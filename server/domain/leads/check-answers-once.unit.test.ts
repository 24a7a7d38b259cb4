// checkAnswers validates a lead's answers ONCE, with the results of the two passes it used to make
// (strict, then — with a required answer left out by an API key — again with nothing required).
// The two-pass reference below is the former implementation, kept here as the oracle; the count of
// pattern runs (through the matcher the domain is given, a real one that also counts) shows one
// validation per lead where the reference makes two.
import { describe, expect, it } from "vitest";
import { allFields, ZFormDefinition, type TFormDefinition } from "../forms/definition";
import { matchNativePattern, type TPatternMatcher } from "../forms/pattern-matcher";
import { isEmptyValue, validateSubmission, type TValidateSubmissionResult } from "../forms/validate-answers";
import { intakeForm } from "../../testing/fixtures/intake-form-fixture";
import { checkAnswers, missingRequiredMessage, type TRequiredAnswers } from "./missing-required";

/** A form with a patterned required question, a required consent, and a required question only a VP is asked. */
const definition = ZFormDefinition.parse({
  title: "Once",
  steps: [
    {
      id: "s1",
      fields: [
        { key: "email", type: "email", label: "Work email" },
        { key: "code", type: "short_text", label: "Company code", required: true, validation: { pattern: "[A-Z]{3}-\\d{2}" } },
        { key: "role", type: "single_choice", label: "Role", required: true, options: [{ value: "vp", label: "VP" }, { value: "ic", label: "IC" }] },
        { key: "budget", type: "number", label: "Budget", required: true },
        { key: "terms", type: "consent", label: "I agree", required: true },
        { key: "note", type: "statement", label: "Thanks" },
      ],
    },
  ],
  logic: [{ id: "budget_for_vp", when: { kind: "rule", ref: "role", operator: "equals", value: "vp" }, action: { type: "show_field", fieldKey: "budget" } }],
  outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
  defaultOutcomeId: "thanks",
});

/** The former checkAnswers: strict, then again with nothing required. */
function checkAnswersTwoPass(def: TFormDefinition, answers: Record<string, unknown>, match: TPatternMatcher, mode: TRequiredAnswers): TValidateSubmissionResult {
  const strict = validateSubmission(def, answers, match);
  if (strict.ok || mode === "enforce") return strict;
  const isMissing = (path: string) => path.startsWith("answers.") && (!Object.hasOwn(answers, path.slice(8)) || isEmptyValue(answers[path.slice(8)]));
  const missing = strict.issues.filter((issue) => isMissing(issue.path));
  const invalid = strict.issues.filter((issue) => !missing.includes(issue));
  if (invalid.length > 0) return { ok: false, issues: invalid };
  const relaxed = validateSubmission({ ...def, steps: def.steps.map((s) => ({ ...s, fields: s.fields.map((f) => ({ ...f, required: false })) })) }, answers, match);
  if (!relaxed.ok) return relaxed;
  const labels = new Map(allFields(def).map((f) => [`answers.${f.key}`, f.label]));
  return { ...relaxed, warnings: [...relaxed.warnings, ...missing.map(({ path }) => ({ path, message: missingRequiredMessage(labels.get(path) ?? path.slice(8)) }))] };
}

/** A real matcher (the browser's RegExp) that also counts its runs. */
function countingMatcher(): { match: TPatternMatcher; runs: () => number } {
  let runs = 0;
  return { match: (pattern, text) => (runs++, matchNativePattern(pattern, text)), runs: () => runs };
}

const full = { email: "a@corp.io", code: "ABC-12", role: "vp", budget: 500, terms: true };
const CASES: [string, Record<string, unknown>][] = [
  ["everything given", full],
  ["the VP's budget left out", { ...full, budget: null }],
  ["an IC: the budget question does not apply (sent anyway: not applicable)", { ...full, role: "ic" }],
  ["an IC without the budget", { ...full, role: "ic", budget: undefined }],
  ["the role left out: the budget does not apply", { email: "a@corp.io", code: "ABC-12", terms: true }],
  ["the consent left out", { ...full, terms: undefined }],
  ["the consent sent as false: invalid, not missing", { ...full, terms: false }],
  ["a code that does not match its pattern, and the role left out", { code: "abc", terms: true }],
  ["blank text over the length cap at a required question (not missing only)", { ...full, code: " ".repeat(10_001) }],
  ["that blank text beside an invalid answer: only the invalid one is told", { ...full, code: " ".repeat(10_001), role: "ceo" }],
  ["an unknown key, and everything required left out", { crm_id: "x-1" }],
  ["nothing at all", {}],
  ["null, blank and [] are not given", { email: null, code: "  ", role: [], terms: "" }],
  ["an answer to a statement", { ...full, note: "hi" }],
];

describe("checkAnswers gives the two-pass results", () => {
  it.each(CASES.flatMap(([name, answers]) => (["enforce", "warn"] as const).map((mode) => [`${mode}: ${name}`, answers, mode] as const)))("%s", (_name, answers, mode) => {
    expect(checkAnswers(definition, answers, matchNativePattern, mode)).toEqual(checkAnswersTwoPass(definition, answers, matchNativePattern, mode));
  });

  it.each<[string, TFormDefinition, Record<string, unknown>]>([
    ["a form without logic, the code and consent left out", { ...definition, logic: [] }, { email: "a@corp.io", role: "ic", budget: 5 }],
    ["a form without logic, everything given", { ...definition, logic: [] }, full],
    ["the intake fixture, the role left out", intakeForm.definition, { email: "x@corp.com" }],
    ["the intake fixture, a VP's budget with an unknown key", intakeForm.definition, { email: "x@corp.com", role: "vp", budget: 5, extra: "y" }],
  ])("%s", (_name, form, answers) => {
    expect(checkAnswers(form, answers, matchNativePattern, "warn")).toEqual(checkAnswersTwoPass(form, answers, matchNativePattern, "warn"));
  });
});

describe("checkAnswers validates once", () => {
  // The patterned question is answered: each validation of the lead runs its pattern the same number of times.
  it.each<[string, Record<string, unknown>, TRequiredAnswers]>([
    ["warn, the VP's budget left out (the two-pass check validated twice)", { ...full, budget: null }, "warn"],
    ["warn, the consent and the role left out", { code: "ABC-12" }, "warn"],
    ["warn, everything given", full, "warn"],
    ["enforce, the budget left out", { ...full, budget: null }, "enforce"],
  ])("%s", (_name, answers, mode) => {
    const once = countingMatcher();
    validateSubmission(definition, answers, once.match);
    const checked = countingMatcher();
    checkAnswers(definition, answers, checked.match, mode);
    expect(once.runs()).toBeGreaterThan(0);
    expect(checked.runs()).toBe(once.runs());
  });

  it("the two-pass reference ran the patterns twice for a lead with a required answer left out", () => {
    const once = countingMatcher();
    validateSubmission(definition, { ...full, budget: null }, once.match);
    const twice = countingMatcher();
    checkAnswersTwoPass(definition, { ...full, budget: null }, twice.match, "warn");
    expect(twice.runs()).toBe(2 * once.runs());
  });
});
