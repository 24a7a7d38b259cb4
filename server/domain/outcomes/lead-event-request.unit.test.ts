import { describe, expect, it } from "vitest";
import { MAX_MONEY_AMOUNT, MONEY_AMOUNT_MESSAGE } from "../validation/money-amount";
import { ZLeadEventRequest } from "./lead-event-request";

const base = { type: "won", occurredAt: "2026-12-01T10:00:00Z" };

describe("ZLeadEventRequest amount: a number or money's text (readMoneyAmount, as estimatedValue reads it), the same bounds", () => {
  it.each<[string, unknown, number | null | undefined | "invalid"]>([
    ["a number", 42000.5, 42000.5],
    ["a decimal string as GET answers it", "42000.50", 42000.5],
    ["a whole decimal string", "42000", 42000],
    ["one decimal", "0.5", 0.5],
    ["zero", "0", 0],
    ["the largest", "999999999999.99", 999_999_999_999.99],
    ["surrounding spaces trimmed", " 10.00 ", 10],
    ["null: none", null, null],
    ["absent: none", undefined, undefined],
    ["negative string", "-1", "invalid"],
    ["negative number", -1, "invalid"],
    ["three decimals", "1.005", "invalid"],
    ["thousands separators", "42,000.50", 42000.5],
    ["thousands separators, whole", "1,200", 1200],
    ["millions", "1,234,567.89", 1234567.89],
    // Money is not written with an exponent or a sign: both were taken (the intake's number reader), now a 422.
    ["an exponent", "1e3", "invalid"],
    ["a plus sign", "+5", "invalid"],
    ["a decimal comma (ambiguous)", "42.000,50", "invalid"],
    ["a comma in the wrong place (ambiguous)", "1,20", "invalid"],
    ["four digits after a comma", "1,2000", "invalid"],
    ["a space as the separator", "1 200", "invalid"],
    ["thousands separators, three decimals", "1,200.505", "invalid"],
    ["a currency sign", "$10", "invalid"],
    ["empty", "", "invalid"],
    ["over the largest (string)", "1000000000000", "invalid"],
    ["over the largest (number)", 1e12, "invalid"],
    ["a boolean", true, "invalid"],
  ])("%s (%j)", (_name, amount, expected) => {
    const parsed = ZLeadEventRequest.safeParse({ ...base, ...(amount === undefined ? {} : { amount }) });
    if (expected === "invalid") {
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["amount", expect.stringMatching(/^Use a non-negative amount/)]]);
    } else {
      expect(parsed.success).toBe(true);
      expect(parsed.data!.amount).toBe(expected);
    }
  });
});

describe("ZLeadEventRequest amount: the bound every amount of money shares", () => {
  it("is MAX_MONEY_AMOUNT, and its message names it as people write it", () => {
    expect(ZLeadEventRequest.safeParse({ ...base, amount: MAX_MONEY_AMOUNT }).success).toBe(true);
    const over = ZLeadEventRequest.safeParse({ ...base, amount: MAX_MONEY_AMOUNT + 0.01 });
    expect(over.error!.issues[0]!.message).toBe(MONEY_AMOUNT_MESSAGE);
    expect(MONEY_AMOUNT_MESSAGE).toContain("at most 999,999,999,999.99");
  });
});
