import { describe, expect, it } from "vitest";
import type { TAnswers } from "@/server/domain/forms/definition";
import { matchRe2Pattern } from "@/server/domain/forms/re2-pattern";
import { prefillFromParams, referrerValues, type TUrlParams } from "./prefill";
import { TEST_FORM } from "./test-form";

describe("prefillFromParams", () => {
  it.each<[string, TUrlParams, TAnswers, TAnswers]>([
    ["nothing", {}, {}, {}],
    ["a valid email, trimmed", { email: "  ada@acme.com " }, { email: "ada@acme.com" }, {}],
    ["an invalid email is ignored", { email: "not-an-email" }, {}, {}],
    ["a company size band", { company_size: "51-200" }, { company_size: "51-200" }, {}],
    ["an unknown band is ignored", { company_size: "huge" }, {}, {}],
    ["a currency amount becomes a number", { budget: "25,000" }, { budget: 25000 }, {}],
    ["a number out of range is ignored", { seats: "9000" }, {}, {}],
    ["a number in range", { seats: "12" }, { seats: 12 }, {}],
    ["multiple choice, comma-separated", { use_cases: "routing,scoring" }, { use_cases: ["routing", "scoring"] }, {}],
    ["multiple choice, repeated", { use_cases: ["scoring", "routing"] }, { use_cases: ["scoring", "routing"] }, {}],
    ["multiple choice with an unknown option is ignored", { use_cases: "routing,dancing" }, {}, {}],
    ["yes/no from true", { has_crm: "true" }, { has_crm: "yes" }, {}],
    ["yes/no from no", { has_crm: "no" }, { has_crm: "no" }, {}],
    ["yes/no nonsense is ignored", { has_crm: "maybe" }, {}, {}],
    ["a url gets a scheme", { website: "acme.com" }, { website: "https://acme.com" }, {}],
    ["consent is never prefilled", { consent: "true" }, {}, {}],
    ["statements take nothing", { intro: "x" }, {}, {}],
    ["the first of repeated single values", { email: ["a@acme.com", "b@acme.com"] }, { email: "a@acme.com" }, {}],
    ["an empty value is ignored", { email: "" }, {}, {}],
    ["unknown params are ignored", { foo: "bar" }, {}, {}],
    ["hidden field by its key", { utm_source: "linkedin" }, {}, { utm_source: "linkedin" }],
    ["hidden field by its source", { utm_campaign: "spring", campaign: "ignored" }, {}, { campaign: "spring" }],
    ["hidden values are cut to 500 characters", { utm_source: "x".repeat(900) }, {}, { utm_source: "x".repeat(500) }],
    ["blank hidden values are ignored", { utm_source: "  " }, {}, {}],
  ])("%s", (_name, params, answers, hiddenValues) => {
    expect(prefillFromParams(TEST_FORM, params, matchRe2Pattern)).toEqual({ answers, hiddenValues });
  });
});

describe("referrerValues", () => {
  it.each<[string, string, TAnswers, TAnswers]>([
    ["fills fields whose source is referrer", "https://news.example.com/a", {}, { came_from: "https://news.example.com/a" }],
    ["nothing without a referrer", "", {}, {}],
    ["a URL parameter wins", "https://news.example.com/a", { came_from: "from-url" }, {}],
  ])("%s", (_name, referrer, filled, expected) => {
    expect(referrerValues(TEST_FORM, referrer, filled)).toEqual(expected);
  });
});
