// The bounds of an amount of money a prospect or an integrator gives: a currency question's answer
// (when the question sets no minimum / maximum of its own) and a form-less lead's estimatedValue.
// Never negative (a budget or a deal is never below zero; a question's own bounds narrow the range,
// and validation-bounds.ts refuses bounds outside it), and below one trillion: at most 999,999,999,999.99, what a lead's estimated value and
// an outcome's amount store (numeric(14,2); the events API and the outcome rules use this constant)
// and far inside the numbers JavaScript holds exactly (2^53 ≈ 9×10^15), so no digit is lost and
// routing's open-pipeline sums stay exact. Pure; no zod (the hosted page ships it).
//
// readMoneyAmount is the one reader of an amount an integrator sends the REST API as a number or as
// text: POST /api/v1/leads' estimatedValue (and routing/test's lead.estimatedValue) and the outcome
// events' amount (their zod piece: money-amount-schema.ts). Text is money as people and CRMs write
// it: digits, thousands commas only in their places, up to 2 decimals. A sign, an exponent and the
// ambiguous spellings are refused — "1,20" / "12,00" (a decimal comma?), "1.200,50", "1 200",
// "$1,200". (A number / currency question's answer keeps number-text.ts's wider reading.)

/** The least amount taken when a currency question sets no minimum. */
export const MIN_MONEY_AMOUNT = 0;
/** The most any amount may be, whatever a question sets: 999,999,999,999.99. */
export const MAX_MONEY_AMOUNT = 999_999_999_999.99;

/** Money's text: digits (a leading group of 1–3 then ",ddd" groups, or ungrouped), then up to 2 decimals. No sign, exponent, spaces or symbols. */
export const MONEY_TEXT = /^(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;

/**
 * The amount `value` is, or null: a number as it is (finite, 0 … MAX_MONEY_AMOUNT; its cents are
 * the caller's rule: an outcome refuses a third decimal, an estimated value is kept to the cent),
 * or text trimmed and spelled as MONEY_TEXT, within the same bounds.
 */
export function readMoneyAmount(value: unknown): number | null {
  let amount: number;
  if (typeof value === "number") amount = value;
  else if (typeof value === "string" && MONEY_TEXT.test(value.trim())) amount = Number(value.trim().replace(/,/g, ""));
  else return null;
  return Number.isFinite(amount) && amount >= MIN_MONEY_AMOUNT && amount <= MAX_MONEY_AMOUNT ? amount : null;
}

/** An amount as messages write it: "999,999,999,999.99", "5,000", "-20". */
export function moneyAmountText(amount: number): string {
  return amount.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/** What a refused amount (readMoneyAmount null) is answered with, at its path: what is taken, with examples, and what is not. */
export const MONEY_AMOUNT_MESSAGE =
  `Use a non-negative amount like 1200, 1,200 or 1200.50: a number, or text of digits with up to 2 decimals and commas only between thousands; ` +
  `at most ${moneyAmountText(MAX_MONEY_AMOUNT)}, no sign, exponent, currency symbol or inner spaces`;

/** The range a currency question takes: its own minimum and maximum held within 0 … MAX_MONEY_AMOUNT (a version published before bounds were checked may hold a negative minimum). */
export function moneyRange(validation: { min?: number; max?: number } | undefined): { min: number; max: number } {
  const min = Math.max(validation?.min ?? MIN_MONEY_AMOUNT, MIN_MONEY_AMOUNT);
  const max = Math.min(validation?.max ?? MAX_MONEY_AMOUNT, MAX_MONEY_AMOUNT);
  return { min, max };
}

/** The message for an amount outside [min, max]; null when inside. */
export function moneyAmountIssue(amount: number, range: { min: number; max: number }): string | null {
  if (amount < range.min) return range.min === 0 ? "Please enter an amount of 0 or more" : `Please enter an amount of at least ${moneyAmountText(range.min)}`;
  if (amount > range.max) return `Please enter an amount no greater than ${moneyAmountText(range.max)}`;
  return null;
}
