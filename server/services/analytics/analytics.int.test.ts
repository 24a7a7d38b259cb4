// The analytics queries against a real database (PGlite, and PostgreSQL with TEST_DATABASE_URL)
// over the demo workspace with generated history: history leaves live load, daily counters and
// rotation exactly as they were; every view's figures agree with counts queried directly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed/seed-demo";
import { seedHistory } from "../../../prisma/seed/history/seed-history";
import { createTestDb, type TestDb } from "../../testing/test-db";
import { analyticsFilters } from "./analytics-filters";
import { loadAnalyticsLabels, type TAnalyticsLabels } from "./analytics-labels";
import { fairnessView } from "./fairness-report";
import { formStepView } from "./form-step-report";
import { funnelReport } from "./funnel-report";
import { scoreReport } from "./score-report";
import { speedToLead } from "./speed-to-lead";
import { assignmentSla } from "../../domain/analytics/assignment-sla";
import { loadAnalyticsView } from "./analytics-view";
import { listLeads } from "../leads/list-leads";
import { FUNNEL_STAGES } from "../../domain/analytics/funnel";
import { leadResource } from "../../api/rest/lead-resource";

const NOW = new Date("2026-11-30T12:00:00Z");
let testDb: TestDb;
let workspaceId: string;
let labels: TAnalyticsLabels;
let written: { leads: number; visits: number };

const counters = async () => ({
  load: await testDb.db.repLoad.findMany({ orderBy: { repId: "asc" } }),
  daily: await testDb.db.repDailyLoad.findMany({ orderBy: [{ repId: "asc" }, { day: "asc" }] }),
  rotation: await testDb.db.rotationPointer.findMany({ orderBy: { poolId: "asc" } }),
  owners: await testDb.db.accountOwner.count(),
});

beforeAll(async () => {
  testDb = await createTestDb();
  await seedDemo(testDb.db, NOW);
  workspaceId = (await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } })).id;
  const before = await counters();
  written = await seedHistory(testDb.db, workspaceId, NOW, { days: 30, leadsPerDay: 10 });
  expect(await counters()).toEqual(before);
  // Again: replaced, not added, and still nothing live moved.
  written = await seedHistory(testDb.db, workspaceId, NOW, { days: 30, leadsPerDay: 10 });
  expect(await counters()).toEqual(before);
  labels = await loadAnalyticsLabels(testDb.db, workspaceId);
});
afterAll(async () => {
  await testDb?.close();
});

const filters = (input: Record<string, string> = {}) => analyticsFilters({ from: "2026-10-01", to: "2026-11-30", ...input }, NOW);

describe("analytics over generated history", () => {
  it("wrote closed history only", async () => {
    expect(written.leads).toBeGreaterThan(200);
    expect(await testDb.db.lead.count({ where: { workspaceId } })).toBe(written.leads);
    expect(await testDb.db.lead.count({ where: { workspaceId, status: { in: ["ASSIGNED", "ACCEPTED", "NEW"] } } })).toBe(0);
  });

  it("every recorded skip of the history reads in full, as live routing's do (no 'at capacity undefined/undefined')", async () => {
    const withSkips = await testDb.db.$queryRaw<{ leadId: string }[]>`
      SELECT "leadId" FROM "LeadAssignment" WHERE "workspaceId" = ${workspaceId} AND jsonb_array_length("decision"->'skippedPacked'->'reps') > 0`;
    expect(withSkips.length).toBeGreaterThan(10);
    const codes = new Set<string>();
    for (const { leadId } of withSkips) {
      const lead = await leadResource(testDb.db, workspaceId, leadId);
      for (const skip of lead.history.flatMap((a) => a.skipped)) {
        for (const reason of skip.reasons) {
          codes.add(reason.code);
          expect(reason.text, `${leadId} ${reason.code}`).not.toMatch(/undefined|NaN|Invalid Date|null/);
        }
      }
    }
    expect([...codes]).toEqual(expect.arrayContaining(["AT_CAPACITY_OPEN", "NOT_CHOSEN_TURN"]));
  });

  it("funnel: submitted is every lead, won matches the database, each slice adds up", async () => {
    const report = await funnelReport(testDb.db, workspaceId, filters(), "path", labels);
    expect(report.total.steps[0]!.count).toBe(written.leads);
    const won = await testDb.db.lead.count({ where: { workspaceId, stage: "WON" } });
    expect(report.total.steps[6]!.count).toBe(won);
    expect(won).toBeGreaterThan(0);
    const wonValue = await testDb.db.lead.aggregate({ where: { workspaceId, stage: "WON" }, _sum: { wonAmount: true } });
    expect(report.total.wonValue.USD).toBeCloseTo(Number(wonValue._sum.wonAmount), 2);
    expect(report.slices.reduce((s, x) => s + x.funnel.steps[0]!.count, 0)).toBe(written.leads);
    const counts = report.total.steps.map((s) => s.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it.each(["rep", "tier", "scoreBand", "form", "source", "utmSource"] as const)("funnel by %s covers every lead", async (dimension) => {
    const report = await funnelReport(testDb.db, workspaceId, filters(), dimension, labels);
    expect(report.slices.reduce((s, x) => s + x.funnel.steps[0]!.count, 0)).toBe(written.leads);
  });

  it("speed-to-lead: leads that reached a rep, percentiles ordered, by rep adds up to the assignments", async () => {
    const report = await speedToLead(testDb.db, workspaceId, filters(), labels, NOW);
    // The All row is per lead (every lead a rep held); rep rows are per assignment (it used to add
    // up to the leads' current owners, which blamed a reassigned lead's new rep for the old one's wait).
    const reached = await testDb.db.lead.count({ where: { workspaceId, assignments: { some: { repId: { not: null } } } } });
    const assignments = await testDb.db.leadAssignment.findMany({ where: { workspaceId, repId: { not: null } }, select: { kind: true, decision: true, assignedAt: true, slaStartsAt: true, acceptedAt: true, endedAt: true } });
    expect(report.overall.leads).toBe(reached);
    expect(report.overall.acceptP50!).toBeGreaterThan(0);
    expect(report.overall.acceptP90!).toBeGreaterThanOrEqual(report.overall.acceptP50!);
    expect(report.byRep.reduce((s, r) => s + r.leads, 0)).toBe(assignments.length);
    expect(report.byWeek.length).toBeGreaterThan(3);
    expect(report.sla).toEqual({ remindAfterMinutes: 5, reassignAfterMinutes: 15 });
    // Breaches as the pure definition counts them (assignment-sla.ts: from each rep's accept clock), the same in every figure set.
    const breaches = assignments.filter((a) => assignmentSla(a, report.sla, NOW).isBreach).length;
    expect(breaches).toBeGreaterThan(0);
    expect(report.overall.slaBreaches).toBe(breaches);
    expect(report.byRep.reduce((s, r) => s + r.slaBreaches!, 0)).toBe(breaches);
    expect(report.byWeek.reduce((s, r) => s + r.slaBreaches!, 0)).toBe(breaches);
    // A range from a Wednesday: its first week is partial, the whole weeks after it are not; the
    // last week counts up to today (2026-11-30, a Monday: 1 day) when it has leads.
    const midWeek = await speedToLead(testDb.db, workspaceId, filters({ from: "2026-11-04" }), labels, NOW);
    expect(midWeek.byWeek[0]).toMatchObject({ key: "2026-11-02", coverage: { days: 5, first: "2026-11-04", last: "2026-11-08", isPartial: true } });
    expect(midWeek.byWeek.filter((w) => w.coverage.isPartial).map((w) => [w.key, w.coverage.days])).toEqual([["2026-11-02", 5], ...midWeek.byWeek.filter((w) => w.key === "2026-11-30").map((w) => [w.key, 1])]);
    expect(midWeek.byWeek.reduce((n, w) => n + w.leads, 0)).toBe(midWeek.overall.leads);
  });

  it("speed-to-lead view: a partial week is marked in the chart, the table and the notes; a range of whole weeks has none", async () => {
    const view = await loadAnalyticsView(testDb.db, workspaceId, "MANAGER", { view: "speed", from: "2026-11-04", to: "2026-11-29" }, NOW);
    expect(view.chart.data[0]!.week).toBe("2026-11-02*");
    expect(view.chart.data.slice(1).every((d) => !String(d.week).endsWith("*"))).toBe(true);
    expect(view.table.rows.find((r) => r.cells[0] === "Week")!.cells[1]).toBe("2026-11-02 (partial: 5 of 7 days)");
    expect(view.notes).toContain("* Partial week of Nov 2: Nov 4 to Nov 8 only (5 of 7 days), so fewer leads than a whole week.");

    const whole = await loadAnalyticsView(testDb.db, workspaceId, "MANAGER", { view: "speed", from: "2026-11-02", to: "2026-11-29" }, NOW);
    expect(whole.chart.data.map((d) => d.week)).toEqual(view.chart.data.map((d) => String(d.week).replace("*", "")));
    expect(whole.notes.some((n) => n.startsWith("* Partial week"))).toBe(false);
  });

  it("fairness of the inbound pool matches the assignments in the database", async () => {
    const view = await fairnessView(testDb.db, workspaceId, filters(), labels, "inbound");
    expect(view.pool?.pathId).toBe("inbound");
    const rows = await testDb.db.$queryRaw<{ repId: string; n: number }[]>`
      SELECT "repId", count(*)::int AS n FROM "LeadAssignment" WHERE "workspaceId" = ${workspaceId} AND "kind"::text = 'ROUTED' AND "decision"->>'pathId' = 'inbound' GROUP BY 1`;
    for (const row of rows) expect(view.report!.reps.find((r) => r.repId === row.repId)?.assigned).toBe(row.n);
    expect(view.report!.assigned).toBe(rows.reduce((s, r) => s + r.n, 0));
    expect(view.explanation?.lines[0]).toMatch(/got \d+ of \d+ leads/);
    expect(view.report!.reps.some((r) => r.skips.leave > 0 || r.skips.capacity > 0)).toBe(true);
  });

  it("each rep's fairness link lists exactly the leads counted (history reassigns leads after the SLA: they count, and list, for the rep routing chose)", async () => {
    const view = await loadAnalyticsView(testDb.db, workspaceId, "MANAGER", { view: "fairness", pool: "inbound", from: "2026-10-01", to: "2026-11-30" }, NOW);
    const reassigned = await testDb.db.leadAssignment.count({ where: { workspaceId, kind: "SLA_REASSIGNED", decision: { path: ["pathId"], equals: "inbound" } } });
    expect(reassigned).toBeGreaterThan(0);
    for (const row of view.table.rows) {
      const url = new URL(row.links![2]!, "http://localhost");
      const slice = Object.fromEntries(url.searchParams);
      const list = await listLeads(testDb.db, workspaceId, { pageSize: 1, slice }, null);
      expect([row.cells[0], list.total]).toEqual([row.cells[0], row.cells[2]]);
    }
  });

  it("decision records stored before packing (a plain skipped list) read as the packed ones: fairness and the lead", async () => {
    const [withSkips] = await testDb.db.$queryRaw<{ leadId: string }[]>`
      SELECT "leadId" FROM "LeadAssignment" WHERE "workspaceId" = ${workspaceId} AND jsonb_array_length("decision"->'skippedPacked'->'reps') > 1 LIMIT 1`;
    const read = async () => ({
      fairness: (await fairnessView(testDb.db, workspaceId, filters(), labels, "inbound")).report,
      lead: (await leadResource(testDb.db, workspaceId, withSkips!.leadId)).history,
    });
    const packed = await read();
    expect(packed.lead.flatMap((a) => a.skipped).length).toBeGreaterThan(1);
    const kept = await testDb.db.$queryRaw<{ id: string; decision: unknown }[]>`SELECT "id", "decision" FROM "LeadAssignment" WHERE "workspaceId" = ${workspaceId}`;
    // Unpacked in SQL, in the packed list's order: the form of every record stored before packing.
    const unpacked = await testDb.db.$executeRaw`
      UPDATE "LeadAssignment" a
         SET "decision" = (a."decision" - 'skippedPacked') || jsonb_build_object('skipped', COALESCE((
               SELECT jsonb_agg(jsonb_build_object('repId', e->>0, 'pathId', p->'paths'->((e->>1)::int), 'reasons', p->'reasons'->((e->>2)::int)) ORDER BY i)
                 FROM (SELECT a."decision"->'skippedPacked' AS p) q CROSS JOIN LATERAL jsonb_array_elements(p->'reps') WITH ORDINALITY AS t(e, i)), '[]'::jsonb))
       WHERE a."workspaceId" = ${workspaceId} AND a."decision" ? 'skippedPacked'`;
    try {
      expect(unpacked).toBe(kept.length);
      expect(await read()).toEqual(packed);
    } finally {
      await testDb.db.$executeRaw`
        UPDATE "LeadAssignment" a SET "decision" = k."decision" FROM jsonb_to_recordset(${JSON.stringify(kept)}::jsonb) AS k("id" text, "decision" jsonb) WHERE a."id" = k."id"`;
    }
  });

  it("score: bands cover every lead, rules that fired are listed", async () => {
    const report = await scoreReport(testDb.db, workspaceId, filters());
    expect(report.bands.reduce((s, b) => s + b.leads, 0)).toBe(written.leads);
    expect(report.rules.find((r) => r.key === "budget-50k-plus")?.leads).toBeGreaterThan(0);
  });

  it("forms: visits, starts and completions from the step events", async () => {
    const view = await formStepView(testDb.db, workspaceId, filters(), labels);
    expect(view.report!.completes).toBe(written.leads);
    expect(view.report!.views).toBe(written.visits);
    expect(view.report!.steps[0]!.reached).toBe(written.visits);
    expect(view.report!.medianSecondsToComplete).toBeGreaterThan(0);
  });

  it("forms: the rollups give exactly what the raw step events give (distinct visits, median)", async () => {
    const range = { from: new Date("2026-11-10T00:00:00Z"), to: new Date("2026-11-20T00:00:00Z") };
    const view = await formStepView(testDb.db, workspaceId, filters({ from: "2026-11-10", to: "2026-11-19" }), labels);
    const [raw] = await testDb.db.$queryRaw<{ views: number; starts: number; completes: number; median: number | null }[]>`
      WITH v AS (
        SELECT e."visitId", bool_or(e."type" = 'view') AS viewed, bool_or(e."type" = 'start') AS started, bool_or(e."type" = 'complete') AS completed,
               EXTRACT(EPOCH FROM (min(e."occurredAt") FILTER (WHERE e."type" = 'complete') - min(e."occurredAt") FILTER (WHERE e."type" = 'view')))::float8 AS seconds
          FROM "FormStepEvent" e WHERE e."workspaceId" = ${workspaceId} AND e."occurredAt" >= ${range.from} AND e."occurredAt" < ${range.to} GROUP BY 1)
      SELECT (count(*) FILTER (WHERE viewed))::int AS views, (count(*) FILTER (WHERE started))::int AS starts, (count(*) FILTER (WHERE completed))::int AS completes,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE completed AND seconds >= 0) AS median FROM v`;
    const steps = await testDb.db.$queryRaw<{ step: number; n: number }[]>`
      SELECT "step", count(DISTINCT "visitId")::int AS n FROM "FormStepEvent"
       WHERE "workspaceId" = ${workspaceId} AND "type" = 'step' AND "occurredAt" >= ${range.from} AND "occurredAt" < ${range.to} GROUP BY 1`;
    expect(raw!.completes).toBeGreaterThan(0);
    expect([view.report!.views, view.report!.starts, view.report!.completes]).toEqual([raw!.views, raw!.starts, raw!.completes]);
    expect(view.report!.medianSecondsToComplete).toBeCloseTo(Number(raw!.median), 6);
    for (const s of steps.filter((x) => x.step > 0)) expect([s.step, view.report!.steps[s.step]!.reached]).toEqual([s.step, s.n]);
  });

  it("score: each rule's figures are what the leads' breakdowns give", async () => {
    const report = await scoreReport(testDb.db, workspaceId, filters({ tier: "sales_ready" }));
    const raw = await testDb.db.$queryRaw<{ key: string; label: string; leads: number; won: number }[]>`
      SELECT item->>'ref' AS key, min(regexp_replace(item->>'explanation', '^[-+0-9]+ [^:]*: ', '')) AS label, count(*)::int AS leads,
             (count(*) FILTER (WHERE l."stage"::text = 'WON'))::int AS won
        FROM "Lead" l CROSS JOIN LATERAL jsonb_array_elements(l."breakdown") item
       WHERE l."workspaceId" = ${workspaceId} AND l."tier" = 'sales_ready' AND item->>'kind' IN ('rule', 'option', 'free_email', 'knockout') GROUP BY 1`;
    expect(raw.length).toBeGreaterThan(3);
    const byKey = (rows: { key: string; label: string; leads: number; won: number }[]) => rows.map((r) => [r.key, r.label, r.leads, r.won]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byKey(report.rules)).toEqual(byKey(raw));
    // Opportunities follow the funnel's definition (ever reached opportunity, or won).
    const funnel = await funnelReport(testDb.db, workspaceId, filters({ tier: "sales_ready" }), "scoreBand", labels);
    expect(report.overall.opportunities).toBe(funnel.total.steps[5]!.count);
    expect(report.overall.opportunities).toBeGreaterThan(0);
  });

  it("the UTM source slice is the leads' UTM source as routing reads it (utm.source, else utm.utm_source: the column kept by the database)", async () => {
    const report = await funnelReport(testDb.db, workspaceId, filters(), "utmSource", labels);
    const raw = await testDb.db.$queryRaw<{ key: string; n: number }[]>`
      SELECT COALESCE("utm"->>'source', "utm"->>'utm_source', '') AS key, count(*)::int AS n FROM "Lead" WHERE "workspaceId" = ${workspaceId} GROUP BY 1`;
    expect(raw.length).toBeGreaterThan(2);
    for (const r of raw) expect([r.key, report.slices.find((x) => x.key === r.key)?.funnel.steps[0]!.count]).toEqual([r.key, r.n]);
    const google = await funnelReport(testDb.db, workspaceId, filters({ utmSource: "google" }), "path", labels);
    expect(google.total.steps[0]!.count).toBe(raw.find((r) => r.key === "google")!.n);
  });

  it("filters narrow: one rep's funnel is that rep's leads", async () => {
    const rep = labels.reps.find((r) => r.name.startsWith("Tom"))!;
    const report = await funnelReport(testDb.db, workspaceId, filters({ repId: rep.id }), "rep", labels);
    expect(report.total.steps[0]!.count).toBe(await testDb.db.lead.count({ where: { workspaceId, ownerRepId: rep.id } }));
  });

  it("each funnel cell's link lists exactly its leads on the leads page", async () => {
    const report = await funnelReport(testDb.db, workspaceId, filters(), "path", labels);
    const slice = report.slices.find((x) => x.key === "inbound")!;
    for (const [i, stage] of FUNNEL_STAGES.entries()) {
      const list = await listLeads(testDb.db, workspaceId, { pageSize: 1, slice: { from: "2026-10-01", to: "2026-11-30", pathId: "inbound", reached: stage } }, null);
      expect([stage, list.total]).toEqual([stage, slice.funnel.steps[i]!.count]);
    }
  });
});
