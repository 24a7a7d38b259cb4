// Settings → Currencies: the workspace's routing currency and its exchange rates (admins only: the
// router checks the role). load → decide (domain/money) → save. Existing leads follow a change: a
// rate set or removed recomputes the routing value of the leads in that currency, a new routing
// currency that of every lead with a value — by a job written in the change's transaction and run
// after its commit (recompute-routing-values.ts), never in the request; the open-pipeline counters
// follow by trigger. Changing the routing currency removes every rate (they were quoted in the old
// one) in the same transaction.
import type { Db } from "../../db/client";
import { checkRateInput, currenciesInUse, type TCurrencyInUse, type TRateRow } from "../../domain/money/currency-settings";
import { parseCurrencyCode } from "../../domain/money/currency-code";
import { AppError, validationError, type TErrorDetail } from "../../errors";
import type { TCurrencyQueue } from "./recompute-routing-values";

export interface TCurrencySettings {
  routingCurrency: string;
  rates: TRateRow[];
  inUse: TCurrencyInUse[];
}

/** A 422 whose message names each field ("rate: Enter a rate greater than 0"). */
function fieldError(issues: TErrorDetail[]): AppError {
  return validationError(issues, issues.map((i) => `${i.path}: ${i.message}`).join("; "));
}

export async function getCurrencySettings(db: Db, workspaceId: string): Promise<TCurrencySettings> {
  const [workspace, rates, forms, leads] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { routingCurrency: true } }),
    db.$queryRaw<{ currency: string; rate: string; updatedAt: Date; updatedByName: string | null }[]>`
      SELECT r."currency", r."rate"::text AS "rate", r."updatedAt", COALESCE(u."name", u."email") AS "updatedByName"
        FROM "ExchangeRate" r LEFT JOIN "User" u ON u."id" = r."updatedById"
       WHERE r."workspaceId" = ${workspaceId} ORDER BY r."currency"`,
    // The published forms' scoring currencies (their current version).
    db.$queryRaw<{ currency: string; n: number }[]>`
      SELECT upper(COALESCE(v."scoring"->'dealValue'->>'currency', 'USD')) AS "currency", count(*)::int AS "n"
        FROM "Form" f JOIN "FormVersion" v ON v."id" = f."currentVersionId"
       WHERE f."workspaceId" = ${workspaceId} AND v."scoring" ? 'dealValue' GROUP BY 1`,
    // Leads with a value, by currency.
    db.$queryRaw<{ currency: string; n: number }[]>`
      SELECT upper("currency") AS "currency", count(*)::int AS "n" FROM "Lead"
       WHERE "workspaceId" = ${workspaceId} AND "estimatedValue" IS NOT NULL GROUP BY 1`,
  ]);
  const rateRows = rates.map((r) => ({ currency: r.currency, rate: Number(r.rate), updatedAt: r.updatedAt, updatedByName: r.updatedByName }));
  const count = (rows: { currency: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.currency, r.n]));
  return { routingCurrency: workspace.routingCurrency, rates: rateRows, inUse: currenciesInUse(workspace.routingCurrency, rateRows, count(forms), count(leads)) };
}

/** A new routing currency removes the rates (quoted in the old one); the same one changes nothing. */
export async function setRoutingCurrency(db: Db, input: { workspaceId: string; currency: string }, queue?: TCurrencyQueue): Promise<{ routingCurrency: string; removedRates: number }> {
  const code = parseCurrencyCode(input.currency);
  if (!code.ok) throw fieldError([{ path: "routingCurrency", message: code.message }]);
  await queue?.start();
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { routingCurrency: true } });
    if (workspace.routingCurrency === code.code) return { routingCurrency: code.code, removedRates: 0 };
    const removed = await tx.exchangeRate.deleteMany({ where: { workspaceId: input.workspaceId } });
    await tx.workspace.update({ where: { id: input.workspaceId }, data: { routingCurrency: code.code } });
    // Every lead's routing value was an amount of the old currency: all of them, after commit.
    await queue?.send("currencies.recompute-routing-values", { workspaceId: input.workspaceId, currency: null }, { tx });
    return { routingCurrency: code.code, removedRates: removed.count };
  });
}

/** "1 <currency> = <rate> <routing currency>", added or replaced. */
export async function setExchangeRate(db: Db, input: { workspaceId: string; currency: string; rate: number; userId: string | null }, queue?: TCurrencyQueue): Promise<TRateRow> {
  const { routingCurrency } = await db.workspace.findUniqueOrThrow({ where: { id: input.workspaceId }, select: { routingCurrency: true } });
  const checked = checkRateInput(routingCurrency, input);
  if (!checked.ok) throw fieldError(checked.issues);
  const key = { workspaceId_currency: { workspaceId: input.workspaceId, currency: checked.currency } };
  await queue?.start();
  const row = await db.$transaction(async (tx) => {
    const saved = await tx.exchangeRate.upsert({
      where: key,
      create: { workspaceId: input.workspaceId, currency: checked.currency, rate: checked.rate, updatedById: input.userId },
      update: { rate: checked.rate, updatedById: input.userId },
    });
    // The leads in this currency, converted again with the new rate after commit.
    await queue?.send("currencies.recompute-routing-values", { workspaceId: input.workspaceId, currency: checked.currency }, { tx });
    return saved;
  });
  return { currency: row.currency, rate: Number(row.rate), updatedAt: row.updatedAt, updatedByName: null };
}

export async function removeExchangeRate(db: Db, input: { workspaceId: string; currency: string }, queue?: TCurrencyQueue): Promise<{ removed: boolean }> {
  const code = parseCurrencyCode(input.currency);
  if (!code.ok) throw fieldError([{ path: "currency", message: code.message }]);
  await queue?.start();
  await db.$transaction(async (tx) => {
    const removed = await tx.exchangeRate.deleteMany({ where: { workspaceId: input.workspaceId, currency: code.code } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", `currency: no exchange rate for ${code.code}`);
    // Its leads have no routing value any more (routed as leads without value), after commit.
    await queue?.send("currencies.recompute-routing-values", { workspaceId: input.workspaceId, currency: code.code }, { tx });
  });
  return { removed: true };
}
