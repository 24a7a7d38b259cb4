// The intake's conversion of a lead's value into the workspace's routing currency
// (Lead.routingValue), once, with the rates in force now: routing and the open-pipeline counter
// compare that, never the raw value of another currency. The rates come with the published form
// (published-form.ts reads them in its one statement); a lead without a form reads them here, before
// the intake's transaction (one statement, only for a lead with a value): never under the routing lock.
import type { Db } from "../../db/client";
import { leadRoutingValue } from "../../domain/money/routing-value";
import { loadExchangeRates } from "../currencies/load-exchange-rates";
import type { TSaveLeadInput } from "./save-lead-types";

export async function withRoutingValue(db: Db, input: TSaveLeadInput): Promise<TSaveLeadInput> {
  const { lead } = input;
  if (lead.routingValue !== undefined) return input;
  if (lead.estimatedValue === null) return { ...input, lead: { ...lead, routingValue: null } };
  const rates = input.exchangeRates ?? (await loadExchangeRates(db, input.workspaceId, lead.currency));
  // The one conversion (rounded to the cents the column stores, as storedLeadOf rounds the value itself).
  return { ...input, routingCurrency: rates.routingCurrency, lead: { ...lead, routingValue: leadRoutingValue(lead.estimatedValue, lead.currency, rates) } };
}
