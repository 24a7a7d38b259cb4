// The zod piece of an amount of money sent to the REST API as a number or as text: POST
// /api/v1/leads' estimatedValue (also routing/test's lead.estimatedValue) and the outcome events'
// amount. One reader, readMoneyAmount (money-amount.ts, kept free of zod for the hosted page);
// here only the schema around it, so both fields take the same spellings, refuse the same ones
// with the same message at their own path, and document the same number range and text pattern
// in the OpenAPI document (generated from the schema's input).
import { z } from "zod";
import { MAX_MONEY_AMOUNT, MIN_MONEY_AMOUNT, MONEY_AMOUNT_MESSAGE, MONEY_TEXT, moneyAmountText, readMoneyAmount } from "./money-amount";

/** What both fields' OpenAPI descriptions say the amount takes, refusals at `path` (each field adds its own context before it). */
export const moneyAmountDescription = (path: string) =>
  `A non-negative amount up to ${moneyAmountText(MAX_MONEY_AMOUNT)}: a number (42000.5), or text of digits with up to 2 decimals and thousands commas only in their places ` +
  `("1200", "1,200", "42000.50" as GET answers amounts, "1,200,000.50"; spaces around are ignored). ` +
  `A sign, an exponent, a currency symbol, inner spaces or an ambiguous spelling ("+5", "-5", "1e3", "1,20", "1.200,50", "1 200", "$1,200") is a 422 at ${path} saying what is taken.`;

/** A number or money's text → the amount as a number; anything else one issue with MONEY_AMOUNT_MESSAGE. */
export const ZMoneyAmount = z
  .union(
    [
      z.number({ error: MONEY_AMOUNT_MESSAGE }).min(MIN_MONEY_AMOUNT, MONEY_AMOUNT_MESSAGE).max(MAX_MONEY_AMOUNT, MONEY_AMOUNT_MESSAGE),
      z.string({ error: MONEY_AMOUNT_MESSAGE }).trim().regex(MONEY_TEXT, MONEY_AMOUNT_MESSAGE),
    ],
    { error: MONEY_AMOUNT_MESSAGE },
  )
  .transform((value, ctx) => {
    const amount = readMoneyAmount(value);
    if (amount !== null) return amount;
    ctx.addIssue({ code: "custom", message: MONEY_AMOUNT_MESSAGE });
    return z.NEVER;
  });
