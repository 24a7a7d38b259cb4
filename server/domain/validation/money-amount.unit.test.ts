// One reader of an amount of money for the REST API: POST /api/v1/leads' estimatedValue (and
// routing/test's lead.estimatedValue) and the outcome events' amount. Before, the first took only
// plain decimals ("1,200" a 422) and the second any number's text ("+5", "1e3" taken).
import { describe, expect, it } from "vitest";
import { MAX_MONEY_AMOUNT, MONEY_AMOUNT_MESSAGE, readMoneyAmount } from "./money-amount";

describe("readMoneyAmount: a number as it is, or text as people and CRMs write money", () => {
  it.each<[string, unknown, number | null]>([
    // JSON numbers: as they are, within 0 … MAX_MONEY_AMOUNT (their cents are each caller's rule).
    ["a whole number", 1200, 1200],
    ["a number with cents", 42000.5, 42000.5],
    ["zero", 0, 0],
    ["the largest", MAX_MONEY_AMOUNT, MAX_MONEY_AMOUNT],
    ["a number with three decimals (kept: the caller rounds or refuses)", 1234.565, 1234.565],
    ["a negative number", -1, null],
    ["over the largest", MAX_MONEY_AMOUNT + 0.01, null],
    ["one trillion", 1e12, null],
    ["not finite", Number.POSITIVE_INFINITY, null],
    ["NaN", Number.NaN, null],
    // Text: digits, optional thousands commas in their places, up to 2 decimals, trimmed.
    ["plain digits", "1200", 1200],
    ["a decimal string as the reads answer it", "42000.50", 42000.5],
    ["one decimal", "0.5", 0.5],
    ["text zero", "0", 0],
    ["thousands commas", "1,200", 1200],
    ["thousands commas with cents", "1,200,000.50", 1_200_000.5],
    ["millions", "1,234,567.89", 1_234_567.89],
    ["surrounding spaces trimmed", " 42,000 ", 42000],
    ["the largest as text", "999,999,999,999.99", MAX_MONEY_AMOUNT],
    ["over the largest as text", "1000000000000", null],
    ["over the largest with commas", "1,000,000,000,000", null],
    // Refused: a sign, an exponent, ambiguous or decorated spellings.
    ["a plus sign", "+5", null],
    ["a minus sign", "-5", null],
    ["a negative with commas", "-1,200", null],
    ["an exponent", "1e3", null],
    ["an upper-case exponent", "1E3", null],
    ["three decimals", "1.005", null],
    ["commas and three decimals", "1,200.505", null],
    ["a comma in the wrong place", "1,20", null],
    ["a decimal comma", "12,00", null],
    ["four digits after a comma", "1,2000", null],
    ["a grouped leading zero", "0,500", null],
    ["dots for thousands, comma for decimals", "1.200,50", null],
    ["a space as the separator", "1 200", null],
    ["a currency symbol", "$1,200", null],
    ["a currency code", "1200 USD", null],
    ["a bare decimal point first", ".5", null],
    ["a trailing decimal point", "5.", null],
    ["empty", "", null],
    ["blank", "   ", null],
    ["words", "abc", null],
    ["hex", "0x10", null],
    // Neither a number nor text.
    ["a boolean", true, null],
    ["null", null, null],
    ["an array", [1200], null],
  ])("%s (%j) → %j", (_name, value, expected) => {
    expect(readMoneyAmount(value)).toBe(expected);
  });

  it("the message says what is taken, with examples, the most and what is refused", () => {
    expect(MONEY_AMOUNT_MESSAGE).toMatch(/^Use a non-negative amount like 1200, 1,200 or 1200\.50/);
    expect(MONEY_AMOUNT_MESSAGE).toContain("999,999,999,999.99");
    expect(MONEY_AMOUNT_MESSAGE).toContain("no sign, exponent");
  });
});
