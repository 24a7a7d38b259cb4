// The routing-currency settings as an admin reads them: the routing currency, its rates, and the
// currencies the workspace's forms and leads actually use, each flagged when routing cannot read
// its values ("JPY leads are routed without value — add a rate"). And the checks of an admin's
// edit (a rate > 0, a currency other than the routing currency), each naming its field. Pure.
import { parseCurrencyCode } from "./currency-code";

export interface TRateRow {
  currency: string;
  rate: number;
  updatedAt: Date;
  updatedByName: string | null;
}

export interface TCurrencyInUse {
  currency: string;
  /** Published forms whose scoring values leads in it (their current version). */
  forms: number;
  leads: number;
  /** The routing currency, or a rate converts it. */
  isRouted: boolean;
  /** Shown beside a currency routing cannot read; null when it can. */
  warning: string | null;
}

export function currenciesInUse(routingCurrency: string, rates: readonly Pick<TRateRow, "currency">[], forms: Readonly<Record<string, number>>, leads: Readonly<Record<string, number>>): TCurrencyInUse[] {
  const rated = new Set(rates.map((r) => r.currency));
  const codes = new Set([...Object.keys(forms), ...Object.keys(leads)].map((c) => c.toUpperCase()));
  return [...codes]
    .sort((a, b) => (a === routingCurrency ? -1 : b === routingCurrency ? 1 : a.localeCompare(b)))
    .map((currency) => {
      const isRouted = currency === routingCurrency || rated.has(currency);
      return {
        currency,
        forms: forms[currency] ?? 0,
        leads: leads[currency] ?? 0,
        isRouted,
        warning: isRouted ? null : `${currency} leads are routed without value — add a rate (1 ${currency} = ? ${routingCurrency})`,
      };
    });
}

/** The largest rate taken (1 unit of a currency in the routing currency). */
export const MAX_EXCHANGE_RATE = 1_000_000_000;

export type TRateInputResult = { ok: true; currency: string; rate: number } | { ok: false; issues: { path: string; message: string }[] };

/** An admin's "1 <currency> = <rate> <routing currency>": checked, the code upper-cased. */
export function checkRateInput(routingCurrency: string, input: { currency: string; rate: number }): TRateInputResult {
  const issues: { path: string; message: string }[] = [];
  const code = parseCurrencyCode(input.currency);
  if (!code.ok) issues.push({ path: "currency", message: code.message });
  else if (code.code === routingCurrency) issues.push({ path: "currency", message: `${code.code} is the routing currency: its leads need no rate` });
  if (!Number.isFinite(input.rate) || input.rate <= 0) issues.push({ path: "rate", message: "Enter a rate greater than 0" });
  else if (input.rate > MAX_EXCHANGE_RATE) issues.push({ path: "rate", message: `Enter a rate no greater than ${MAX_EXCHANGE_RATE.toLocaleString("en-US")}` });
  else if (Math.round(input.rate * 1e10) / 1e10 === 0) issues.push({ path: "rate", message: "Enter a rate with at most 10 decimal places" });
  if (issues.length > 0 || !code.ok) return { ok: false, issues };
  return { ok: true, currency: code.code, rate: Math.round(input.rate * 1e10) / 1e10 };
}
