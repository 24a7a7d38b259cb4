// POST /api/v1/leads answers a fresh lead from what its intake wrote (issue 9: "answer the 201 from
// what the intake holds instead of re-reading"): no statement after the intake's commit, and the
// 201's lead is byte for byte what GET /api/v1/leads/{id} answers for it — routed, nurtured,
// provisional, not routed, with and without a form, a known person updated, a batch of leads. A
// replay (same Idempotency-Key) still reads its lead.
import { afterEach, describe, expect, it } from "vitest";
import type { TRawSqlPool } from "../../db/raw-sql";
import { apiRequest, startApiKit } from "../../testing/api-kit";
import { recording, recordTransactions } from "../../testing/recording-tx";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { intakeBatchStats } from "../../services/leads/intake-batch";
import { handleCreateLead, handleGetLead } from "./handle-leads";

// Tuesday 1 December 2026, 10:00 in New York: Sarah (Enterprise) is at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

const RAW = ["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe"] as const;
/** The lead resource's read (lead-resource-data.ts). */
const isLeadRead = (statement: string) => statement.includes(`FROM "Lead" l CROSS JOIN`);

/** Records the thin client's statements outside a transaction (`outside`) and in each transaction, until restored. */
function recordThinClient(sql: TRawSqlPool) {
  const outside: string[] = [];
  const originals = Object.fromEntries(RAW.map((name) => [name, sql[name]])) as Pick<TRawSqlPool, (typeof RAW)[number]>;
  const recorded = recording({ ...originals }, outside);
  for (const name of RAW) (sql as unknown as Record<string, unknown>)[name] = recorded[name];
  const inside = recordTransactions(env.testDb.db);
  return {
    outside,
    transactions: inside.transactions,
    restore: () => {
      inside.restore();
      Object.assign(sql, originals);
    },
  };
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const post = (body: unknown, headers: Record<string, string> = {}) => handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body, headers }), NOW, env.kit.deps);
const getText = async (id: string) => (await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW)).text();

/** The answer's text, its lead as JSON text, GET's lead as JSON text, and whether the POST read a lead (the lead resource's read, outside its transaction). */
async function postAndGet(body: unknown, headers: Record<string, string> = {}) {
  const recorder = recordThinClient(env.testDb.sql);
  restore = recorder.restore;
  const response = await post(body, headers).finally(recorder.restore);
  restore = null;
  const text = await response.text();
  const parsed = JSON.parse(text) as { lead: { id: string; status: string }; warnings?: unknown };
  const got = JSON.stringify((JSON.parse(await getText(parsed.lead.id)) as { lead: unknown }).lead);
  return { status: response.status, text, parsed, leadText: JSON.stringify(parsed.lead), got, hasReadLead: recorder.outside.some(isLeadRead) };
}

/** One lead first: the process's caches (form version, roster, names) warm, as in a running server. */
const warm = () => post({ form: "demo", answers: { ...BANK_VP, email: "warm@firstbank.com" } });

describe(`POST /api/v1/leads answers from what the intake wrote (${lane})`, () => {
  it("a fresh create reads nothing after its commit; its 201 is exactly GET's lead", async () => {
    await warm();
    const recorder = recordThinClient(env.testDb.sql);
    restore = recorder.restore;
    const response = await post({ form: "demo", answers: { ...BANK_VP, email: "cold@firstbank.com" } });
    recorder.restore();
    restore = null;
    const text = await response.text();
    expect(response.status).toBe(201);
    expect(recorder.outside.filter(isLeadRead)).toEqual([]);
    expect(recorder.transactions.flat().filter(isLeadRead)).toEqual([]);
    // The thin client's statements of the request: the published form's with the workspace's exchange rates (load; the
    // value's conversion reads nothing more), the one transaction's, none after it.
    expect(recorder.outside).toHaveLength(1);
    expect(recorder.outside[0]).toMatch(/FROM "Form" f JOIN "Workspace" w .* LEFT JOIN "FormVersion"/s);
    expect(recorder.transactions).toHaveLength(1);
    console.log(`[statements] outside: ${recorder.outside.length}, in the transaction: ${recorder.transactions[0]!.length}`);
    const lead = (JSON.parse(text) as { lead: { id: string; status: string } }).lead;
    expect(lead.status).toBe("ASSIGNED");
    expect(text).toBe(`{"lead":${JSON.stringify((JSON.parse(await getText(lead.id)) as { lead: unknown }).lead)}}`);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["routed with the form, utm, value and time zone", { form: "demo", answers: BANK_VP, source: "crm", utm: { utm_campaign: "q4", utm_source: "news" }, timeZone: "America/New_York", estimatedValue: 1234.565 }, "ASSIGNED"],
    ["without a form, a person and a tier as sent", { answers: { company_size: "20-199", industry: "technology", region: "north_america" }, person: { email: "amy@shop.com", name: "Amy", phone: "+1 212 555 0100" }, tier: "warm" }, "ASSIGNED"],
    ["answers kept as not applicable, keys of any length and script", { form: "demo", answers: { ...BANK_VP, email: "odd@firstbank.com", zz: 1, a: { b: 2, aa: [1, { y: "é", x: null }] }, "日本": "はい", crm_id: "X-1" } }, "ASSIGNED"],
    ["a high value: provisional, waiting for review", { form: "demo", answers: { ...BANK_VP, email: "big@firstbank.com" }, estimatedValue: 900000 }, "ASSIGNED"],
    ["a student: not sales-ready", { form: "demo", answers: { ...BANK_VP, email: "student@uni.edu", company_size: "20-199", role: "student", authority: "researching", budget: "under_10k", timeline: "exploring" } }, "DISQUALIFIED"],
    ["a manager exploring: nurture", { form: "demo", answers: { ...BANK_VP, email: "mgr@mid.io", company_size: "20-199", role: "manager", authority: "influencer", budget: "10k_50k", timeline: "this_year" } }, "NURTURE"],
    ["a lead from the past: stored, not routed", { form: "demo", answers: { ...BANK_VP, email: "old@firstbank.com" }, submittedAt: "2026-11-20T09:30:00.123Z" }, "NEW"],
    ["a contact with no email", { answers: { industry: "technology" }, person: { name: "No Mail", company: "Quiet Co", phone: "+1 212 555 0101" } }, "ASSIGNED"],
  ])("%s: the 201 is GET's lead byte for byte, nothing read back", async (_name, body, expected) => {
    await warm();
    const { status, parsed, leadText, got, text, hasReadLead } = await postAndGet(body);
    expect(status, text).toBe(201);
    expect(parsed.lead.status).toBe(expected);
    expect(hasReadLead).toBe(false);
    expect(leadText).toBe(got);
  });

  it("a known person updated by a trusted key (what it did not send kept): the 201 is GET's lead", async () => {
    await post({ answers: { industry: "technology" }, person: { email: "kim@shop.com", name: "Kim", company: "Shop", phone: "+1 212 555 0102" } });
    const { status, leadText, got, parsed, hasReadLead } = await postAndGet({ answers: { industry: "technology", region: "europe" }, person: { email: "kim@shop.com", company: "Shop Two" } });
    expect(status).toBe(201);
    expect((parsed.lead as unknown as { person: unknown }).person).toEqual({ email: "kim@shop.com", name: "Kim", company: "Shop Two", phone: "+1 212 555 0102" });
    expect(hasReadLead).toBe(false);
    expect(leadText).toBe(got);
  });

  it("leads saved together (one batch under one lock): each 201 is GET's lead byte for byte", async () => {
    await warm();
    const before = intakeBatchStats();
    const recorder = recordThinClient(env.testDb.sql);
    restore = recorder.restore;
    const bodies = Array.from({ length: 6 }, (_, i) => ({ form: "demo", answers: { ...BANK_VP, email: `batch${i}@firstbank.com` } }));
    const responses = await Promise.all(bodies.map((body) => post(body)));
    recorder.restore();
    restore = null;
    expect(intakeBatchStats().batchedLeads).toBeGreaterThan(before.batchedLeads);
    expect(recorder.outside.filter(isLeadRead)).toEqual([]);
    for (const response of responses) {
      expect(response.status).toBe(201);
      const lead = (JSON.parse(await response.text()) as { lead: { id: string } }).lead;
      expect(JSON.stringify(lead)).toBe(JSON.stringify((JSON.parse(await getText(lead.id)) as { lead: unknown }).lead));
    }
  });

  it("a replay (same Idempotency-Key) reads its lead: 200, the lead as it is now", async () => {
    const headers = { "idempotency-key": "replay-1" };
    const first = await postAndGet({ form: "demo", answers: { ...BANK_VP, email: "again@firstbank.com" } }, headers);
    expect(first.status).toBe(201);
    expect(first.leadText).toBe(first.got);
    const again = await postAndGet({ form: "demo", answers: { ...BANK_VP, email: "again@firstbank.com" } }, headers);
    expect(again.status).toBe(200);
    expect(again.leadText).toBe(first.got);
    expect(again.hasReadLead).toBe(true);
  });
});
