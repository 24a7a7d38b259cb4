import { describe, expect, it } from "vitest";
import type { TAnswers } from "@/server/domain/forms/definition";
import { pickAnswers, toAnswers, toFormValues, withEmptyKeys } from "./answer-values";
import { TEST_FORM } from "./test-form";

describe("toAnswers", () => {
  it.each<[string, Record<string, unknown>, TAnswers, TAnswers]>([
    ["empty inputs are no answers", { email: "", budget: "", use_cases: [], consent: false, has_crm: null }, {}, {}],
    ["numbers are parsed", { budget: "1,200", seats: "3" }, {}, { budget: 1200, seats: 3 }],
    ["unparseable numbers stay text (validation reports them)", { seats: "many" }, {}, { seats: "many" }],
    ["a single checked checkbox (string) becomes a list", { use_cases: "routing" }, {}, { use_cases: ["routing"] }],
    ["an unchecked single checkbox (false) is no answer", { use_cases: false }, {}, {}],
    ["consent ticked", { consent: true }, {}, { consent: true }],
    ["hidden values are kept", { email: "a@b.co" }, { utm_source: "ads" }, { utm_source: "ads", email: "a@b.co" }],
    ["an input clears a stale hidden value of the same key", { email: "" }, { email: "stale" }, {}],
    ["statements and unknown keys are ignored", { intro: "x", other: "y" }, {}, {}],
  ])("%s", (_name, values, hidden, expected) => expect(toAnswers(TEST_FORM, values, hidden)).toEqual(expected));
});

describe("toFormValues", () => {
  it("gives every input field a value and skips statements and hidden fields", () => {
    expect(toFormValues(TEST_FORM, { budget: 5000, use_cases: ["scoring"], consent: true, email: "a@b.co" })).toEqual({
      company_size: "",
      budget: "5000",
      seats: "",
      use_cases: ["scoring"],
      has_crm: "",
      email: "a@b.co",
      website: "",
      consent: true,
    });
  });

  it("round-trips through toAnswers", () => {
    const answers: TAnswers = { company_size: "11-50", budget: 900, use_cases: ["routing"], has_crm: "yes", email: "a@b.co", consent: true };
    expect(toAnswers(TEST_FORM, toFormValues(TEST_FORM, answers))).toEqual(answers);
  });
});

describe("pickAnswers", () => {
  it("keeps only the given keys", () => {
    expect(pickAnswers({ a: "1", b: 2, c: true }, new Set(["a", "c"]))).toEqual({ a: "1", c: true });
  });
});

describe("withEmptyKeys", () => {
  it("adds null for unanswered input fields only", () => {
    expect(withEmptyKeys(TEST_FORM, { email: "a@b.co", utm_source: "x" })).toEqual({
      email: "a@b.co", utm_source: "x", company_size: null, budget: null, seats: null, use_cases: null, has_crm: null, website: null, consent: null,
    });
  });
});
