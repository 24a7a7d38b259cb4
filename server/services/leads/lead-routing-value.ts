// A lead's value as routing counted it: Lead.routingValue (its estimated value converted into the
// workspace's routing currency; null without a value or without a rate for its currency) and that
// routing currency — read as GET /api/v1/leads/{id} reads them (the column as text, then a number),
// so the lead page and every webhook event about the lead (data.lead.routingValue / routingCurrency,
// added by the fan-out: services/webhooks/lead-event-contact.ts) show what the API shows.
import type { TRawSql } from "../../db/raw-sql";

export interface TLeadRoutingValue {
  /** In routingCurrency; null: no value, or no exchange rate converted it. */
  routingValue: number | null;
  routingCurrency: string;
}

/** The lead's routing value now; null when the workspace has no such lead. Scoped to the workspace. */
export async function loadLeadRoutingValue(db: Pick<TRawSql, "$queryRaw">, workspaceId: string, leadId: string): Promise<TLeadRoutingValue | null> {
  const rows = await db.$queryRaw<{ routingValue: string | null; routingCurrency: string }[]>`
    SELECT l."routingValue"::text AS "routingValue", w."routingCurrency"
      FROM "Lead" l JOIN "Workspace" w ON w."id" = l."workspaceId"
     WHERE l."id" = ${leadId} AND l."workspaceId" = ${workspaceId}`;
  const row = rows[0];
  return row ? leadRoutingValueOf(row.routingValue, row.routingCurrency) : null;
}

/** The stored column (DECIMAL as text) as the lead resource answers it (lead-resource.ts: routingValue, routingCurrency). */
export function leadRoutingValueOf(routingValue: string | null, routingCurrency: string): TLeadRoutingValue {
  return { routingValue: routingValue === null ? null : Number(routingValue), routingCurrency };
}
