import { describe, expect, it } from "vitest";
import { DEMO_FORM_DEFINITION } from "../../../prisma/seed/demo-form-definition";
import { ZFormDefinition } from "../forms/definition";
import { activeFieldKeys, stepPath } from "../forms/logic";
import { CONSENT_EVENT, consentFieldKeys, explicitConsentOf, marketingConsentOf, type TMarketingConsent, type TMarketingConsentInput } from "./marketing-consent";

const FORM = {
  steps: [
    { id: "a", fields: [{ key: "email", type: "email" }, { key: "terms", type: "yes_no" }] },
    { id: "b", fields: [{ key: "news", type: "consent" }, { key: "contact_ok", type: "consent" }] },
  ],
};

describe("marketingConsentOf", () => {
  it.each<[string, TMarketingConsentInput, TMarketingConsent]>([
    ["consent question ticked", { definition: FORM, answers: { email: "a@b.io", news: true }, explicit: null }, { hasConsent: true, via: "form_question", fieldKey: "news" }],
    ["the second consent question ticked", { definition: FORM, answers: { news: false, contact_ok: true }, explicit: null }, { hasConsent: true, via: "form_question", fieldKey: "contact_ok" }],
    ["consent question unticked", { definition: FORM, answers: { news: false }, explicit: null }, { hasConsent: false, via: "none" }],
    ["consent question not asked (not applicable: not among the answers)", { definition: FORM, answers: { email: "a@b.io" }, explicit: null }, { hasConsent: false, via: "none" }],
    ["a yes to another question type is not consent", { definition: FORM, answers: { terms: "yes" }, explicit: null }, { hasConsent: false, via: "none" }],
    ["a string 'true' is not a stored tick", { definition: FORM, answers: { news: "true" }, explicit: null }, { hasConsent: false, via: "none" }],
    ["no form: an answer named consent does not count", { definition: null, answers: { consent: true }, explicit: null }, { hasConsent: false, via: "none" }],
    ["API consent given, no form", { definition: null, answers: {}, explicit: true }, { hasConsent: true, via: "api" }],
    ["API consent given, form box not asked", { definition: FORM, answers: {}, explicit: true }, { hasConsent: true, via: "api" }],
    ["API consent refused wins over a ticked box", { definition: FORM, answers: { news: true }, explicit: false }, { hasConsent: false, via: "api" }],
    ["malformed stored JSON", { definition: { steps: "x" }, answers: [], explicit: null }, { hasConsent: false, via: "none" }],
  ])("%s", (_name, input, expected) => expect(marketingConsentOf(input)).toEqual(expected));
});

describe("explicitConsentOf (a lead's events in memory, as the intake writes them)", () => {
  const submitted = { type: "submitted", data: { via: "api" } };
  it.each<[string, { type: string; data: unknown }[], boolean | null]>([
    ["no consent event", [submitted], null],
    ["no events", [], null],
    ["the API said yes", [submitted, { type: CONSENT_EVENT, data: { marketing: true, via: "api" } }], true],
    ["the API said no", [submitted, { type: CONSENT_EVENT, data: { marketing: false, via: "api" } }], false],
    ["the last one decides", [{ type: CONSENT_EVENT, data: { marketing: true, via: "api" } }, submitted, { type: CONSENT_EVENT, data: { marketing: false, via: "api" } }], false],
    ["marketing missing or not a boolean", [{ type: CONSENT_EVENT, data: { via: "api" } }], null],
    ["another event's marketing field is not consent", [{ type: "submitted", data: { marketing: true } }], null],
  ])("%s", (_name, events, expected) => expect(explicitConsentOf(events)).toBe(expected));

  it("with marketingConsentOf: the explicit answer read from the events wins over a ticked box", () => {
    const events = [submitted, { type: CONSENT_EVENT, data: { marketing: false, via: "api" } }];
    expect(marketingConsentOf({ definition: FORM, answers: { news: true }, explicit: explicitConsentOf(events) })).toEqual({ hasConsent: false, via: "api" });
    expect(marketingConsentOf({ definition: FORM, answers: { news: true }, explicit: explicitConsentOf([submitted]) })).toEqual({ hasConsent: true, via: "form_question", fieldKey: "news" });
  });
});

describe("the demo form", () => {
  it("asks for consent on its early nurture end (getting_started) and at the end of the full form", () => {
    const steps = DEMO_FORM_DEFINITION.steps;
    const keysOf = (stepId: string) => consentFieldKeys({ steps: steps.filter((s) => s.id === stepId) });
    expect(keysOf("getting_started")).toEqual(["guide_consent"]);
    expect(keysOf("needs")).toEqual(["consent"]);
  });

  const demo = ZFormDefinition.parse(DEMO_FORM_DEFINITION);
  const base = { role: "founder", authority: "decision_maker", industry: "technology", region: "europe" };
  it.each([
    ["small and just exploring: asked on the step the form ends after", { company_size: "1-19", start_when: "just_exploring" }, "nurture_no_email", ["guide_consent"]],
    ["small and just exploring, box ticked: the nurture end (the guide by email)", { company_size: "1-19", start_when: "just_exploring", guide_consent: true }, "nurture", ["guide_consent"]],
    ["small and just exploring, box unticked: the end that promises no email", { company_size: "1-19", start_when: "just_exploring", guide_consent: false }, "nurture_no_email", ["guide_consent"]],
    ["small but in a hurry: the full form's consent only", { company_size: "1-19", start_when: "asap" }, null, ["consent"]],
    ["20-199 just exploring: the full form's consent only", { company_size: "20-199", start_when: "just_exploring" }, null, ["consent"]],
    ["a big company's decision maker (budget step): the full form's consent only", { company_size: "200-999", budget: "50k_150k", timeline: "this_quarter" }, null, ["consent"]],
  ])("%s", (_name, answers, endOutcomeId, consentKeys) => {
    const all = { ...base, ...answers };
    expect(stepPath(demo, all).endOutcomeId).toBe(endOutcomeId);
    const active = activeFieldKeys(demo, all);
    expect(consentFieldKeys(demo).filter((k) => active.has(k))).toEqual(consentKeys);
  });
});
