// A lead nobody can reply to (no email, no phone) is kept — scored and routed like any lead — and
// the 201's warnings say so, at the path where a contact would go (intake-leniency.ts).
import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "../forms/definition";
import { matchNativePattern } from "../forms/pattern-matcher";
import { ZScoringModel } from "../scoring/model";
import { intakeForm } from "../../testing/fixtures/intake-form-fixture";
import { buildLead, type TIntakeForm, type TLeadIntake } from "./build-lead";
import { hasWayToReply, NO_CONTACT_MESSAGE, NO_CONTACT_NOTE, noContactPath, withNoContactWarning } from "./intake-leniency";
import { missingRequiredMessage } from "./missing-required";

/** A form whose email question is optional, with a phone question and a company question. */
const optionalEmail: TIntakeForm = {
  formId: "f2",
  versionId: "v2",
  version: 1,
  definition: ZFormDefinition.parse({
    title: "Contact us",
    steps: [
      {
        id: "s1",
        fields: [
          { key: "company", type: "short_text", label: "Company", required: true },
          { key: "email", type: "email", label: "Email" },
          { key: "wants_call", type: "yes_no", label: "Call me?" },
          { key: "phone", type: "phone", label: "Phone" },
        ],
      },
    ],
    // The phone question is asked only of those who want a call.
    logic: [{ id: "phone_if_call", when: { kind: "rule", ref: "wants_call", operator: "equals", value: "yes" }, action: { type: "show_field", fieldKey: "phone" } }],
    outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
    defaultOutcomeId: "thanks",
  }),
  scoring: ZScoringModel.parse({ dimensions: [{ key: "fit", label: "Fit" }], tiers: [{ key: "warm", label: "Warm", minScore: null }] }),
};
/** The same without an email question at all. */
const noEmailQuestion: TIntakeForm = {
  ...optionalEmail,
  definition: { ...optionalEmail.definition, steps: optionalEmail.definition.steps.map((s) => ({ ...s, fields: s.fields.filter((f) => f.key !== "email") })) },
};

const now = new Date("2026-11-30T12:00:00Z");
const base: TLeadIntake = { form: optionalEmail, answers: {}, source: "hosted", spamReason: null, matchPattern: matchNativePattern, now };
const noContact = (path: string) => ({ path, message: NO_CONTACT_MESSAGE });

describe("hasWayToReply", () => {
  const def = optionalEmail.definition;
  it.each<[string, typeof def | null, Record<string, unknown>, { email?: string | null; phone?: string | null } | null, boolean]>([
    ["a person (an email)", def, { company: "Acme" }, { email: "a@acme.io" }, true],
    ["a phone question answered", def, { company: "Acme", phone: "+49 30 1234567" }, null, true],
    ["only a company", def, { company: "Acme" }, null, false],
    ["a blank phone answer", def, { company: "Acme", phone: "  " }, null, false],
    ["a person with a phone only is still a person", def, {}, { email: "", phone: "+1 555 0100" }, true],
    ["a person with no email but a phone (a CRM contact)", null, {}, { phone: "+49 30 1234567" }, true],
    ["a person with no email and no phone", null, { company: "Acme" }, { email: null, phone: null }, false],
    ["without a form: an email answer", null, { email: "a@acme.io" }, null, true],
    ["without a form: a phone answer (a number too)", null, { phone: 4930123456 }, null, true],
    ["without a form: only a company", null, { company: "Acme" }, null, false],
    ["without a form: nothing", null, {}, null, false],
  ])("%s", (_name, definition, answers, person, expected) => {
    expect(hasWayToReply(definition, answers, person)).toBe(expected);
  });
});

describe("noContactPath and withNoContactWarning", () => {
  it.each<[string, TIntakeForm["definition"] | null, "api" | undefined, string]>([
    ["a form with an email question", optionalEmail.definition, undefined, "answers.email"],
    ["the same through the leads API", optionalEmail.definition, "api", "answers.email"],
    ["the leads API without a form", null, "api", "person"],
    ["the leads API, a form without an email question", noEmailQuestion.definition, "api", "person"],
    ["the submissions endpoint, a form without an email question", noEmailQuestion.definition, undefined, "answers"],
  ])("%s → %s", (_name, definition, via, expected) => {
    expect(noContactPath(definition, via)).toBe(expected);
  });

  const na = { path: "answers.crm_id", message: "kept as not applicable" };
  const missingEmail = { path: "answers.email", message: missingRequiredMessage("Work email") };
  it.each<[string, { path: string; message: string }[], string, { path: string; message: string }[]]>([
    ["no warning yet: its own, last", [], "person", [noContact("person")]],
    ["after the answers' warnings", [na], "answers.email", [na, noContact("answers.email")]],
    ["joined to the warning already at its path (one warning per path), in its place", [missingEmail, na], "answers.email", [{ path: "answers.email", message: `${missingEmail.message}. ${NO_CONTACT_NOTE}` }, na]],
  ])("%s", (_name, warnings, path, expected) => {
    expect(withNoContactWarning(warnings, path)).toEqual(expected);
  });
});

describe("buildLead: a lead nobody can reply to is kept, routable, with a warning", () => {
  it.each<[string, Partial<TLeadIntake>, Record<string, unknown>]>([
    ["the submissions endpoint, the optional email left out: a warning at answers.email, routed", { answers: { company: "Acme" } },
      { ok: true, isRoutable: true, person: null, warnings: [noContact("answers.email")], lead: expect.objectContaining({ tier: "warm", answers: { company: "Acme" } }) }],
    ["the email given: no warning", { answers: { company: "Acme", email: "a@acme.io" } }, { ok: true, warnings: [] }],
    ["a phone given instead: no warning", { answers: { company: "Acme", wants_call: "yes", phone: "+49 30 1234567" } }, { ok: true, person: null, warnings: [] }],
    ["a phone sent while its question is hidden: not applicable, and no way to reply", { answers: { company: "Acme", phone: "+49 30 1234567" } },
      { ok: true, warnings: [expect.objectContaining({ path: "answers.phone" }), noContact("answers.email")] }],
    ["a form without an email question: at answers", { form: noEmailQuestion, answers: { company: "Acme" } }, { ok: true, isRoutable: true, warnings: [noContact("answers")] }],
    ["POST /api/v1/leads with only a company answer and no person: at person, routed", { form: null, answers: { company: "Acme" }, via: "api", source: "api", requiredAnswers: "warn" },
      { ok: true, isRoutable: true, person: null, warnings: [noContact("person")] }],
    ["POST /api/v1/leads with a person: no warning", { form: null, answers: { company: "Acme" }, via: "api", source: "api", person: { email: "a@acme.io" } }, { ok: true, warnings: [] }],
    ["POST /api/v1/leads, a form's optional email left out, tier sent: the request's own warning first", { answers: { company: "Acme" }, via: "api", source: "api", requiredAnswers: "warn", tier: "hot" },
      { ok: true, isRoutable: true, warnings: [expect.objectContaining({ path: "tier" }), noContact("answers.email")] }],
    ["POST /api/v1/leads, the form's required email left out: one warning at answers.email says both", { form: intakeForm, answers: { role: "vp" }, via: "api", source: "api", requiredAnswers: "warn" },
      { ok: true, isRoutable: true, warnings: [{ path: "answers.email", message: `${missingRequiredMessage("Work email")}. ${NO_CONTACT_NOTE}` }] }],
    ["history without a contact: the contact's warning, then submittedAt's", { form: null, answers: {}, via: "api", source: "api", submittedAt: new Date("2026-10-30T12:00:00Z") },
      { ok: true, isRoutable: false, warnings: [noContact("person"), expect.objectContaining({ path: "submittedAt" })] }],
    ["spam answers as the same lead would (the verdict is not told)", { answers: { company: "Acme" }, spamReason: "honeypot" }, { ok: true, isRoutable: false, warnings: [noContact("answers.email")] }],
    ["POST /api/v1/leads, a person with a phone and no email: no person, the lead keeps its name and phone, no warning", { form: null, via: "api", source: "api", person: { name: "Bob", phone: "+49 30 1234567" } },
      { ok: true, isRoutable: true, person: null, warnings: [], lead: expect.objectContaining({ contactName: "Bob", contactCompany: null, contactPhone: "+49 30 1234567" }) }],
    ["POST /api/v1/leads, a person with only a name and company: kept on the lead, nobody can reply (at person)", { form: null, via: "api", source: "api", person: { name: "Bob", company: "Initech" } },
      { ok: true, person: null, warnings: [noContact("person")], lead: expect.objectContaining({ contactName: "Bob", contactCompany: "Initech", contactPhone: null }) }],
    ["POST /api/v1/leads with a form, a person without email, the form's email answered: the person is the answer's, with the given name and phone", { answers: { company: "Acme", email: "a@acme.io" }, via: "api", source: "api", requiredAnswers: "warn", person: { name: "Bob", phone: "+1 555 0100" } },
      { ok: true, person: expect.objectContaining({ email: "a@acme.io", name: "Bob", phone: "+1 555 0100" }), warnings: [], lead: expect.objectContaining({ contactName: "Bob", contactPhone: null }) }],
    ["a person with an email keeps its phone on the person, not the lead", { form: null, via: "api", source: "api", person: { email: "a@acme.io", phone: "+1 555 0100" } },
      { ok: true, person: expect.objectContaining({ email: "a@acme.io", phone: "+1 555 0100" }), warnings: [], lead: expect.objectContaining({ contactPhone: null }) }],
    ["spam with a phone-only person: keeps no contact", { form: null, via: "api", source: "api", person: { name: "Bob", phone: "+49 30 1234567" }, spamReason: "honeypot" },
      { ok: true, person: null, warnings: [], lead: expect.objectContaining({ contactName: null, contactPhone: null }) }],
    ["spam with an email: no warning", { answers: { company: "Acme", email: "a@acme.io" }, spamReason: "honeypot" }, { ok: true, person: null, warnings: [] }],
  ])("%s", (_name, change, expected) => {
    expect(buildLead({ ...base, ...change })).toEqual(expect.objectContaining(expected));
  });
});
