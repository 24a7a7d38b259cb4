// The loose index scan behind the analytics filters' tier and source choices returns exactly what
// SELECT DISTINCT … ORDER BY 1 returns: every value once (none dropped, none twice), in its order,
// values that differ only by case or a trailing space kept apart, no NULL, only the workspace's own.
import { describe, expect, it } from "vitest";
import { useTestDb } from "../../testing/use-test-db";
import { makeWorkspace } from "../../testing/factories";
import { distinctLeadValues, type TDistinctLeadColumn } from "./distinct-lead-values";

const testDb = useTestDb();

async function addLeads(workspaceId: string, rows: { tier: string; source: string | null }[]) {
  await testDb.db.lead.createMany({
    data: rows.map((r) => ({ workspaceId, tier: r.tier, source: r.source, answers: {}, scores: {}, breakdown: [], outcome: {}, utm: {} })),
  });
}

async function selectDistinct(workspaceId: string, column: TDistinctLeadColumn): Promise<string[]> {
  const rows = column === "tier"
    ? await testDb.db.$queryRaw<{ v: string }[]>`SELECT DISTINCT "tier" AS v FROM "Lead" WHERE "workspaceId" = ${workspaceId} ORDER BY 1`
    : await testDb.db.$queryRaw<{ v: string }[]>`SELECT DISTINCT "source" AS v FROM "Lead" WHERE "workspaceId" = ${workspaceId} AND "source" IS NOT NULL ORDER BY 1`;
  return rows.map((r) => r.v);
}

describe("distinctLeadValues (loose index scan)", () => {
  it("returns SELECT DISTINCT's values: each once, in order, the workspace's own, no NULL", async () => {
    const ws = await makeWorkspace(testDb.db, "Acme");
    const other = await makeWorkspace(testDb.db, "Other");
    await addLeads(ws.id, [
      { tier: "sales_ready", source: "api" },
      { tier: "sales_ready", source: "api" },
      { tier: "sales_ready", source: null },
      { tier: "nurture", source: "embed" },
      { tier: "Nurture", source: "Api" },
      { tier: "nurture ", source: "api " },
      { tier: "", source: "" },
      { tier: "a", source: null },
      { tier: "disqualified", source: "hosted" },
      { tier: "disqualified", source: "hosted" },
    ]);
    // Between and around the workspace's values: must not show up.
    await addLeads(other.id, [
      { tier: "b_other", source: "b_other" },
      { tier: "zzz", source: "zzz" },
      { tier: "", source: "aaa" },
    ]);

    const tiers = await distinctLeadValues(testDb.db, ws.id, "tier");
    const sources = await distinctLeadValues(testDb.db, ws.id, "source");
    expect(tiers).toEqual(await selectDistinct(ws.id, "tier"));
    expect(sources).toEqual(await selectDistinct(ws.id, "source"));
    expect(new Set(tiers)).toEqual(new Set(["sales_ready", "nurture", "Nurture", "nurture ", "", "a", "disqualified"]));
    expect(new Set(sources)).toEqual(new Set(["api", "embed", "Api", "api ", "", "hosted"]));
    expect(tiers).toHaveLength(7);
    expect(sources).toHaveLength(6);
  });

  it("a workspace without leads, or without a source on any lead: no values", async () => {
    const empty = await makeWorkspace(testDb.db, "Empty");
    const noSource = await makeWorkspace(testDb.db, "No source");
    await addLeads(noSource.id, [{ tier: "nurture", source: null }]);
    expect(await distinctLeadValues(testDb.db, empty.id, "tier")).toEqual([]);
    expect(await distinctLeadValues(testDb.db, empty.id, "source")).toEqual([]);
    expect(await distinctLeadValues(testDb.db, noSource.id, "source")).toEqual([]);
    expect(await distinctLeadValues(testDb.db, noSource.id, "tier")).toEqual(["nurture"]);
  });
});
