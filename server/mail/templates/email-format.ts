// Numbers and dates as the dashboard shows them, for email text (pure; the same on every server,
// whatever its locale or zone). The Intl formatters are built once per process (per currency
// code): building one costs far more than formatting with it, and every alert formats its value.

/** Formatters by upper-cased currency code; null: not an ISO 4217 code the runtime knows. */
const currencyFormats = new Map<string, Intl.NumberFormat | null>();
/** More distinct codes than any workspace has: beyond it, codes are formatted without caching. */
const MAX_CACHED_CODES = 256;
const plainNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const utcDay = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

function currencyFormat(code: string): Intl.NumberFormat | null {
  const cached = currencyFormats.get(code);
  if (cached !== undefined) return cached;
  let format: Intl.NumberFormat | null;
  try {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency: code, maximumFractionDigits: 0 });
  } catch {
    format = null; // not an ISO 4217 code: the number and the code as stored
  }
  if (currencyFormats.size < MAX_CACHED_CODES) currencyFormats.set(code, format);
  return format;
}

/**
 * An amount in its currency, whole units: "$200,000", "€200,000", "£1,250". An unknown currency
 * code still shows the amount with its code ("200,000 XYZ"), never a bare number.
 */
export function formatEmailMoney(amount: number | string, currency: string | null | undefined): string {
  const value = typeof amount === "number" ? amount : Number(amount);
  const code = (currency ?? "").trim().toUpperCase();
  if (!Number.isFinite(value)) return `${String(amount)}${code ? ` ${code}` : ""}`;
  const format = code ? currencyFormat(code) : null;
  if (format) return format.format(value);
  const number = plainNumber.format(value);
  return code ? `${number} ${code}` : number;
}

/** "Dec 11, 2026": a day as the dashboard writes it (components/forms/form-dates.ts formatDay), in UTC. */
export function formatEmailDay(date: Date): string {
  return utcDay.format(date);
}

/**
 * A question's label and its answer on one line: "Company: Initech". A label that ends in its own
 * punctuation keeps it and gets no colon after it ("What is your budget? $50,000"; a consent
 * sentence "I agree to be contacted. Yes"), never "…Switchboard.: Yes".
 */
export function labelledAnswer(label: string, value: string): string {
  const trimmed = label.trimEnd();
  if (/[:：.?!…。？！]$/u.test(trimmed)) return `${trimmed} ${value}`;
  return `${trimmed}: ${value}`;
}
