import { describe, expect, it } from "vitest";
import { matchNativePattern } from "../forms/pattern-matcher";
import { intakeForm } from "../../testing/fixtures/intake-form-fixture";
import { buildLead, type TLeadIntake } from "./build-lead";
import { NO_PERSON_OR_ANSWER_MESSAGE, personOrAnswerIssues } from "./lead-substance";

const now = new Date("2026-11-30T12:00:00Z");
/** As POST /api/v1/leads builds a lead (an API key: required answers left out are warnings). */
const api = (intake: Partial<TLeadIntake>): TLeadIntake => ({ form: null, answers: {}, source: "api", via: "api", requiredAnswers: "warn", spamReason: null, matchPattern: matchNativePattern, now, ...intake });
const refused = [{ path: "person", message: NO_PERSON_OR_ANSWER_MESSAGE }];

describe("a lead from an API key needs a person or at least one answer", () => {
  it.each<[string, Partial<TLeadIntake>, typeof refused | []]>([
    // Without a form.
    ["{}: refused", {}, refused],
    ["only source, UTM, tier and estimated value: refused", { source: "webinar", utm: { utm_source: "crm" }, tier: "hot", estimatedValue: 5000 }, refused],
    ["only empty answers (null, \"\", \"  \", []): refused", { answers: { a: null, b: "", c: "  ", d: [] } }, refused],
    ["an answer that is not a plain value (left out with a warning): refused", { answers: { a: { nested: true } } }, refused],
    ["a person (its email): kept", { person: { email: "ann@acme.io" } }, []],
    ["a person with only a phone (no email): kept on the lead", { person: { phone: "+49 30 1234567" } }, []],
    ["a person with only a name (no email): kept on the lead", { person: { name: "Bob" } }, []],
    ["a person with only a company (no email): kept on the lead", { person: { company: "Initech" } }, []],
    ["an empty person {}: refused", { person: {} }, refused],
    ["a person with blank text only: refused", { person: { name: "", phone: "" } }, refused],
    ["only a company answer, no person: kept (a rep can research the company)", { answers: { company: "Initech" } }, []],
    ["one answer of any key: kept", { answers: { budget: 0 } }, []],
    ["a yes/no answer false: kept (false is an answer)", { answers: { newsletter: false } }, []],
    ["an odd key kept as not applicable: kept", { answers: { "First Name": "Ann" } }, []],
    // With a form.
    ["with a form, no answers and no person: refused", { form: intakeForm }, refused],
    ["with a form, only empty answers: refused", { form: intakeForm, answers: { email: "", role: null } }, refused],
    ["with a form, person only (its email answers the email question): kept", { form: intakeForm, person: { email: "ann@acme.io" } }, []],
    ["with a form, one question answered: kept", { form: intakeForm, answers: { role: "vp" } }, []],
    ["with a form, only a key the form does not have (kept as not applicable): kept", { form: intakeForm, answers: { crm_id: "42" } }, []],
  ])("%s", (_name, intake, expected) => {
    const built = buildLead(api(intake));
    if (!built.ok) throw new Error(`not built: ${JSON.stringify(built.issues)}`);
    expect(personOrAnswerIssues(built)).toEqual(expected);
  });

  it("the message says in plain words what a lead needs", () => {
    expect(NO_PERSON_OR_ANSWER_MESSAGE).toMatch(/^A lead needs a person \(an email, name, phone or company\) or at least one answer/);
  });
});
