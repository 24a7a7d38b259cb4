// The intake's exchange-rate read: the workspace's routing currency and the rate of one currency
// (the lead's), in ONE statement, before the intake's transaction and so never under the routing
// lock. Only a lead with a value reads it (a lead without one has nothing to convert).
import type { Db } from "../../db/client";
import { rawSqlOf } from "../../db/client";
import type { TExchangeRates } from "../../domain/money/routing-value";

export async function loadExchangeRates(db: Db, workspaceId: string, currency: string): Promise<TExchangeRates> {
  const code = currency.toUpperCase();
  const rows = await rawSqlOf(db).$queryRaw<{ routingCurrency: string; rate: string | null }[]>`
    SELECT w."routingCurrency", r."rate"::text AS "rate"
      FROM "Workspace" w LEFT JOIN "ExchangeRate" r ON r."workspaceId" = w."id" AND r."currency" = ${code}
     WHERE w."id" = ${workspaceId}`;
  const row = rows[0];
  if (!row) return { routingCurrency: "USD", rates: {} };
  return { routingCurrency: row.routingCurrency, rates: row.rate === null ? {} : { [code]: Number(row.rate) } };
}
