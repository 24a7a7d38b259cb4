// A lead sent without a form but with a tier reads its tier as the workspace's published forms
// label that key when they all agree ("sales_ready" → "Sales-ready", as a form lead reads it), and
// as sent where they disagree or none knows it ("hot"); archived forms do not count. Everywhere:
// GET /api/v1/leads/{id}, GET /api/v1/leads, the dashboard's table and tier filter, the lead page,
// the rep's inbox, the accept link's page and the rep alert's lead (its assignment's read).
import { describe, expect, it } from "vitest";
import { loadAcceptLinkView } from "../../services/assignments/accept-assignment";
import { reassignLead } from "../../services/assignments/reassign-lead";
import { getLead } from "../../services/leads/get-lead";
import { loadLeadResourceDataOfAssignment } from "../../services/leads/lead-resource-data";
import { listInbox } from "../../services/outcomes/list-inbox";
import { listLeadFilterOptions, listLeads } from "../../services/leads/list-leads";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";
import { handleCreateLead, handleGetLead, handleListLeads } from "./handle-leads";

const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 3_600_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TLead = { id: string; tier: { key: string; label: string } };
const create = async (body: unknown) => readJson<{ lead: TLead }>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps));
const get = async (id: string) => readJson<{ lead: TLead }>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, LATER));
const feed = async () => readJson<{ leads: TLead[] }>(await handleListLeads(env.testDb.db, apiRequest("GET", "/leads", { key: env.kit.key }), LATER));

/** Another form of the workspace, its current version scored with these tiers. */
async function addForm(slug: string, status: "PUBLISHED" | "ARCHIVED", tiers: { key: string; label: string }[]) {
  const { db } = env.testDb;
  const demo = await db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const scoring = { ...(demo.currentVersion!.scoring as object), tiers: tiers.map((t, i) => ({ ...t, minScore: i === tiers.length - 1 ? null : 100 - i * 10 })) };
  const form = await db.form.create({ data: { workspaceId: env.kit.workspaceId, slug, name: slug, status, draftDefinition: demo.draftDefinition as object, draftScoring: scoring } });
  const version = await db.formVersion.create({ data: { formId: form.id, workspaceId: form.workspaceId, version: 1, definition: demo.currentVersion!.definition as object, scoring } });
  await db.form.update({ where: { id: form.id }, data: { currentVersionId: version.id } });
}

describe(`the tier label of a lead without a form (${lane})`, () => {
  it("is the published forms' label when they all agree, else the key as sent", async () => {
    // The demo form: sales_ready "Sales-ready", nurture "Nurture", disqualified "Disqualified".
    await addForm("webinar", "PUBLISHED", [{ key: "sales_ready", label: "Sales-ready" }, { key: "nurture", label: "Nurturing" }]);
    await addForm("old-promo", "ARCHIVED", [{ key: "sales_ready", label: "Ready now" }, { key: "hot", label: "Hot lead" }]);
    const made = async (tier: string, email: string) => {
      const created = await create({ person: { email }, tier });
      expect(created.status).toBe(201);
      return created.json.lead;
    };
    const cases: [string, string][] = [
      ["sales_ready", "Sales-ready"], // both published forms agree; the archived one does not count
      ["hot", "hot"], // only an archived form knows it
      ["nurture", "nurture"], // the published forms disagree
      ["unscored", "Unscored"],
    ];
    const leads = new Map<string, string>();
    for (const [tier] of cases) leads.set(tier, (await made(tier, `${tier}@acme.com`)).id);

    const { json: page } = await feed();
    const items = (await listLeads(env.testDb.db, env.kit.workspaceId, { pageSize: 100 }, null)).items;
    for (const [tier, label] of cases) {
      const id = leads.get(tier)!;
      expect((await get(id)).json.lead.tier, `GET /leads/{id} ${tier}`).toEqual({ key: tier, label });
      expect(page.leads.find((l) => l.id === id)?.tier, `GET /leads ${tier}`).toEqual({ key: tier, label });
      expect(items.find((l) => l.id === id)?.tierLabel, `the leads table ${tier}`).toBe(label);
      expect((await getLead(env.testDb.db, env.kit.workspaceId, id)).tierLabel, `the lead page ${tier}`).toBe(label);
    }

    // The rep's inbox, the accept link's page and the alert's read, once a rep holds the leads.
    const sarah = await env.kit.repIdOf("Sarah");
    const sarahUser = await env.testDb.db.repProfile.findUniqueOrThrow({ where: { id: sarah }, select: { userId: true } });
    for (const [tier] of cases) await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: leads.get(tier)!, toRepId: sarah, reason: "Knows the account", byUserId: null, now: NOW });
    const inbox = await listInbox(env.testDb.db, env.kit.workspaceId, sarahUser.userId, LATER);
    for (const [tier, label] of cases) {
      const id = leads.get(tier)!;
      expect(inbox.items.find((i) => i.id === id)?.tierLabel, `the inbox ${tier}`).toBe(label);
      const assignment = await env.testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId: id, isCurrent: true } });
      expect((await loadAcceptLinkView(env.testDb.db, assignment.id))?.lead.tierLabel, `the accept link ${tier}`).toBe(label);
      expect((await loadLeadResourceDataOfAssignment(env.testDb.db, env.kit.workspaceId, assignment.id))?.detail.tierLabel, `the alert's read ${tier}`).toBe(label);
    }

    // The tier filter labels its keys as that badge does: the published forms' keys (oldest form
    // first, best to worst), then the leads' other tiers.
    const { tiers } = await listLeadFilterOptions(env.testDb.db, env.kit.workspaceId);
    expect(tiers).toEqual([
      { key: "sales_ready", label: "Sales-ready" },
      { key: "nurture", label: "nurture" },
      { key: "disqualified", label: "Disqualified" },
      { key: "hot", label: "hot" },
      { key: "unscored", label: "Unscored" },
    ]);
  });
});
