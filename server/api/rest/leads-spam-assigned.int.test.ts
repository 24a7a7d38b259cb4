// A spam lead (a filled honeypot) that a manager assigns by hand is a real lead to them: every
// reader shows its assignment's status (ASSIGNED) with `isSpam` still true — GET /api/v1/leads/{id},
// the feed and its `status=` filters (SPAM no longer lists it, ASSIGNED does), the dashboard's table
// and its CSV — while spam nobody acted on still reads SPAM. PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD } from "../../domain/forms/honeypot";
import { reassignLead } from "../../services/assignments/reassign-lead";
import { leadsCsv } from "../../services/leads/export-leads-csv";
import type { TLeadFeedPage } from "../../services/leads/lead-feed";
import { listLeads } from "../../services/leads/list-leads";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { submitForm } from "../../services/submissions/submit-form";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleGetLead, handleListLeads } from "./handle-leads";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

async function submitSpam(email: string) {
  const body = { answers: { ...BANK_VP, email }, context: { fillTimeMs: 20_000, source: "api" }, [HONEYPOT_FIELD]: "http://spam.example" };
  const result = await submitForm(env.testDb.db, { slug: "demo", body, idempotencyKey: null, ip: "10.0.0.9", now: NOW, rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps });
  return result.response.leadId;
}

const feed = async (query: string) => (await readJson<TLeadFeedPage>(await handleListLeads(env.testDb.db, apiRequest("GET", `/leads${query}`, { key: env.kit.key }), NOW))).json.leads;
const getLead = async (id: string) => (await readJson<{ lead: { status: string; isSpam: boolean } }>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW))).json.lead;
const list = async (input: Parameters<typeof listLeads>[2]) => (await listLeads(env.testDb.db, env.kit.workspaceId, input, null)).items.map((l) => [l.id, l.status, l.isSpam]);
async function csv(input: Parameters<typeof leadsCsv>[2]): Promise<string[][]> {
  let text = "";
  for await (const chunk of leadsCsv(env.testDb.db, env.kit.workspaceId, input, null)) text += chunk;
  // Status, Spam and Lead ID: the 6th, 12th and 13th columns (no commas in these cells).
  return text.trim().split(/\r?\n/).slice(1).map((line) => line.split(",")).map((cells) => [cells[12]!, cells[5]!, cells[11]!]);
}

describe(`a spam lead assigned by hand reads as its assignment's status (${lane})`, () => {
  it("GET /leads/{id}, the feed, the table and the CSV: ASSIGNED with isSpam true; untouched spam stays SPAM", async () => {
    const assigned = await submitSpam("bot1@spam.example");
    const untouched = await submitSpam("bot2@spam.example");
    const manager = await env.testDb.db.user.findUniqueOrThrow({ where: { email: "manager@demo.switchboard.dev" } });
    const repId = await env.kit.repIdOf("Sarah");
    await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId: assigned, toRepId: repId, reason: "A real prospect, caught by the honeypot", byUserId: manager.id, now: NOW });
    expect(await env.testDb.db.lead.findUniqueOrThrow({ where: { id: assigned }, select: { status: true, isSpam: true, ownerRepId: true } })).toEqual({ status: "ASSIGNED", isSpam: true, ownerRepId: repId });

    expect(await getLead(assigned)).toMatchObject({ status: "ASSIGNED", isSpam: true });
    expect(await getLead(untouched)).toMatchObject({ status: "SPAM", isSpam: true });

    const byId = new Map((await feed("")).map((l) => [l.id, [l.status, l.isSpam]]));
    expect([byId.get(assigned), byId.get(untouched)]).toEqual([["ASSIGNED", true], ["SPAM", true]]);
    expect((await feed("?status=SPAM")).map((l) => l.id)).toEqual([untouched]);
    expect((await feed("?status=ASSIGNED")).map((l) => l.id)).toContain(assigned);
    expect((await feed("?status=NEW")).map((l) => l.id)).not.toContain(assigned);

    expect(await list({ status: "SPAM" })).toEqual([[untouched, "SPAM", true]]);
    expect(await list({ status: "ASSIGNED" })).toContainEqual([assigned, "ASSIGNED", true]);
    expect(await list({ status: "NEW", includeSpam: true })).not.toContainEqual(expect.arrayContaining([assigned]));
    expect(await csv({ status: "ASSIGNED" })).toContainEqual([assigned, "ASSIGNED", "true"]);
    expect(await csv({ status: "SPAM" })).toEqual([[untouched, "SPAM", "true"]]);
  });
});
