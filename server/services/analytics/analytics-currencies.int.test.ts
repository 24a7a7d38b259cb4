// Money in a workspace selling in two currencies, against a real database (PGlite, and PostgreSQL
// with TEST_DATABASE_URL): the demo's generated history with a third of the leads of each stage
// in euros. Each view keeps dollars and euros apart — the funnel's
// pipeline and won value, the score view's won value, the CSV's columns — and each figure is what
// the database's own per-currency sums give. (They were one sum of both, written as one figure.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/seed-demo";
import { seedHistory } from "../../../prisma/seed/history/seed-history";
import { analyticsCsv } from "../../domain/export/analytics-csv";
import { createTestDb, type TestDb } from "../../testing/test-db";
import { analyticsFilters } from "./analytics-filters";
import { loadAnalyticsLabels } from "./analytics-labels";
import { loadAnalyticsView } from "./analytics-view";
import { funnelReport } from "./funnel-report";
import { scoreReport } from "./score-report";

const NOW = new Date("2026-11-30T12:00:00Z");
const RANGE = { from: "2026-10-01", to: "2026-11-30" };
let testDb: TestDb;
let workspaceId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  await seedDemo(testDb.db, NOW);
  workspaceId = (await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } })).id;
  await seedHistory(testDb.db, workspaceId, NOW, { days: 60, leadsPerDay: 6 });
  // Every third lead of each stage in euros: won deals and opportunities in both currencies,
  // dollars still the most leads.
  await testDb.db.$executeRaw`
    UPDATE "Lead" SET "currency" = 'EUR' WHERE "id" IN (
      SELECT "id" FROM (SELECT "id", row_number() OVER (PARTITION BY "stage" ORDER BY "id") AS n FROM "Lead" WHERE "workspaceId" = ${workspaceId} AND "isSpam" = false) x WHERE n % 3 = 2)`;
});
afterAll(async () => {
  await testDb?.close();
});

/** The database's own sums of won amounts and leads per currency (spam is never counted). */
async function wonByCurrency(): Promise<{ won: Record<string, number>; leads: Record<string, number> }> {
  const rows = await testDb.db.$queryRaw<{ currency: string; won: number; leads: number }[]>`
    SELECT "currency", COALESCE(sum("wonAmount") FILTER (WHERE "stage" = 'WON'), 0)::float8 AS won, count(*)::int AS leads
      FROM "Lead" WHERE "workspaceId" = ${workspaceId} AND "isSpam" = false GROUP BY 1`;
  return { won: Object.fromEntries(rows.map((r) => [r.currency, r.won])), leads: Object.fromEntries(rows.map((r) => [r.currency, r.leads])) };
}

describe("analytics money per currency", () => {
  it("the history has won deals in both currencies, more leads in dollars", async () => {
    const { won, leads } = await wonByCurrency();
    expect(Object.keys(won).sort()).toEqual(["EUR", "USD"]);
    expect(won.EUR).toBeGreaterThan(0);
    expect(won.USD).toBeGreaterThan(0);
    expect(leads.USD).toBeGreaterThan(leads.EUR!);
  });

  it("funnel: won value and pipeline per currency, each slice's adding up to the total in its own currency", async () => {
    const { won } = await wonByCurrency();
    const labels = await loadAnalyticsLabels(testDb.db, workspaceId);
    const report = await funnelReport(testDb.db, workspaceId, analyticsFilters(RANGE, NOW), "path", labels);
    expect(report.currencies).toEqual(["USD", "EUR"]);
    expect(Object.keys(report.total.wonValue).sort()).toEqual(["EUR", "USD"]);
    expect(report.total.wonValue.USD).toBeCloseTo(won.USD!, 2);
    expect(report.total.wonValue.EUR).toBeCloseTo(won.EUR!, 2);
    expect(report.total.pipelineValue.EUR).toBeGreaterThan(0);
    for (const currency of ["USD", "EUR"]) {
      expect(report.slices.reduce((sum, s) => sum + (s.funnel.wonValue[currency] ?? 0), 0)).toBeCloseTo(report.total.wonValue[currency]!, 2);
      expect(report.slices.reduce((sum, s) => sum + (s.funnel.pipelineValue[currency] ?? 0), 0)).toBeCloseTo(report.total.pipelineValue[currency]!, 2);
    }
  });

  it("score: won value per currency overall, per band adding up to it", async () => {
    const { won } = await wonByCurrency();
    const report = await scoreReport(testDb.db, workspaceId, analyticsFilters(RANGE, NOW));
    expect(report.currencies).toEqual(["USD", "EUR"]);
    expect(report.overall.wonValue.USD).toBeCloseTo(won.USD!, 2);
    expect(report.overall.wonValue.EUR).toBeCloseTo(won.EUR!, 2);
    expect(report.bands.reduce((sum, b) => sum + (b.wonValue.EUR ?? 0), 0)).toBeCloseTo(won.EUR!, 2);
    // A rule's leads are counted once, whatever their currency.
    const rule = report.rules.find((r) => r.key === "budget-50k-plus")!;
    expect(rule.leads).toBeGreaterThan(0);
    expect(Object.keys(rule.wonValue).sort()).toEqual(["EUR", "USD"]);
  });

  it("the funnel view and its CSV: one money column per currency, dollars first, numbers a spreadsheet can sum", async () => {
    const { won } = await wonByCurrency();
    const view = await loadAnalyticsView(testDb.db, workspaceId, "MANAGER", { view: "funnel", ...RANGE }, NOW);
    expect(view.table.currencies).toEqual(["USD", "EUR"]);
    const [header, all] = analyticsCsv(view.table).split("\r\n");
    const columns = header!.split(",");
    expect(columns.slice(-4)).toEqual(["Pipeline (USD)", "Pipeline (EUR)", "Won value (USD)", "Won value (EUR)"]);
    const cells = all!.split(",");
    expect(cells[0]).toBe("All leads");
    expect(Number(cells.at(-2))).toBeCloseTo(won.USD!, 2);
    expect(Number(cells.at(-1))).toBeCloseTo(won.EUR!, 2);
  });
});
