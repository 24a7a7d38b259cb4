// A currency answer's bounds: the question's own minimum and maximum, else not negative and at
// most 999,999,999,999.99 (validation/money-amount.ts) — a lead page showed "-$5.00" and
// "$12,345,678,901,234,567,000.00" (past 2^53 digits are lost), and the value feeds routing's
// open-pipeline counters. One rule for the hosted form, the embed and both intake APIs.
import { describe, expect, it } from "vitest";
import { matchNativePattern } from "./pattern-matcher";
import { validateFieldValue, type TFieldValueResult } from "./validate-field-value";
import { validateStep } from "./validate-step";
import { ZField, ZFormDefinition } from "./definition";
import { MAX_MONEY_AMOUNT } from "../validation/money-amount";

const currency = (validation?: Record<string, number>) => ZField.parse({ key: "budget", type: "currency", label: "Budget", ...(validation ? { validation } : {}) });
const ok = (value: number): TFieldValueResult => ({ ok: true, value });
const fail = (message: string): TFieldValueResult => ({ ok: false, message });

describe("a currency answer", () => {
  it.each<[string, ReturnType<typeof currency>, unknown, TFieldValueResult]>([
    // No bounds on the question: not negative, at most 999,999,999,999.99.
    ["zero", currency(), 0, ok(0)],
    ["an amount", currency(), 25_000, ok(25_000)],
    ["with cents and commas", currency(), "1,200.50", ok(1200.5)],
    ["negative", currency(), -5, fail("Please enter an amount of 0 or more")],
    ["negative text", currency(), "-5.00", fail("Please enter an amount of 0 or more")],
    ["the largest", currency(), 999_999_999_999.99, ok(MAX_MONEY_AMOUNT)],
    ["one trillion", currency(), 1_000_000_000_000, fail("Please enter an amount no greater than 999,999,999,999.99")],
    ["twenty digits", currency(), "12345678901234567890", fail("Please enter an amount no greater than 999,999,999,999.99")],
    ["an exponent past it", currency(), "1e20", fail("Please enter an amount no greater than 999,999,999,999.99")],
    ["not an amount", currency(), "lots", fail("Please enter an amount")],
    // The question's own bounds replace the defaults, within the same ceiling.
    ["under the question's minimum", currency({ min: 1000 }), 999, fail("Please enter an amount of at least 1,000")],
    ["at the question's minimum", currency({ min: 1000 }), 1000, ok(1000)],
    ["over the question's maximum", currency({ max: 50_000 }), 50_001, fail("Please enter an amount no greater than 50,000")],
    // A version stored with bounds outside 0 … 999,999,999,999.99 (the builder, saving and publishing
    // refuse them now: validation-bounds.ts) is held to that range: one rule.
    ["a negative minimum the question sets is held to 0", currency({ min: -100 }), -100, fail("Please enter an amount of 0 or more")],
    ["a maximum past the ceiling is held to it", currency({ max: 1e20 }), 1e13, fail("Please enter an amount no greater than 999,999,999,999.99")],
    ["a minimum past the floor is held to 0", currency({ min: -1e20 }), -1e13, fail("Please enter an amount of 0 or more")],
  ])("%s (%j)", (_name, field, value, expected) => {
    expect(validateFieldValue(field, value, matchNativePattern)).toEqual(expected);
  });

  it("a number question keeps its own rules (negative allowed without a minimum)", () => {
    expect(validateFieldValue(ZField.parse({ key: "n", type: "number", label: "N" }), -3, matchNativePattern)).toEqual(ok(-3));
  });
});

describe("the hosted form and the embed (validateStep) show the same message next to the control", () => {
  const form = ZFormDefinition.parse({
    title: "Budget",
    steps: [{ id: "s1", fields: [{ key: "budget", type: "currency", label: "Budget", currency: "USD" }] }],
    outcomes: [{ id: "thanks", type: "message", title: "Thanks" }],
    defaultOutcomeId: "thanks",
  });
  it.each<[string, string, string]>([
    ["negative", "-5", "Please enter an amount of 0 or more"],
    ["twenty digits", "12345678901234567890", "Please enter an amount no greater than 999,999,999,999.99"],
  ])("%s", (_name, typed, message) => {
    const checked = validateStep(form, "s1", { budget: typed }, new Set(["budget"]), matchNativePattern);
    expect(checked).toEqual({ ok: false, errors: { budget: message } });
  });
});
