// The API's one-statement read of a lead (loadLeadResourceData) against what Prisma reads: the lead
// view equals getLead's (dates as Dates, the decimal as text, events in order, repeat link, owner)
// and the assignments equal the stored rows, for a routed then reassigned repeat lead and a lead
// without a form (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { getLead } from "../../services/leads/get-lead";
import { loadLeadResourceData, type TLeadResourceData } from "../../services/leads/lead-resource-data";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleCreateLead } from "./handle-leads";
import { handleReassignLead } from "./handle-reassign";
import type { TLeadResource } from "./lead-resource";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

const post = async (body: unknown, at = NOW) =>
  (await readJson<{ lead: TLeadResource }>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), at, env.kit.deps))).json.lead;

async function expectSameAsPrisma(leadId: string) {
  const { db } = env.testDb;
  const data = await loadLeadResourceData(db, env.kit.workspaceId, leadId);
  const detail = await getLead(db, env.kit.workspaceId, leadId);
  expect(data.detail).toEqual(detail);
  expect(JSON.stringify(data.detail)).toBe(JSON.stringify(detail));
  const row = await db.lead.findUniqueOrThrow({ where: { id: leadId }, select: { status: true, form: { select: { slug: true } } } });
  expect([data.status, data.formSlug]).toEqual([row.status, row.form?.slug ?? null]);
  const assignments = await db.leadAssignment.findMany({
    where: { leadId },
    orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, isCurrent: true, isProvisional: true, repId: true, decision: true, configVersion: true, durationMs: true, note: true, byUserId: true, assignedAt: true, acceptedAt: true, endedAt: true, followUpsAt: true, slaStartsAt: true },
  });
  expect(data.assignments).toEqual(assignments);
  const reps = await db.repProfile.findMany({ where: { workspaceId: env.kit.workspaceId }, select: { id: true, user: { select: { name: true, email: true } } } });
  expect(new Set(data.reps.map((r) => JSON.stringify(r)))).toEqual(new Set(reps.map((r) => JSON.stringify({ id: r.id, name: r.user.name, email: r.user.email }))));
  expect(data.teams.map((t) => t.name).sort()).toEqual((await db.team.findMany({ where: { workspaceId: env.kit.workspaceId } })).map((t) => t.name).sort());
  return data;
}

describe(`the lead resource's one-statement read (${lane})`, () => {
  it("equals Prisma's reading for a routed, reassigned repeat lead with a form", async () => {
    const first = await post({ form: "demo", answers: BANK_VP, source: "crm", utm: { utm_campaign: "q4" } });
    expect(first.id).toEqual(expect.any(String));
    const again = await post({ form: "demo", answers: BANK_VP }, new Date(NOW.getTime() + 1_000));
    const tom = await env.kit.repIdOf("Tom");
    const reassigned = await handleReassignLead(env.testDb.db, apiRequest("POST", `/leads/${again.id}/reassign`, { key: env.kit.key, body: { toRepId: tom, reason: "Knows the buyer" } }), again.id, new Date(NOW.getTime() + 60_000), env.kit.deps);
    expect(reassigned.status).toBe(200);
    await expectSameAsPrisma(first.id);
    const data = await expectSameAsPrisma(again.id);
    expect(data.detail.repeatOf?.id).toBe(first.id);
    expect(data.assignments.map((a) => a.kind)).toEqual(["ROUTED", "REASSIGNED"]);
    expect(data.detail.events.length).toBeGreaterThan(1);
  });

  it("equals Prisma's reading for a lead without a form, and refuses another workspace's lead", async () => {
    const lead = await post({ answers: { company_size: "20-199", industry: "technology", region: "north_america" }, person: { email: "small@acme.com" } });
    const data = await expectSameAsPrisma(lead.id);
    expect(data.formSlug).toBeNull();
    await expect(loadLeadResourceData(env.testDb.db, "another-workspace", lead.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("takes the reps' and teams' names from the process's cache while the roster version stands, afresh once it moves", async () => {
    const { db } = env.testDb;
    const { workspaceId } = env.kit;
    const lead = await post({ form: "demo", answers: BANK_VP }, new Date(NOW.getTime() + 120_000));
    const tom = await db.repProfile.findUniqueOrThrow({ where: { id: await env.kit.repIdOf("Tom") }, select: { id: true, userId: true } });
    const team = await db.team.findFirstOrThrow({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
    const namesIn = (data: TLeadResourceData) => ({ tom: data.reps.find((r) => r.id === tom.id)?.name, team: data.teams.find((t) => t.id === team.id)?.name });
    const first = await loadLeadResourceData(db, workspaceId, lead.id);
    expect(Object.isFrozen(first.reps) && Object.isFrozen(first.reps[0]) && Object.isFrozen(first.teams)).toBe(true);
    // A rename bumps the roster version in its own transaction (triggers): the next read has the new names.
    await db.user.update({ where: { id: tom.userId }, data: { name: "Thomas Reed" } });
    await db.team.update({ where: { id: team.id }, data: { name: "Enterprise East" } });
    const renamed = await loadLeadResourceData(db, workspaceId, lead.id);
    expect(namesIn(renamed)).toEqual({ tom: "Thomas Reed", team: "Enterprise East" });
    expect(renamed.reps).not.toBe(first.reps);
    // The cache is what serves them: a rename that does not move the version is not seen …
    await db.$executeRawUnsafe(`ALTER TABLE "User" DISABLE TRIGGER "User_roster_version"`);
    try {
      await db.user.update({ where: { id: tom.userId }, data: { name: "Unseen Name" } });
      const cached = await loadLeadResourceData(db, workspaceId, lead.id);
      expect(namesIn(cached).tom).toBe("Thomas Reed");
      expect(cached.reps).toBe(renamed.reps);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "User" ENABLE TRIGGER "User_roster_version"`);
    }
    // … until the version moves (here: the team's name changes back), when all names are read again.
    await db.team.update({ where: { id: team.id }, data: { name: team.name } });
    expect(namesIn(await loadLeadResourceData(db, workspaceId, lead.id))).toEqual({ tom: "Unseen Name", team: team.name });
  });
});
