import { describe, expect, it } from "vitest";
import { matchNativePattern } from "../forms/pattern-matcher";
import { intakeForm } from "../../testing/fixtures/intake-form-fixture";
import { buildLead, type TLeadIntake } from "./build-lead";
import { answerIssuesBesideShape } from "./answer-issues";
import { checkAnswers, type TRequiredAnswers } from "./missing-required";

const { definition } = intakeForm;
const now = new Date("2026-11-30T12:00:00Z");
const LABELS: Record<string, string> = { email: "Work email", role: "Role" };
/** The warning names the question (its label), never just the key. */
const missing = (key: string) => ({ path: `answers.${key}`, message: `“${LABELS[key]}” is required on the form; not given: the lead is kept and scored on the answers given` });

describe("checkAnswers: a required answer left out", () => {
  it.each<[string, TRequiredAnswers, Record<string, unknown>, Record<string, unknown>]>([
    ["enforce: a 422 at each missing required answer (the public submissions)", "enforce", { name: "Ann" },
      { ok: false, issues: [{ path: "answers.email", message: "“Work email” is required" }, { path: "answers.role", message: "“Role” is required" }] }],
    ["warn: kept, a warning at each missing required answer", "warn", { email: "x@corp.com" },
      { ok: true, answers: { email: "x@corp.com" }, warnings: [missing("role")] }],
    ["warn: null, blank text and [] are not given too", "warn", { email: "  ", role: null, name: "Ann" },
      { ok: true, answers: { name: "Ann" }, warnings: [missing("email"), missing("role")] }],
    ["warn: an invalid value for a question that applies stays an issue; the missing ones are not listed", "warn", { email: "nope" },
      { ok: false, issues: [{ path: "answers.email", message: "Please enter a valid email address" }] }],
    ["warn: an unknown choice stays an issue", "warn", { email: "x@corp.com", role: "ceo" }, { ok: false, issues: [expect.objectContaining({ path: "answers.role" })] }],
    ["warn: everything given: no warning", "warn", { email: "x@corp.com", role: "ic" }, { ok: true, warnings: [] }],
    ["warn: not-applicable answers are still warnings, beside the missing ones", "warn", { email: "x@corp.com", budget: 5, extra: "y" },
      { ok: true, notApplicable: { extra: "y", budget: 5 }, warnings: [expect.objectContaining({ path: "answers.extra" }), expect.objectContaining({ path: "answers.budget" }), missing("role")] }],
  ])("%s", (_name, mode, answers, expected) => {
    expect(checkAnswers(definition, answers, matchNativePattern, mode)).toMatchObject(expected);
  });
});

describe("buildLead with requiredAnswers", () => {
  const base: TLeadIntake = { form: intakeForm, answers: {}, source: "api", via: "api", spamReason: null, matchPattern: matchNativePattern, now };

  it.each<[string, Partial<TLeadIntake>, Record<string, unknown>]>([
    ["default (enforce): the lead is refused", { answers: { email: "x@corp.com" } }, { ok: false, issues: [{ path: "answers.role", message: "“Role” is required" }] }],
    ["warn: stored, scored on the answers given (no role: not hot), routable, a warning", { answers: { email: "x@corp.com" }, requiredAnswers: "warn" },
      { ok: true, isRoutable: true, warnings: [missing("role")], person: expect.objectContaining({ email: "x@corp.com" }), lead: expect.objectContaining({ tier: "nurture", scoreTotal: 0, answers: { email: "x@corp.com" } }) }],
    ["warn: person.email answers the email question; the role is missing", { answers: {}, person: { email: "Bo@B.io" }, requiredAnswers: "warn" },
      { ok: true, warnings: [missing("role")], person: expect.objectContaining({ email: "bo@b.io" }) }],
    // No person and no email: the missing email's warning also says nobody can reply (intake-leniency.ts).
    ["warn: a scored answer given is scored", { answers: { role: "vp" }, requiredAnswers: "warn" }, { ok: true, warnings: [{ path: "answers.email", message: expect.stringMatching(/^“Work email” is required on the form; not given: .*No email or phone given either/) }], person: null, lead: expect.objectContaining({ tier: "hot", scoreTotal: 60 }) }],
  ])("%s", (_name, intake, expected) => {
    expect(buildLead({ ...base, ...intake })).toMatchObject(expected);
  });

  it("answerIssuesBesideShape names no missing required answer for an API key's body, still the invalid ones", () => {
    const shape = [{ path: "colour", message: "Unknown property" }];
    expect(answerIssuesBesideShape(intakeForm, { answers: { name: "Ann" } }, shape, matchNativePattern, now, "warn")).toEqual([]);
    expect(answerIssuesBesideShape(intakeForm, { answers: { name: "Ann" } }, shape, matchNativePattern, now).map((i) => i.path)).toEqual(["answers.email", "answers.role"]);
    expect(answerIssuesBesideShape(intakeForm, { answers: { email: "nope" } }, shape, matchNativePattern, now, "warn").map((i) => i.path)).toEqual(["answers.email"]);
  });
});
