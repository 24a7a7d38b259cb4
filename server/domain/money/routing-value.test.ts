import { describe, expect, it } from "vitest";
import { moneyText, parseCurrencyCode } from "./currency-code";
import { leadRoutingValue, routingValueOf, routingValueNote, type TExchangeRates } from "./routing-value";

const usd: TExchangeRates = { routingCurrency: "USD", rates: { EUR: 1.08, JPY: 0.0067, GBP: 1.27 } };

describe("routingValueOf", () => {
  const cases: [string, number | null, string, TExchangeRates, ReturnType<typeof routingValueOf>][] = [
    ["no value needs no rate", null, "JPY", { routingCurrency: "USD", rates: {} }, { ok: true, value: null, rate: null }],
    ["same currency: as it is", 12000.5, "USD", usd, { ok: true, value: 12000.5, rate: null }],
    ["same currency in lower case", 500, "usd", usd, { ok: true, value: 500, rate: null }],
    ["EUR at 1.08", 12000, "EUR", usd, { ok: true, value: 12960, rate: 1.08 }],
    ["JPY at 0.0067: ¥1,500,000 ≈ $10,050", 1_500_000, "JPY", usd, { ok: true, value: 10050, rate: 0.0067 }],
    ["rounded to cents", 333.33, "GBP", usd, { ok: true, value: 423.33, rate: 1.27 }],
    ["half a cent rounds up", 0.5, "EUR", { routingCurrency: "USD", rates: { EUR: 1.01 } }, { ok: true, value: 0.51, rate: 1.01 }],
    ["zero converts to zero", 0, "EUR", usd, { ok: true, value: 0, rate: 1.08 }],
    ["no rate for the currency", 12000, "CHF", usd, { ok: false, reason: "no_rate", value: null }],
    ["a zero rate is no rate", 12000, "EUR", { routingCurrency: "USD", rates: { EUR: 0 } }, { ok: false, reason: "no_rate", value: null }],
    ["an inherited key is no rate", 1, "toString", usd, { ok: false, reason: "no_rate", value: null }],
    ["EUR routing currency: USD leads need a rate", 100, "USD", { routingCurrency: "EUR", rates: { USD: 0.92 } }, { ok: true, value: 92, rate: 0.92 }],
    ["too large for the column", 999_999_999_999.99, "XYZ", { routingCurrency: "USD", rates: { XYZ: 1e9 } }, { ok: false, reason: "out_of_range", value: null }],
  ];
  it.each(cases)("%s", (_name, amount, currency, rates, expected) => {
    expect(routingValueOf(amount, currency, rates)).toEqual(expected);
  });
});

describe("leadRoutingValue: the one conversion of a lead's stored value", () => {
  const cases: [string, number | null, string, TExchangeRates, number | null][] = [
    ["no value", null, "EUR", usd, null],
    ["routing currency: as it is", 12000.5, "USD", usd, 12000.5],
    ["rounded to cents before converting, as stored", 100.004, "EUR", usd, 108],
    ["EUR at 1.08", 12000, "EUR", usd, 12960],
    ["no rate: none", 12000, "CHF", usd, null],
    ["after a switch to EUR without rates: a dollar lead has none", 100, "USD", { routingCurrency: "EUR", rates: {} }, null],
    ["after a switch to EUR: a euro lead is as it is", 100, "EUR", { routingCurrency: "EUR", rates: {} }, 100],
    ["out of range: none", 999_999_999_999.99, "XYZ", { routingCurrency: "USD", rates: { XYZ: 1e9 } }, null],
  ];
  it.each(cases)("%s", (_name, amount, currency, rates, expected) => {
    expect(leadRoutingValue(amount, currency, rates)).toBe(expected);
  });
});

describe("routingValueNote", () => {
  const cases: [string, number | null, string, number | null, string | null, string | null][] = [
    ["no value: nothing to say", null, "EUR", null, "USD", null],
    ["routing currency: nothing to say", 5000, "USD", 5000, "USD", null],
    ["converted", 12000, "EUR", 12960, "USD", "value €12,000 ≈ $12,960 (converted to USD, the routing currency)"],
    ["no rate", 12000, "EUR", null, "USD", "value €12,000 not used for routing: no exchange rate EUR → USD (an admin sets rates in Routing → Currencies)"],
    ["no rate, routing currency unknown", 1_500_000, "JPY", null, null, "value ¥1,500,000 not used for routing: no exchange rate JPY (an admin sets rates in Routing → Currencies)"],
  ];
  it.each(cases)("%s", (_name, amount, currency, value, routingCurrency, expected) => {
    expect(routingValueNote(amount, currency, value, routingCurrency)).toBe(expected);
  });
});

describe("parseCurrencyCode", () => {
  const cases: [string, ReturnType<typeof parseCurrencyCode>][] = [
    ["EUR", { ok: true, code: "EUR" }],
    ["jpy", { ok: true, code: "JPY" }],
    [" usd ", { ok: true, code: "USD" }],
    ["US", { ok: false, message: "Enter a three-letter ISO 4217 currency code, e.g. USD, EUR or JPY" }],
    ["EURO", { ok: false, message: "Enter a three-letter ISO 4217 currency code, e.g. USD, EUR or JPY" }],
    ["€", { ok: false, message: "Enter a three-letter ISO 4217 currency code, e.g. USD, EUR or JPY" }],
    ["12A", { ok: false, message: "Enter a three-letter ISO 4217 currency code, e.g. USD, EUR or JPY" }],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(parseCurrencyCode(input)).toEqual(expected);
  });
});

describe("moneyText", () => {
  const cases: [number, string, string][] = [
    [12000, "EUR", "€12,000"],
    [12960.5, "USD", "$12,960.50"],
    [1500000, "JPY", "¥1,500,000"],
  ];
  it.each(cases)("%d %s → %s", (amount, currency, expected) => {
    expect(moneyText(amount, currency)).toBe(expected);
  });
});
