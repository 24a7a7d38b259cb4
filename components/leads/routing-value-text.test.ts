import { describe, expect, it } from "vitest";
import { routingValueText, type TRoutingValueFacts } from "./routing-value-text";

const usd = (routingValue: number | null): TRoutingValueFacts => ({ routingValue, routingCurrency: "USD" });

describe("routingValueText: what routing counted, beside the lead's estimated value", () => {
  it.each<[string, string | null, string, TRoutingValueFacts | null, string | null]>([
    ["converted at a rate", "1000.00", "EUR", usd(1090), "counted as $1,090 for routing"],
    ["converted, with cents", "333.33", "GBP", usd(423.33), "counted as $423.33 for routing"],
    ["no rate for its currency", "1000.00", "EUR", usd(null), "not counted for routing: no EUR rate set"],
    ["no rate, a currency in lower case", "1500000", "jpy", usd(null), "not counted for routing: no JPY rate set"],
    ["a routing currency other than USD", "100.00", "USD", { routingValue: 92, routingCurrency: "EUR" }, "counted as €92 for routing"],
    ["in the routing currency: nothing to add", "1000.00", "USD", usd(1000), null],
    ["in the routing currency, lower case: nothing to add", "1000.00", "usd", usd(1000), null],
    ["no value: nothing to add", null, "EUR", usd(null), null],
    ["routing value unknown (not read): nothing to add", "1000.00", "EUR", null, null],
  ])("%s", (_name, estimatedValue, currency, routing, expected) => {
    expect(routingValueText(estimatedValue, currency, routing)).toBe(expected);
  });
});
