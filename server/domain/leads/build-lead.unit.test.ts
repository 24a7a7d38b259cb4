import { describe, expect, it } from "vitest";
import { matchNativePattern } from "../forms/pattern-matcher";
import { intakeForm } from "../../testing/fixtures/intake-form-fixture";
import { buildLead, FREE_ANSWER_KEY_NOT_ROUTED_MESSAGE, FREE_ANSWER_NOT_KEPT_MESSAGE, HISTORICAL_LEAD_MESSAGE, markRepeat, SPAM_TIER, type TLeadIntake } from "./build-lead";
import { FORM_SCORES_MESSAGE, TOO_MANY_FREE_ANSWERS_MESSAGE } from "./intake-leniency";

const form = intakeForm;
const now = new Date("2026-11-30T12:00:00Z");
const base: TLeadIntake = { form, answers: {}, source: "hosted", spamReason: null, matchPattern: matchNativePattern, now };
const vp = { email: "Ann@Acme.io", name: "Ann", role: "vp", budget: 5000, src: "google" };

describe("buildLead", () => {
  it.each<[string, Partial<TLeadIntake>, Record<string, unknown>]>([
    ["a qualified submission: scored, tier outcome, person, UTM from the hidden field", { answers: vp },
      { ok: true, isRoutable: true, outcome: expect.objectContaining({ id: "hot" }), person: { email: "ann@acme.io", name: "Ann", company: null, phone: null },
        lead: expect.objectContaining({ tier: "hot", scoreTotal: 60, formId: "f1", formVersionId: "v1", utm: { utm_source: "google" }, contactName: "Ann", outcome: { type: "booking", outcomeId: "hot" }, isSpam: false }) }],
    ["an answer the logic hides: kept as not applicable, a warning, not scored", { answers: { ...vp, role: "ic" } },
      { ok: true, warnings: [expect.objectContaining({ path: "answers.budget" })], lead: expect.objectContaining({ tier: "nurture", notApplicableAnswers: { budget: 5000 }, answers: expect.not.objectContaining({ budget: 5000 }) }) }],
    ["spam: stored, not scored, no person, not routable", { answers: vp, spamReason: "honeypot" },
      { ok: true, isRoutable: false, person: null, lead: expect.objectContaining({ tier: SPAM_TIER, scoreTotal: 0, isSpam: true, spamReason: "honeypot", contactName: null, events: [expect.anything(), { type: "flagged_spam", data: { reason: "honeypot" } }] }) }],
    ["an invalid answer that applies: issues with its path", { answers: { ...vp, email: "nope" } }, { ok: false, issues: [expect.objectContaining({ path: "answers.email" })] }],
    // Kept with warnings, not refused (it was a 422): the form's scoring sets them.
    ["tier or value sent with a form: ignored with a warning each, the form's tier kept", { answers: vp, tier: "cold", estimatedValue: 9 },
      { ok: true, warnings: [{ path: "tier", message: FORM_SCORES_MESSAGE }, { path: "estimatedValue", message: FORM_SCORES_MESSAGE }], lead: expect.objectContaining({ tier: "hot", estimatedValue: null }) }],
    // A CRM sends the contact as person, not as an answer: person.email answers the form's required email question (it was a 422 at answers.email).
    ["with a form, the email answer left out and person.email given: person.email answers it", { answers: { role: "vp" }, person: { email: "Bo@B.io" } },
      { ok: true, warnings: [], person: expect.objectContaining({ email: "bo@b.io" }), lead: expect.objectContaining({ answers: expect.objectContaining({ email: "Bo@B.io" }) }) }],
    ["with a form, the email answer left out and no person: still required", { answers: { role: "vp" } }, { ok: false, issues: [expect.objectContaining({ path: "answers.email" })] }],
    ["with a form, person.email and the email answer differ: person.email wins, a warning says so", { answers: vp, person: { email: "bo@b.io" } },
      { ok: true, warnings: [{ path: "person.email", message: "Differs from answers.email: person.email is the lead's contact; the answer is kept as given" }], person: expect.objectContaining({ email: "bo@b.io" }), lead: expect.objectContaining({ answers: expect.objectContaining({ email: "Ann@Acme.io" }) }) }],
    ["with a form, the same email in another case: no warning", { answers: vp, person: { email: "ann@acme.io" } }, { ok: true, warnings: [] }],
    ["without a form, person.email and answers.email differ: a warning", { form: null, answers: { email: "a@x.io" }, person: { email: "b@x.io" } },
      { ok: true, warnings: [expect.objectContaining({ path: "person.email" })], person: expect.objectContaining({ email: "b@x.io" }) }],
    // As a form keeps at most 100 not-applicable answers (it was a 422 at answers).
    ["without a form, 101 answers: the first 100 kept, the last left out with a warning", { form: null, answers: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i])), person: { email: "p@x.io" } },
      { ok: true, warnings: [{ path: "answers.k100", message: TOO_MANY_FREE_ANSWERS_MESSAGE }], lead: expect.objectContaining({ answers: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])) }) }],
    ["a trusted caller's person wins over the answers'", { answers: vp, person: { email: "Bo@B.io", company: "B Inc", phone: "+1" } }, { ok: true, person: { email: "bo@b.io", name: "Ann", company: "B Inc", phone: "+1" } }],
    ["UTM values given outright win; the page URL's fill gaps", { answers: vp, utm: { utm_source: "crm" }, pageUrl: "https://x.io/?utm_medium=cpc" },
      { ok: true, lead: expect.objectContaining({ utm: { utm_source: "crm", utm_medium: "cpc", pageUrl: "https://x.io/?utm_medium=cpc" } }) }],
    ["an unknown time zone is dropped, a known one kept", { answers: vp, timeZone: "Mars/Olympus" }, { ok: true, lead: expect.objectContaining({ timeZone: null }) }],
    ["without a form: flat answers as given, tier as sent", { form: null, answers: { plan: "pro", seats: 3 }, tier: "hot", estimatedValue: 900, via: "api", source: "api" },
      { ok: true, outcome: null, person: null, lead: expect.objectContaining({ formId: null, answers: { plan: "pro", seats: 3 }, tier: "hot", estimatedValue: 900, outcome: {}, events: [{ type: "submitted", data: { formVersion: null, source: "api", isRepeat: false, via: "api" } }, { type: "scored", data: { total: 0, tier: "hot" } }] }) }],
    // A lead is not refused for one answer: as with a form, a value that is not plain is left out with a warning, an empty one left out.
    ["without a form, a nested answer: left out with a warning, the lead kept", { form: null, answers: { plan: { a: 1 }, seats: 3, none: null, blank: "", tags: [1, 2] }, person: { email: "p@x.io" } },
      { ok: true, warnings: [{ path: "answers.plan", message: FREE_ANSWER_NOT_KEPT_MESSAGE }, { path: "answers.tags", message: FREE_ANSWER_NOT_KEPT_MESSAGE }], lead: expect.objectContaining({ answers: { seats: 3 } }) }],
    ["without a form, a text too long to keep: the warning says so", { form: null, answers: { notes: "x".repeat(10_001), seats: 3 }, person: { email: "p@x.io" } },
      { ok: true, warnings: [{ path: "answers.notes", message: "This answer is too long: at most 10,000 characters (10,001 given): not kept" }], lead: expect.objectContaining({ answers: { seats: 3 } }) }],
    // As a form keeps a key it does not have (it was a 422 for the whole lead).
    ["without a form, an invalid key: kept as not applicable with a warning, the lead kept", { form: null, answers: { "First Name": "Ann", plan: "pro" }, person: { email: "p@x.io" } },
      { ok: true, warnings: [{ path: "answers.First Name", message: FREE_ANSWER_KEY_NOT_ROUTED_MESSAGE }], lead: expect.objectContaining({ answers: { plan: "pro" }, notApplicableAnswers: { "First Name": "Ann" } }) }],
    ["without a form, only valid keys: nothing kept as not applicable", { form: null, answers: { plan: "pro" } }, { ok: true, lead: expect.objectContaining({ notApplicableAnswers: null }) }],
    ["without a form and without a tier: unscored", { form: null, answers: {} }, { ok: true, lead: expect.objectContaining({ tier: "unscored" }) }],
    // A lead from the past (API submittedAt): dated then; routed now while recent, stored as history past 24 hours.
    ["submitted 3 hours ago: dated then, routed now, no warning", { form: null, answers: {}, person: { email: "p@x.io" }, submittedAt: new Date("2026-11-30T09:00:00Z") },
      { ok: true, isRoutable: true, warnings: [], lead: expect.objectContaining({ submittedAt: new Date("2026-11-30T09:00:00Z"), events: [{ type: "submitted", data: { formVersion: null, source: "hosted", isRepeat: false } }, expect.anything()] }) }],
    ["submitted a month ago: history, scored and stored, not routed, a warning says so", { answers: vp, submittedAt: new Date("2026-10-30T12:00:00Z") },
      { ok: true, isRoutable: false, warnings: [{ path: "submittedAt", message: HISTORICAL_LEAD_MESSAGE }],
        lead: expect.objectContaining({ tier: "hot", submittedAt: new Date("2026-10-30T12:00:00Z"), events: [{ type: "submitted", data: { formVersion: 3, source: "hosted", isRepeat: false, isHistorical: true } }, expect.anything()] }) }],
    ["submitted exactly 24 hours ago: still routed", { form: null, answers: {}, person: { email: "p@x.io" }, submittedAt: new Date("2026-11-29T12:00:00Z") }, { ok: true, isRoutable: true, warnings: [] }],
    ["history that is spam: not routed, no history warning", { answers: vp, spamReason: "honeypot", submittedAt: new Date("2026-10-30T12:00:00Z") }, { ok: true, isRoutable: false, warnings: [] }],
    ["no submittedAt: now", { form: null, answers: {} }, { ok: true, isRoutable: true, lead: expect.objectContaining({ submittedAt: now }) }],
    ["submitted in the future: refused at submittedAt", { form: null, answers: {}, submittedAt: new Date("2026-11-30T12:06:00Z") }, { ok: false, issues: [expect.objectContaining({ path: "submittedAt" })] }],
    ["in the future and an invalid answer: both at once", { answers: { ...vp, email: "nope" }, submittedAt: new Date("2026-12-01T12:00:00Z") },
      { ok: false, issues: [expect.objectContaining({ path: "answers.email" }), expect.objectContaining({ path: "submittedAt" })] }],
  ])("%s", (_name, change, expected) => {
    expect(buildLead({ ...base, ...change })).toEqual(expect.objectContaining(expected));
  });

  // Who a lead shows (contactName / contactCompany): the person's, else the answers' — a lead with no
  // email still shows the name it gave (it showed "Unknown person"); never on spam; a Person still needs an email.
  it.each<[string, Partial<TLeadIntake>, { person: unknown; contactName: string | null; contactCompany: string | null }]>([
    ["with an email: the person's name, as before", { answers: vp }, { person: { email: "ann@acme.io", name: "Ann", company: null, phone: null }, contactName: "Ann", contactCompany: null }],
    ["with a form, no email (an API key: kept with a warning) but a name answer: no person, the name kept", { answers: { name: "Ann", role: "vp" }, requiredAnswers: "warn" }, { person: null, contactName: "Ann", contactCompany: null }],
    ["the same as spam: nothing kept", { answers: { name: "Ann", role: "vp" }, requiredAnswers: "warn", spamReason: "too_fast" }, { person: null, contactName: null, contactCompany: null }],
    ["spam with an email: nothing kept, as before", { answers: vp, spamReason: "honeypot" }, { person: null, contactName: null, contactCompany: null }],
    ["without a form or person: the name and company answers", { form: null, answers: { first_name: "Peter", last_name: "Gibbons", company_name: "Initech" } }, { person: null, contactName: "Peter Gibbons", contactCompany: "Initech" }],
    ["without a form, a person without a name: the person as given, the lead shows the name answer", { form: null, answers: { full_name: "Bo Bell" }, person: { email: "bo@b.io" } },
      { person: { email: "bo@b.io", name: null, company: null, phone: null }, contactName: "Bo Bell", contactCompany: null }],
    ["a trusted caller's name and company win over the answers'", { form: null, answers: { name: "Bo", company: "A" }, person: { email: "bo@b.io", name: "Bo Bell", company: "B Inc" } },
      { person: expect.objectContaining({ name: "Bo Bell", company: "B Inc" }), contactName: "Bo Bell", contactCompany: "B Inc" }],
  ])("who it shows: %s", (_name, change, expected) => {
    const built = buildLead({ ...base, ...change });
    if (!built.ok) throw new Error("expected a lead");
    expect({ person: built.person, contactName: built.lead.contactName, contactCompany: built.lead.contactCompany }).toEqual(expected);
  });

  it("marks a repeat on the lead and its submitted event; no earlier lead leaves it as is", () => {
    const built = buildLead({ ...base, answers: vp });
    if (!built.ok) throw new Error("expected a lead");
    expect(markRepeat(built.lead, null)).toBe(built.lead);
    const repeat = markRepeat(built.lead, "lead-0");
    expect(repeat.repeatOfLeadId).toBe("lead-0");
    expect(repeat.events[0]).toEqual({ type: "submitted", data: { formVersion: 3, source: "hosted", isRepeat: true } });
    expect(built.lead.events[0]!.data.isRepeat).toBe(false);
  });
});
