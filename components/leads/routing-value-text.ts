// What routing counted of a lead's value, beside its estimated value on the lead page: a value in
// another currency than the workspace's routing currency is converted (Lead.routingValue, Settings →
// Currencies), or not counted when no rate converts it — "€1,000 · counted as $1,090 for routing",
// "¥1,500,000 · not counted for routing: no JPY rate set". A value in the routing currency is
// counted as it is: nothing to add. Pure; the page renders it as text.
import { formatMoney } from "./format";

export interface TRoutingValueFacts {
  /** Lead.routingValue: in routingCurrency; null: none (no value, or no rate for the lead's currency). */
  routingValue: number | null;
  routingCurrency: string;
}

/** The words after the estimated value, or null when there is nothing to add (no value, or already in the routing currency). */
export function routingValueText(estimatedValue: string | number | null, currency: string, routing: TRoutingValueFacts | null): string | null {
  if (estimatedValue === null || routing === null) return null;
  const from = currency.toUpperCase();
  if (from === routing.routingCurrency.toUpperCase()) return null;
  if (routing.routingValue === null) return `not counted for routing: no ${from} rate set`;
  return `counted as ${formatMoney(routing.routingValue, routing.routingCurrency)} for routing`;
}
