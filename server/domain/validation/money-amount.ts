// The bounds of an amount of money a prospect or an integrator gives: a currency question's answer
// (when the question sets no minimum / maximum of its own) and a form-less lead's estimatedValue.
// Never negative (a budget or a deal is never below zero; a question's own bounds narrow the range,
// and validation-bounds.ts refuses bounds outside it), and below one trillion: at most 999,999,999,999.99, what a lead's estimated value and
// an outcome's amount store (numeric(14,2); the events API and the outcome rules use this constant)
// and far inside the numbers JavaScript holds exactly (2^53 ≈ 9×10^15), so no digit is lost and
// routing's open-pipeline sums stay exact. Pure; no zod (the hosted page ships it).

/** An amount as a decimal string, as the reads give amounts ("42000.50"): digits, then up to 2 decimals; no sign, exponent, spaces or thousands separators. Taken by the leads API's estimatedValue (the outcome events' amount reads text with number-text.ts's parseNumber instead, so it also takes "42,000.50"). */
export const DECIMAL_AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** The least amount taken when a currency question sets no minimum. */
export const MIN_MONEY_AMOUNT = 0;
/** The most any amount may be, whatever a question sets: 999,999,999,999.99. */
export const MAX_MONEY_AMOUNT = 999_999_999_999.99;

/** An amount as messages write it: "999,999,999,999.99", "5,000", "-20". */
export function moneyAmountText(amount: number): string {
  return amount.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

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
