// Existing leads follow an admin's change of Settings → Currencies: a rate set or removed
// recomputes the routing value (Lead.routingValue) of the workspace's leads in that currency; a new
// routing currency recomputes every lead with a value (their old routing values were amounts of
// the old currency). Each lead through THE conversion the intake uses (leadRoutingValue), with the
// rates as they are when its batch runs. Runs in a job after the settings' commit (never in the
// request): "currencies.recompute-routing-values", handler bound in server/workers/currency-jobs.ts.
//
// Under load: leads are read in keyset batches outside any transaction; a lead that is open work
// (ASSIGNED/ACCEPTED with an owner: its change moves RepLoad.openPipelineValue, by trigger) is
// updated alone, in its own statement — Lead row then RepLoad row, the order routing, reassignment
// and outcomes take them, so the job can never deadlock with them; the others (new, closed, nurture:
// no counter moves) in one statement per batch. A lead whose value already matches is not written.
// The update names the value and currency it converted, and the routing currency and rate it
// used: a lead changed meanwhile, or settings changed since the batch read them (whose own job,
// written with that change, converts again), is not written with the old ones — so two jobs on two
// workers never leave a lead at the older rate. Idempotent: a retry recomputes to the same values.
import type { Db } from "../../db/client";
import { rawSqlOf } from "../../db/client";
import type { TJobSender } from "../../db/job-rows";
import type { TRawSql } from "../../db/raw-sql";
import { leadRoutingValue, type TExchangeRates } from "../../domain/money/routing-value";

export interface TCurrencyJobs {
  /** currency: the leads of that currency (a rate set or removed); null: every lead with a value (a new routing currency). */
  "currencies.recompute-routing-values": { workspaceId: string; currency: string | null };
}
export type TCurrencyQueue = TJobSender<TCurrencyJobs>;

export const RECOMPUTE_BATCH = 500;

/** Every rate of the workspace, with its routing currency (one statement); `texts`: the rates as stored. */
async function readWorkspaceRates(sql: Pick<TRawSql, "$queryRaw">, workspaceId: string): Promise<TExchangeRates & { texts: Record<string, string> }> {
  const rows = await sql.$queryRaw<{ routingCurrency: string; rates: Record<string, string> | null }[]>`
    SELECT w."routingCurrency", (SELECT jsonb_object_agg(r."currency", r."rate"::text) FROM "ExchangeRate" r WHERE r."workspaceId" = w."id") AS "rates"
      FROM "Workspace" w WHERE w."id" = ${workspaceId}`;
  const row = rows[0];
  const texts = row?.rates ?? {};
  return { routingCurrency: row?.routingCurrency ?? "USD", rates: Object.fromEntries(Object.entries(texts).map(([code, rate]) => [code, Number(rate)])), texts };
}

type TLeadValueRow = { id: string; estimatedValue: string | null; currency: string; routingValue: string | null; isOpen: boolean };
/** A lead's new routing value, with what it was made from: its value and currency, the routing currency and the stored rate used (null: none). */
type TChange = { id: string; estimatedValue: string | null; currency: string; routingValue: number | null; routingCurrency: string; rate: string | null };

/** Recomputes the workspace's leads (of `currency`, or all with a value); how many changed. */
export async function recomputeRoutingValues(db: Db, input: { workspaceId: string; currency: string | null; batchSize?: number }): Promise<{ updated: number }> {
  const sql = rawSqlOf(db);
  const currency = input.currency === null ? null : input.currency.toUpperCase();
  const batchSize = input.batchSize ?? RECOMPUTE_BATCH;
  let after = "";
  let updated = 0;
  for (;;) {
    const rates = await readWorkspaceRates(sql, input.workspaceId);
    const rows = await sql.$queryRaw<TLeadValueRow[]>`
      SELECT "id", "estimatedValue"::text AS "estimatedValue", "currency", "routingValue"::text AS "routingValue",
             ("ownerRepId" IS NOT NULL AND "status"::text IN ('ASSIGNED', 'ACCEPTED')) AS "isOpen"
        FROM "Lead"
       WHERE "workspaceId" = ${input.workspaceId} AND "id" > ${after}
         AND ("estimatedValue" IS NOT NULL OR "routingValue" IS NOT NULL)
         AND (${currency}::text IS NULL OR upper("currency") = ${currency})
       ORDER BY "id" LIMIT ${batchSize}`;
    if (rows.length === 0) return { updated };
    after = rows.at(-1)!.id;
    const changes: (TChange & { isOpen: boolean })[] = [];
    for (const row of rows) {
      const next = leadRoutingValue(row.estimatedValue === null ? null : Number(row.estimatedValue), row.currency, rates);
      const current = row.routingValue === null ? null : Number(row.routingValue);
      const code = row.currency.toUpperCase();
      const rate = Object.hasOwn(rates.texts, code) ? rates.texts[code]! : null;
      if (next !== current) changes.push({ id: row.id, estimatedValue: row.estimatedValue, currency: row.currency, routingValue: next, routingCurrency: rates.routingCurrency, rate, isOpen: row.isOpen });
    }
    const closed = changes.filter((c) => !c.isOpen);
    const done = new Set(closed.length > 0 ? await updateNotOpen(sql, input.workspaceId, closed) : []);
    // Open work, and any lead that became open since it was read: one statement each.
    for (const change of changes.filter((c) => !done.has(c.id))) updated += await updateOne(sql, input.workspaceId, change);
    updated += done.size;
    if (rows.length < batchSize) return { updated };
  }
}

/** The leads that are not open work, in one statement (no counter moves); the ids it wrote. */
async function updateNotOpen(sql: TRawSql, workspaceId: string, changes: TChange[]): Promise<string[]> {
  const rows = await sql.$queryRaw<{ id: string }[]>`
    UPDATE "Lead" l SET "routingValue" = c."routingValue"
      FROM jsonb_to_recordset(${JSON.stringify(changes)}::jsonb)
        AS c("id" text, "estimatedValue" numeric, "currency" text, "routingValue" numeric, "routingCurrency" text, "rate" text)
     WHERE l."id" = c."id" AND l."workspaceId" = ${workspaceId}
       AND l."estimatedValue" IS NOT DISTINCT FROM c."estimatedValue" AND l."currency" = c."currency"
       AND NOT (l."ownerRepId" IS NOT NULL AND l."status"::text IN ('ASSIGNED', 'ACCEPTED'))
       AND (SELECT w."routingCurrency" FROM "Workspace" w WHERE w."id" = ${workspaceId}) = c."routingCurrency"
       AND (SELECT r."rate"::text FROM "ExchangeRate" r WHERE r."workspaceId" = ${workspaceId} AND r."currency" = upper(l."currency")) IS NOT DISTINCT FROM c."rate"
    RETURNING l."id"`;
  return rows.map((r) => r.id);
}

/** One lead alone (its change may move its owner's open pipeline, by trigger). */
async function updateOne(sql: TRawSql, workspaceId: string, change: TChange): Promise<number> {
  return sql.$executeRaw`
    UPDATE "Lead" l SET "routingValue" = ${change.routingValue}::numeric
     WHERE l."id" = ${change.id} AND l."workspaceId" = ${workspaceId}
       AND l."estimatedValue" IS NOT DISTINCT FROM ${change.estimatedValue}::numeric AND l."currency" = ${change.currency}
       AND l."routingValue" IS DISTINCT FROM ${change.routingValue}::numeric
       AND (SELECT w."routingCurrency" FROM "Workspace" w WHERE w."id" = ${workspaceId}) = ${change.routingCurrency}
       AND (SELECT r."rate"::text FROM "ExchangeRate" r WHERE r."workspaceId" = ${workspaceId} AND r."currency" = upper(l."currency")) IS NOT DISTINCT FROM ${change.rate}::text`;
}
