// GET /api/v1/leads through its handler (real key, the demo workspace, a real database): cursor
// pages in (updatedAt, id) order, filters, incremental sync on updatedAt kept by the database's
// triggers (routing writes with raw SQL; a reassignment, an event, a direct update all move it),
// the key's workspace only, 422 with the parameter's name.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TLeadFeedPage } from "../../services/leads/lead-feed";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleCreateLead, handleListLeads } from "./handle-leads";
import { handleReassignLead } from "./handle-reassign";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TPage = Omit<TLeadFeedPage, "leads"> & { leads: (Omit<TLeadFeedPage["leads"][number], "updatedAt"> & { updatedAt: string })[] };
const list = async (query = "", key = env.kit.key) => readJson<TPage>(await handleListLeads(env.testDb.db, apiRequest("GET", `/leads${query}`, { key }), NOW));
const create = async (body: unknown) => ((await (await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps)).json()) as { lead: { id: string } }).lead.id;
const small = (email: string) => ({ answers: { company_size: "20-199", industry: "technology", region: "north_america" }, person: { email } });
const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

describe(`GET /api/v1/leads (${lane})`, () => {
  it("pages every lead once by cursor, oldest change first, with owner, tier, form and answers", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    const ids = [bank, await create(small("a@shop.com")), await create(small("b@shop.com"))];
    const first = await list("?limit=2");
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBeNull();
    expect(first.json.leads).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await list(`?limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.leads).toHaveLength(1);
    expect(second.json.nextCursor).toBeNull();
    const all = [...first.json.leads, ...second.json.leads];
    expect(all.map((l) => l.id).sort()).toEqual([...ids].sort());
    const stamps = all.map((l) => `${l.updatedAt}|${l.id}`);
    expect(stamps).toEqual([...stamps].sort());
    expect(all.find((l) => l.id === bank)).toMatchObject({
      status: "ASSIGNED",
      form: { slug: "demo", version: 1 },
      tier: { key: "sales_ready", label: "Sales-ready" },
      owner: { name: "Sarah Chen", email: "sarah@demo.switchboard.dev" },
      person: { email: "vp@firstbank.com" },
      answers: { industry: "financial_services" },
      isSpam: false,
    });
  });

  it("filters by status, tier, owner and form", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    const shop = await create(small("a@shop.com"));
    const sarah = await env.kit.repIdOf("Sarah");
    const formId = (await env.testDb.db.form.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, slug: "demo" } })).id;
    const ids = async (query: string) => (await list(query)).json.leads.map((l) => l.id);
    expect(await ids(`?ownerRepId=${sarah}`)).toEqual([bank]);
    expect(await ids(`?formId=${formId}`)).toEqual([bank]);
    expect(await ids("?tier=unscored")).toEqual([shop]);
    // The key is the identifier; the label is what people read (not the key again).
    expect((await list("?tier=unscored")).json.leads[0]!.tier).toEqual({ key: "unscored", label: "Unscored" });
    expect(await ids("?tier=sales_ready&status=ASSIGNED")).toEqual([bank]);
    expect(await ids("?status=NURTURE")).toEqual([]);
  });

  it("updatedSince returns only what changed: a reassignment, an event, an update by any path move updatedAt", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    const shop = await create(small("a@shop.com"));
    const other = await create(small("c@shop.com"));
    const before = await list();
    const mark = before.json.leads.map((l) => l.updatedAt).sort().at(-1)!;
    await pause();
    const since = new Date(new Date(mark).getTime() + 1).toISOString();
    expect((await list(`?updatedSince=${since}`)).json.leads).toEqual([]);

    expect((await handleReassignLead(env.testDb.db, apiRequest("POST", `/leads/${bank}/reassign`, { key: env.kit.key, body: { reason: "Territory" } }), bank, NOW, env.kit.deps)).status).toBe(200);
    await env.testDb.db.leadEvent.create({ data: { leadId: shop, workspaceId: env.kit.workspaceId, type: "note", data: {} } });
    const changed = await list(`?updatedSince=${since}`);
    expect(changed.json.leads.map((l) => l.id).sort()).toEqual([bank, shop].sort());
    expect(changed.json.leads.find((l) => l.id === bank)!.owner?.name).not.toBe("Sarah Chen");

    await pause();
    const since2 = new Date(Date.now() - 1).toISOString();
    await env.testDb.db.$executeRaw`UPDATE "Lead" SET "status" = 'CLOSED' WHERE "id" = ${other}`;
    expect((await list(`?updatedSince=${since2}`)).json.leads.map((l) => [l.id, l.status])).toEqual([[other, "CLOSED"]]);
  });

  it("an assignment's follow-up claim (its job's bookkeeping) does not move updatedAt; accepting it does", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    const updatedAt = async () => (await env.testDb.db.lead.findUniqueOrThrow({ where: { id: bank }, select: { updatedAt: true } })).updatedAt.getTime();
    const before = await updatedAt();
    await pause();
    expect(await env.testDb.db.$executeRaw`UPDATE "LeadAssignment" SET "followUpsAt" = now() WHERE "leadId" = ${bank} AND "followUpsAt" IS NULL`).toBe(1);
    expect(await updatedAt()).toBe(before);
    await env.testDb.db.$executeRaw`UPDATE "LeadAssignment" SET "acceptedAt" = now() WHERE "leadId" = ${bank}`;
    expect(await updatedAt()).toBeGreaterThan(before);
  });

  it("the key's workspace only", async () => {
    await create(small("a@shop.com"));
    const other = await list("", env.kit.otherKey);
    expect(other.status).toBe(200);
    expect(other.json).toEqual({ leads: [], nextCursor: null });
  });

  it.each<[string, string]>([
    ["?status=WON", "status"],
    ["?limit=500", "limit"],
    ["?updatedSince=yesterday", "updatedSince"],
    ["?cursor=abc", "cursor"],
    ["?foo=1", "foo"], // an unknown parameter at its own name (it was "")
  ])("%s → 422 at %s", async (query, path) => {
    const { status, json } = await readJson<TApiErrorBody>(await handleListLeads(env.testDb.db, apiRequest("GET", `/leads${query}`, { key: env.kit.key }), NOW));
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual([path]);
  });

  it("an unknown tier is a 422 at tier listing the workspace's tiers; a tier a form defines but no lead has yet is an empty page", async () => {
    const { status, json } = await readJson<TApiErrorBody>(await handleListLeads(env.testDb.db, apiRequest("GET", "/leads?tier=zzz", { key: env.kit.key }), NOW));
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "tier", message: expect.stringMatching(/^No lead or form of this workspace has the tier “zzz”: use one of .*sales_ready/) }]);
    const defined = await list("?tier=sales_ready");
    expect(defined.status).toBe(200);
    expect(defined.json.leads).toEqual([]);
  });

  it("a parameter given twice says so", async () => {
    const { status, json } = await readJson<TApiErrorBody>(await handleListLeads(env.testDb.db, apiRequest("GET", "/leads?status=ASSIGNED&status=NEW", { key: env.kit.key }), NOW));
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "status", message: expect.stringMatching(/^Given 2 times/) }]);
  });
});
