// Numbers and dates as the dashboard shows them, for email text (pure; the same on every server,
// whatever its locale or zone).

/**
 * An amount in its currency, whole units: "$200,000", "€200,000", "£1,250". An unknown currency
 * code still shows the amount with its code ("200,000 XYZ"), never a bare number.
 */
export function formatEmailMoney(amount: number | string, currency: string | null | undefined): string {
  const value = typeof amount === "number" ? amount : Number(amount);
  const code = (currency ?? "").trim().toUpperCase();
  if (!Number.isFinite(value)) return `${String(amount)}${code ? ` ${code}` : ""}`;
  if (code) {
    try {
      return new Intl.NumberFormat("en-US", { style: "currency", currency: code, maximumFractionDigits: 0 }).format(value);
    } catch {
      // not an ISO 4217 code: the number and the code as stored
    }
  }
  const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value);
  return code ? `${number} ${code}` : number;
}

/** "Dec 11, 2026": a day as the dashboard writes it (components/forms/form-dates.ts formatDay), in UTC. */
export function formatEmailDay(date: Date): string {
  return date.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
}
