import { describe, expect, it } from "vitest";
import { requestIssues } from "../validation/request-issues";
import { ZCreateLeadRequest } from "./create-lead-request";

const person = { email: "x@ex-ample.com" };
const parse = (body: unknown) => {
  const parsed = ZCreateLeadRequest.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: requestIssues(parsed.error.issues) };
};

describe("ZCreateLeadRequest: a lead is not refused for what it can keep", () => {
  // null is "not given" for every optional property: what GET /api/v1/leads/{id} answers can be sent back (each was a 422).
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["person's name, company and phone null", { person: { ...person, name: null, company: null, phone: null } }, { person }],
    ["person null", { person: null }, {}],
    ["a UTM value null: left out", { utm: { utm_source: null, utm_medium: "cpc" } }, { utm: { utm_medium: "cpc" } }],
    ["utm null", { utm: null }, {}],
    ["source, timeZone, form, tier, estimatedValue null", { source: null, timeZone: null, form: null, tier: null, estimatedValue: null }, {}],
    // A finite number where free text is expected is taken as its text (each was a 422).
    ["a phone number as a number", { person: { ...person, phone: 12345 } }, { person: { ...person, phone: "12345" } }],
    ["a UTM value as a number", { utm: { utm_id: 123 } }, { utm: { utm_id: "123" } }],
    ["a name, company and source as numbers", { person: { ...person, name: 7, company: 3.5 }, source: 42 }, { person: { ...person, name: "7", company: "3.5" }, source: "42" }],
    ["text is trimmed", { person: { ...person, phone: "  +1 555  " } }, { person: { ...person, phone: "+1 555" } }],
  ])("%s → accepted", (_name, extra, expected) => {
    expect(parse({ answers: { a: "b" }, ...extra })).toEqual({ ok: true, data: { answers: { a: "b" }, ...expected } });
  });

  // Identifiers and what cannot be text stay a 422 at their path.
  it.each<[string, Record<string, unknown>, string]>([
    ["person.email null", { person: { email: null } }, "person.email"],
    ["person.email a number", { person: { email: 5 } }, "person.email"],
    ["a phone object", { person: { ...person, phone: { n: 1 } } }, "person.phone"],
    ["a phone too long", { person: { ...person, phone: "1".repeat(51) } }, "person.phone"],
    ["a UTM value infinite", { utm: { utm_id: Number.POSITIVE_INFINITY } }, "utm.utm_id"],
    ["a tier as a number", { tier: 3 }, "tier"],
    ["a time zone as a number", { timeZone: 1 }, "timeZone"],
    ["an empty source", { source: " " }, "source"],
    ["answers null", { answers: null }, "answers"],
  ])("%s → 422 at %s", (_name, extra, path) => {
    const result = parse({ answers: { a: "b" }, ...extra });
    expect(result.ok).toBe(false);
    expect(result.issues?.map((i) => i.path)).toContain(path);
  });
});
