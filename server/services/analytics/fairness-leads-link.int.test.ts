// Fairness counts a pool's ROUTED assignments by assignment time; its "Leads" link must list those
// leads. A lead routed to Sarah (the demo's Enterprise pool) and then given to Priya counts for
// Sarah: her link (the leads page's routed-assignment slice, and the leads CSV of the same
// parameters) lists it, Priya's does not — the old link (current owner, submission time, current
// path) listed it under Priya and not under Sarah. PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { readLeadListParams, toListInput } from "@/components/leads/lead-list-params";
import { reassignLead } from "../assignments/reassign-lead";
import { leadsCsv } from "../leads/export-leads-csv";
import { leadsCsvInput } from "../leads/leads-csv-query";
import { listLeads } from "../leads/list-leads";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { loadAnalyticsView } from "./analytics-view";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NY_MORNING = new Date("2026-12-01T15:00:00Z");
const NOW = new Date("2026-12-03T12:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

describe(`fairness: a rep's Leads link lists the leads the figure counts (${lane})`, () => {
  it("a lead routed to Sarah, then reassigned to Priya, counts and lists for Sarah, not for Priya (the page and the CSV)", async () => {
    const { db } = env.testDb;
    const { workspaceId, deps } = env.kit;
    const [sarah, priya] = [await env.kit.repIdOf("Sarah"), await env.kit.repIdOf("Priya")];
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    expect(lead.assignments.map((a) => [a.kind, a.repId, (a.decision as { pathId?: string }).pathId])).toEqual([["ROUTED", sarah, "enterprise"]]);
    await reassignLead(db, deps, { workspaceId, leadId: lead.id, toRepId: priya, reason: "Priya knows the bank", byUserId: null, now: new Date(NY_MORNING.getTime() + 10 * 60_000) });
    expect((await db.lead.findUniqueOrThrow({ where: { id: lead.id } })).ownerRepId).toBe(priya);

    const view = await loadAnalyticsView(db, workspaceId, "MANAGER", { view: "fairness", pool: "enterprise", from: "2026-11-01", to: "2026-12-02" }, NOW);
    const row = (name: string) => {
      const found = view.table.rows.find((r) => String(r.cells[0]).startsWith(name))!;
      return { leads: found.cells[2], href: found.links![2]! };
    };
    const listed = async (href: string) => {
      const url = new URL(href, "http://localhost");
      const page = await listLeads(db, workspaceId, toListInput(readLeadListParams(Object.fromEntries(url.searchParams))), { userId: "manager", role: "MANAGER" });
      let csv = "";
      for await (const chunk of leadsCsv(db, workspaceId, leadsCsvInput(url.searchParams), null)) csv += chunk;
      return { page: page.items.map((l) => l.id), total: page.total, csvHasLead: csv.includes(lead.id) };
    };

    expect(row("Sarah").leads).toBe(1);
    expect(row("Priya").leads).toBe(0);
    expect(await listed(row("Sarah").href)).toEqual({ page: [lead.id], total: 1, csvHasLead: true });
    expect(await listed(row("Priya").href)).toEqual({ page: [], total: 0, csvHasLead: false });
    // The link names the assignment, in words on the leads page ("Routed to Sarah Chen via Enterprise → Enterprise, …").
    expect(row("Sarah").href).toBe(`/leads?from=2026-11-01&to=2026-12-02&assignedRepId=${sarah}&assignedPathId=enterprise&assignedTeamId=${view.labels.paths.find((p) => p.id === "enterprise")!.teamId}`);
  });

  it("the range is the assignment's days: a lead submitted the day before the range but routed in it lists; over its submission day alone it is neither counted nor listed", async () => {
    const { db } = env.testDb;
    const { workspaceId } = env.kit;
    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NY_MORNING);
    // As if submitted the day before (held, then routed on 1 December).
    await db.lead.update({ where: { id: lead.id }, data: { submittedAt: new Date("2026-11-30T23:00:00Z") } });
    const counted = async (from: string, to: string) => {
      const view = await loadAnalyticsView(db, workspaceId, "MANAGER", { view: "fairness", pool: "enterprise", from, to }, NOW);
      const sarah = view.table.rows.find((r) => String(r.cells[0]).startsWith("Sarah"))!;
      const url = new URL(sarah.links![2]!, "http://localhost");
      const page = await listLeads(db, workspaceId, toListInput(readLeadListParams(Object.fromEntries(url.searchParams))), null);
      return [sarah.cells[2], page.total];
    };
    expect(await counted("2026-12-01", "2026-12-02")).toEqual([1, 1]);
    expect(await counted("2026-11-30", "2026-11-30")).toEqual([0, 0]);
  });
});
