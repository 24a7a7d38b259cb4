// Currency codes as routing and its settings take them: ISO 4217's three letters, any letter case
// in, upper case stored ("eur" → "EUR"). Only the shape is checked (a code Intl does not know, a
// new or test currency, still converts with a rate an admin set for it). Pure.

export type TCurrencyCodeResult = { ok: true; code: string } | { ok: false; message: string };

/** What a code that is not three letters is refused with (Settings → Currencies, routing/test's lead.currency). */
export const CURRENCY_CODE_MESSAGE = "Enter a three-letter ISO 4217 currency code, e.g. USD, EUR or JPY";

/** "eur", " EUR " → "EUR"; anything but three letters A–Z is refused with a message. */
export function parseCurrencyCode(input: string): TCurrencyCodeResult {
  const code = input.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return { ok: false, message: CURRENCY_CODE_MESSAGE };
  return { ok: true, code };
}

/** An amount with its currency's sign where Intl knows it: "€12,000", "¥1,500,000", "$12,960.50"; else "12,000 XYZ". */
export function moneyText(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 }).format(amount);
  } catch {
    return `${amount.toLocaleString("en-US", { maximumFractionDigits: 2 })} ${currency}`;
  }
}
