// "The lead's UTM source" has one definition: routing's `utm.source` (routingUtm in
// domain/routing/routing-lead.ts: the string `source`, else the string `utm_source`). The database
// keeps it in Lead.utmSource (a trigger, prisma/migrations/*_lead_utm_source_alias), which the
// analytics UTM slice and filter, the leads table's and the CSV's utmSource slice read. Here: the
// column agrees with routingUtm for every shape of utm, on insert and on update; a lead posted to
// POST /api/v1/leads with the short name `utm: {source: "google"}` is in the "google" slice of
// analytics, the leads table and the CSV; and the migration fills the column of leads stored
// before it. Real handlers and database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Prisma } from "../../db/generated/client";
import { applyMigrations } from "../../db/migrate";
import { MIGRATIONS_DIR } from "../../db/schema-engine";
import { handleCreateLead } from "../../api/rest/handle-leads";
import type { TLeadResource } from "../../api/rest/lead-resource";
import { routingUtm } from "../../domain/routing/routing-lead";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";
import { analyticsFilters } from "../analytics/analytics-filters";
import { loadAnalyticsLabels } from "../analytics/analytics-labels";
import { funnelReport } from "../analytics/funnel-report";
import { leadsCsv } from "./export-leads-csv";
import { leadListSql } from "./lead-list-sql";
import { listLeads, ZListLeadsInput } from "./list-leads";
import { parseInput } from "../reps/parse-input";

// Tuesday 1 December 2026, 10:00 in New York.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

/** Every shape of utm a lead can carry: full names (hosted form), short names (API), both, neither, non-text values. */
const SHAPES: unknown[] = [
  {},
  { utm_source: "newsletter" },
  { source: "google" },
  { source: "google", utm_source: "newsletter" },
  { utm_source: "newsletter", source: "google", utm_campaign: "q4" },
  { source: 7, utm_source: "newsletter" },
  { source: "google", utm_source: 7 },
  { utm_source: 7 },
  { source: null },
  { source: "" },
  { campaign: "q4", pageUrl: "https://acme.test/?utm_source=x" },
  ["google"],
  "google",
];

const utmSourceOf = (utm: unknown): string | null => routingUtm(utm).source ?? null;

async function storedUtmSources(ids: string[]) {
  const rows = await env.testDb.db.lead.findMany({ where: { id: { in: ids } }, select: { id: true, utmSource: true } });
  return ids.map((id) => rows.find((r) => r.id === id)!.utmSource);
}

function insertLead(utm: unknown) {
  return env.testDb.db.lead.create({
    data: { workspaceId: env.kit.workspaceId, answers: {}, scores: {}, breakdown: [], tier: "nurture", outcome: {}, utm: utm as Prisma.InputJsonValue, submittedAt: NOW },
  });
}

describe(`the lead's UTM source is routing's utm.source, in the database too (${lane})`, () => {
  it("the column agrees with routingUtm for every utm shape, on insert and when the utm changes", async () => {
    const ids: string[] = [];
    for (const utm of SHAPES) ids.push((await insertLead(utm)).id);
    expect(await storedUtmSources(ids)).toEqual(SHAPES.map(utmSourceOf));
    // Each lead takes the next lead's utm.
    const shifted = SHAPES.map((_, i) => SHAPES[(i + 1) % SHAPES.length]);
    for (const [i, id] of ids.entries()) await env.testDb.db.lead.update({ where: { id }, data: { utm: shifted[i] as Prisma.InputJsonValue } });
    expect(await storedUtmSources(ids)).toEqual(shifted.map(utmSourceOf));
  });

  it('a lead posted with utm {source: "google"} is in the google slice of analytics, the leads table and the CSV', async () => {
    const { db } = env.testDb;
    const posted = await readJson<{ lead: TLeadResource }>(
      await handleCreateLead(db, apiRequest("POST", "/leads", { key: env.kit.key, body: { person: { email: "gia@acme.test", name: "Gia Google" }, utm: { source: "google" } } }), NOW, env.kit.deps),
    );
    expect(posted.status).toBe(201);
    const id = posted.json.lead.id;
    const other = (await insertLead({ utm_source: "newsletter" })).id;
    expect(await storedUtmSources([id, other])).toEqual(["google", "newsletter"]);

    const { workspaceId } = env.kit;
    const labels = await loadAnalyticsLabels(db, workspaceId);
    const range = { from: "2026-11-01", to: "2026-12-01" };
    const bySource = await funnelReport(db, workspaceId, analyticsFilters(range, NOW), "utmSource", labels);
    expect(bySource.slices.find((s) => s.key === "google")?.funnel.steps[0]!.count).toBe(1);
    const google = await funnelReport(db, workspaceId, analyticsFilters({ ...range, utmSource: "google" }, NOW), "path", labels);
    expect(google.total.steps[0]!.count).toBe(1);

    const slice = { slice: { ...range, utmSource: "google" }, includeSpam: true };
    expect((await listLeads(db, workspaceId, { ...slice, pageSize: 100 }, null)).items.map((l) => l.id)).toEqual([id]);
    const sqlRows = await db.$queryRaw<{ id: string }[]>`SELECT l."id" FROM "Lead" l WHERE ${leadListSql(workspaceId, parseInput(ZListLeadsInput, slice), null)}`;
    expect(sqlRows.map((r) => r.id)).toEqual([id]);
    let csv = "";
    for await (const chunk of leadsCsv(db, workspaceId, slice, null)) csv += chunk;
    expect(csv).toContain(id);
    expect(csv).not.toContain(other);
  });

  it("the migration fills the column of leads stored before it (and leaves their updatedAt)", async () => {
    const { db } = env.testDb;
    const name = fs.readdirSync(MIGRATIONS_DIR).filter((n) => n.endsWith("_lead_utm_source_alias")).at(0);
    expect(name).toBeDefined();
    // The trigger as it was before the migration (utm_source only, any JSON value as text) stores the leads.
    const previous = fs.readFileSync(path.join(MIGRATIONS_DIR, "20261130211351_lead_utm_source", "migration.sql"), "utf8");
    const oldFunction = /CREATE FUNCTION "switchboard_lead_utm_source"[\s\S]*?END \$\$;/.exec(previous)![0];
    await db.$executeRawUnsafe(oldFunction.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"));
    const ids: string[] = [];
    for (const utm of SHAPES) ids.push((await insertLead(utm)).id);
    const before = await db.lead.findMany({ where: { id: { in: ids } }, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } });
    expect((await storedUtmSources(ids))[SHAPES.findIndex((s) => JSON.stringify(s) === '{"source":"google"}')]).toBeNull();
    // Unrecord the migration and apply the migrations again: only it runs, as on a database that predates it.
    await db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE "migration_name" = ${name}`;
    expect(await applyMigrations(env.testDb.adapterFactory)).toEqual([name]);
    expect(await storedUtmSources(ids)).toEqual(SHAPES.map(utmSourceOf));
    expect(await db.lead.findMany({ where: { id: { in: ids } }, select: { id: true, updatedAt: true }, orderBy: { id: "asc" } })).toEqual(before);
    expect(fs.existsSync(path.join(MIGRATIONS_DIR, name!, "migration.sql"))).toBe(true);
  });
});
