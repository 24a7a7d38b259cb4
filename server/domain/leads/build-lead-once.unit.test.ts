// One lead, one validation: buildLead checks a lead's answers against its form exactly once
// (checkAnswers → validateSubmission; the intake services call buildLead once per request), in
// every mode — strict (the public submissions) or "warn" (an API key's lead, a required answer left
// out). Seen through the pattern matcher the domain is given: a real matcher that also counts its
// runs, against one validateSubmission of the same answers.
import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "../forms/definition";
import { matchNativePattern, type TPatternMatcher } from "../forms/pattern-matcher";
import { validateSubmission } from "../forms/validate-answers";
import { intakeForm } from "../../testing/fixtures/intake-form-fixture";
import { buildLead } from "./build-lead";
import type { TRequiredAnswers } from "./missing-required";

/** The intake fixture with a patterned required question. */
const definition = ZFormDefinition.parse({
  ...intakeForm.definition,
  steps: intakeForm.definition.steps.map((step, i) => (i === 0 ? { ...step, fields: [...step.fields, { key: "code", type: "short_text", label: "Company code", required: true, validation: { pattern: "[A-Z]{3}-\\d{2}" } }] } : step)),
});
const form = { ...intakeForm, definition };
const NOW = new Date("2026-12-01T12:00:00Z");

/** A real matcher (the browser's RegExp) that also counts its runs. */
function countingMatcher(): { match: TPatternMatcher; runs: () => number } {
  let runs = 0;
  return { match: (pattern, text) => (runs++, matchNativePattern(pattern, text)), runs: () => runs };
}

describe("buildLead validates the answers once", () => {
  it.each<[string, Record<string, unknown>, TRequiredAnswers, boolean]>([
    ["strict, everything given", { email: "a@corp.io", role: "vp", budget: 5, code: "ABC-12" }, "enforce", true],
    ["strict, an invalid code: refused", { email: "a@corp.io", role: "vp", code: "abc" }, "enforce", false],
    ["warn, the role left out (kept with a warning)", { email: "a@corp.io", code: "ABC-12" }, "warn", true],
    ["warn, the role left out and an unknown key", { email: "a@corp.io", code: "ABC-12", crm_id: "x" }, "warn", true],
    ["warn, an invalid code beside a missing role: refused", { email: "a@corp.io", code: "abc" }, "warn", false],
  ])("%s", (_name, answers, requiredAnswers, isKept) => {
    const once = countingMatcher();
    validateSubmission(definition, answers, once.match);
    const built = countingMatcher();
    const result = buildLead({ form, answers, source: "hosted", spamReason: null, matchPattern: built.match, now: NOW, requiredAnswers });
    expect(result.ok).toBe(isKept);
    expect(once.runs()).toBeGreaterThan(0);
    expect(built.runs()).toBe(once.runs());
  });
});
