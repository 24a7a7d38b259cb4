// A lead's value in the workspace's routing currency (Lead.routingValue), computed once at intake
// with the exchange rates in force then: routing's value thresholds, pipeline caps and review
// minimum are amounts of the routing currency, and a lead's estimated value is in its own (its
// form's scoring currency): ¥1,500,000 (~$10,000) must not be taken for 1.5 million dollars.
// Same currency: the value as it is. Another currency: value × rate (1 <currency> = rate <routing
// currency>), rounded to cents. No rate for it: no routing value, and the reason says why (the lead
// is routed as a lead without value). Pure.
import { moneyText } from "./currency-code";

/** The workspace's routing currency and its rates: 1 unit of each key = value units of `routingCurrency`. */
export interface TExchangeRates {
  routingCurrency: string;
  rates: Readonly<Record<string, number>>;
}

/** What routing may compare a value in (the largest a routing value column holds). */
export const MAX_ROUTING_VALUE = 9_999_999_999_999_999.99;

export type TRoutingValue =
  | { ok: true; value: number | null; rate: number | null }
  | { ok: false; reason: "no_rate" | "out_of_range"; value: null };

/** `amount` (in `currency`) in the routing currency; null amount → null value (no rate needed). */
export function routingValueOf(amount: number | null, currency: string, rates: TExchangeRates): TRoutingValue {
  if (amount === null) return { ok: true, value: null, rate: null };
  const from = currency.toUpperCase();
  if (from === rates.routingCurrency) return { ok: true, value: amount, rate: null };
  const rate = Object.hasOwn(rates.rates, from) ? rates.rates[from]! : undefined;
  if (rate === undefined || !(rate > 0)) return { ok: false, reason: "no_rate", value: null };
  const value = Math.round(amount * rate * 100 + Math.sign(amount) * 1e-7) / 100;
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ROUTING_VALUE) return { ok: false, reason: "out_of_range", value: null };
  return { ok: true, value, rate };
}

/**
 * A lead's routing value (Lead.routingValue) from its estimated value and currency: THE one
 * conversion of every write of a lead's value — the intake (intake-routing-value.ts), "Test a
 * lead", the demo history and the recompute after an admin changes a rate or the routing currency
 * (services/currencies/recompute-routing-values.ts). The value is first rounded to the cents its
 * column stores, then converted; no rate (or out of range): null, routed as a lead without value.
 */
export function leadRoutingValue(estimatedValue: number | null, currency: string, rates: TExchangeRates): number | null {
  if (estimatedValue === null) return null;
  return routingValueOf(Math.round(estimatedValue * 100) / 100, currency, rates).value;
}

/**
 * How a lead's value entered routing, for the decision's reasons (null: nothing to say — no
 * value, or already in the routing currency): "value €12,000 ≈ $12,960 (USD, the routing currency)"
 * or "value €12,000 not used for routing: no exchange rate EUR → USD (an admin sets rates in Routing → Currencies)".
 */
export function routingValueNote(amount: number | null, currency: string, routingValue: number | null, routingCurrency: string | null): string | null {
  if (amount === null) return null;
  const from = currency.toUpperCase();
  if (routingCurrency !== null && from === routingCurrency) return null;
  if (routingValue === null) {
    const pair = routingCurrency === null ? from : `${from} → ${routingCurrency}`;
    return `value ${moneyText(amount, from)} not used for routing: no exchange rate ${pair} (an admin sets rates in Routing → Currencies)`;
  }
  if (routingCurrency === null) return null;
  return `value ${moneyText(amount, from)} ≈ ${moneyText(routingValue, routingCurrency)} (converted to ${routingCurrency}, the routing currency)`;
}
