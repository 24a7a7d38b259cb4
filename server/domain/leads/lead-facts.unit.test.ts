import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TFormDefinitionInput } from "../forms/definition";
import { attributionOf, personFromAnswers, spamReasonOf } from "./lead-facts";

const definition = ZFormDefinition.parse({
  title: "T",
  steps: [
    {
      id: "s",
      fields: [
        { key: "phone", type: "phone", label: "Phone" },
        { key: "work_email", type: "email", label: "Email" },
        { key: "other_email", type: "email", label: "Other" },
        { key: "first_name", type: "short_text", label: "First" },
        { key: "last_name", type: "short_text", label: "Last" },
        { key: "company_name", type: "short_text", label: "Company" },
        { key: "src", type: "hidden", label: "src", source: "utm_source" },
        { key: "gclid", type: "hidden", label: "gclid" },
        { key: "ref", type: "hidden", label: "ref", source: "referrer" },
      ],
    },
  ],
  outcomes: [{ id: "o", type: "message", title: "Thanks" }],
  defaultOutcomeId: "o",
} satisfies TFormDefinitionInput);

describe("personFromAnswers", () => {
  it.each([
    [{ work_email: " Ann@Acme.IO ", first_name: "Ann", last_name: "Lee", company_name: "Acme" }, { email: "ann@acme.io", name: "Ann Lee", company: "Acme" }],
    [{ other_email: "b@b.io", first_name: "Bo" }, { email: "b@b.io", name: "Bo", company: null }],
    [{ work_email: "a@a.io", other_email: "b@b.io", last_name: "Lee" }, { email: "a@a.io", name: "Lee", company: null }],
    [{ phone: "+1 555" }, null],
  ])("%j → %j", (answers, expected) => {
    expect(personFromAnswers(definition, answers)).toEqual(expected);
  });
});

describe("attributionOf", () => {
  it("reads utm_* and gclid from hidden fields by source, then from the page URL; referrer from the context first", () => {
    const answers = { src: "ads", gclid: "G1", ref: "https://hidden.example/" };
    expect(attributionOf(definition, answers, { pageUrl: "https://x.example/?utm_source=ignored&UTM_Medium=cpc&foo=1", referrer: "https://r.example/" })).toEqual({
      utm: { utm_source: "ads", gclid: "G1", utm_medium: "cpc", pageUrl: "https://x.example/?utm_source=ignored&UTM_Medium=cpc&foo=1" },
      referrer: "https://r.example/",
    });
    expect(attributionOf(definition, answers, { pageUrl: "not a url" })).toEqual({ utm: { utm_source: "ads", gclid: "G1", pageUrl: "not a url" }, referrer: "https://hidden.example/" });
    expect(attributionOf(definition, {}, undefined)).toEqual({ utm: {}, referrer: null });
  });

  it("takes fbclid from an embed host page's URL like gclid (Meta ads click id)", () => {
    const pageUrl = "https://www.acme.com/pricing?fbclid=F1&gclid=G2&utm_campaign=spring";
    expect(attributionOf(definition, {}, { pageUrl }).utm).toEqual({ fbclid: "F1", gclid: "G2", utm_campaign: "spring", pageUrl });
  });
});

describe("spamReasonOf", () => {
  const now = new Date("2026-01-01T00:00:10Z");
  it.each([
    [{ answers: {} }, null],
    [{ answers: {}, company_website_hp: "   " }, null],
    [{ answers: {}, company_website_hp: "x" }, "honeypot"],
    [{ answers: {}, context: { startedAt: "2026-01-01T00:00:08Z" } }, "too_fast"],
    [{ answers: {}, context: { startedAt: "2026-01-01T00:00:07Z" } }, null],
    [{ answers: {}, context: { startedAt: "2026-01-01T00:01:00Z" } }, "too_fast"],
    [{ answers: {}, context: { fillTimeMs: 2999 } }, "too_fast"],
    [{ answers: {}, context: { fillTimeMs: 3000 } }, null],
    // The browser's own measure wins over a skewed startedAt.
    [{ answers: {}, context: { fillTimeMs: 45_000, startedAt: "2026-01-01T00:01:00Z" } }, null],
  ])("%j → %s", (request, expected) => {
    expect(spamReasonOf(request, now)).toBe(expected);
  });
});
