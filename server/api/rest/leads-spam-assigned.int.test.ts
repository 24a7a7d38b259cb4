// A spam lead (a filled honeypot) that a manager assigns by hand is a real lead to them: the
// assignment clears `isSpam` (a "spam_cleared" event says who, with the assignment), so every reader
// shows its assignment's status (ASSIGNED) — GET /api/v1/leads/{id}, the feed and its `status=`
// filters (SPAM no longer lists it, ASSIGNED does), the dashboard's table and its CSV — and it is
// routed like any lead afterwards: returned by its rep or sent to the next best rep, it goes to
// another rep and never reads SPAM again. Spam nobody acted on still reads SPAM. A lead still
// flagged spam that a person moved on (assigned by hand before assignments cleared the flag) reads
// as its status, and the dashboard's table without "show spam" lists it. PGlite, or PostgreSQL
// with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD } from "../../domain/forms/honeypot";
import { reassignLead } from "../../services/assignments/reassign-lead";
import { returnLead } from "../../services/assignments/return-lead";
import { leadsCsv, LEAD_CSV_COLUMNS } from "../../services/leads/export-leads-csv";
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
  // Lead ID, Status and Spam, found by name (no commas in these cells, nor in any cell before them here).
  const [id, status, spam] = (["Lead ID", "Status", "Spam"] as const).map((name) => LEAD_CSV_COLUMNS.indexOf(name));
  return text.trim().split(/\r?\n/).slice(1).map((line) => line.split(",")).map((cells) => [cells[id!]!, cells[status!]!, cells[spam!]!]);
}

const manager = () => env.testDb.db.user.findUniqueOrThrow({ where: { email: "manager@demo.switchboard.dev" } });
const leadRow = (id: string) => env.testDb.db.lead.findUniqueOrThrow({ where: { id }, select: { status: true, isSpam: true, ownerRepId: true } });

async function assignByHand(leadId: string, rep = "Sarah") {
  const repId = await env.kit.repIdOf(rep);
  const byUserId = (await manager()).id;
  const { assignmentId } = await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, toRepId: repId, reason: "A real prospect, caught by the honeypot", byUserId, now: NOW });
  return { repId, byUserId, assignmentId };
}

describe(`a spam lead assigned by hand is a real lead (${lane})`, () => {
  it("GET /leads/{id}, the feed, the table and the CSV: ASSIGNED with isSpam cleared, said on the timeline; untouched spam stays SPAM", async () => {
    const assigned = await submitSpam("bot1@spam.example");
    const untouched = await submitSpam("bot2@spam.example");
    const { repId, byUserId, assignmentId } = await assignByHand(assigned);
    expect(await leadRow(assigned)).toEqual({ status: "ASSIGNED", isSpam: false, ownerRepId: repId });
    const events = await env.testDb.db.leadEvent.findMany({ where: { leadId: assigned, type: "spam_cleared" }, select: { data: true, createdAt: true } });
    expect(events).toEqual([{ data: { byUserId, assignmentId }, createdAt: NOW }]);

    expect(await getLead(assigned)).toMatchObject({ status: "ASSIGNED", isSpam: false });
    expect(await getLead(untouched)).toMatchObject({ status: "SPAM", isSpam: true });

    const byId = new Map((await feed("")).map((l) => [l.id, [l.status, l.isSpam]]));
    expect([byId.get(assigned), byId.get(untouched)]).toEqual([["ASSIGNED", false], ["SPAM", true]]);
    expect((await feed("?status=SPAM")).map((l) => l.id)).toEqual([untouched]);
    expect((await feed("?status=ASSIGNED")).map((l) => l.id)).toContain(assigned);
    expect((await feed("?status=NEW")).map((l) => l.id)).not.toContain(assigned);

    expect(await list({ status: "SPAM" })).toEqual([[untouched, "SPAM", true]]);
    expect(await list({ status: "ASSIGNED" })).toContainEqual([assigned, "ASSIGNED", false]);
    expect(await list({})).toContainEqual([assigned, "ASSIGNED", false]);
    expect(await list({ status: "NEW", includeSpam: true })).not.toContainEqual(expect.arrayContaining([assigned]));
    expect(await csv({ status: "ASSIGNED" })).toContainEqual([assigned, "ASSIGNED", "false"]);
    expect(await csv({ status: "SPAM" })).toEqual([[untouched, "SPAM", "true"]]);
  });

  it("returned by its rep after the hand assignment: routed to another rep, never SPAM again; a lead not flagged gets no spam_cleared", async () => {
    const leadId = await submitSpam("bot3@spam.example");
    const { repId } = await assignByHand(leadId);
    const sarah = await env.testDb.db.repProfile.findUniqueOrThrow({ where: { id: repId }, select: { userId: true } });
    const returned = await returnLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, repUserId: sarah.userId, reason: "Not my territory", now: NOW });
    expect(returned.decision?.outcome).toBe("assigned");
    const row = await leadRow(leadId);
    expect(row).toMatchObject({ status: "ASSIGNED", isSpam: false });
    expect(row.ownerRepId).not.toBe(repId);
    expect(await getLead(leadId)).toMatchObject({ status: "ASSIGNED", isSpam: false });
    expect((await feed("?status=SPAM")).map((l) => l.id)).not.toContain(leadId);
    // The next owner hands it on by hand again: no second spam_cleared (it is no longer spam).
    await assignByHand(leadId, row.ownerRepId === (await env.kit.repIdOf("Priya")) ? "Sarah" : "Priya");
    expect(await env.testDb.db.leadEvent.count({ where: { leadId, type: "spam_cleared" } })).toBe(1);
  });

  it("reassigned to the next best rep after the hand assignment: routed like any lead", async () => {
    const leadId = await submitSpam("bot4@spam.example");
    const { repId, byUserId } = await assignByHand(leadId);
    const next = await reassignLead(env.testDb.db, env.kit.deps, { workspaceId: env.kit.workspaceId, leadId, toRepId: null, reason: "Sarah is out this week", byUserId, now: NOW });
    expect(next.decision?.outcome).toBe("assigned");
    expect(next.decision?.repId).not.toBe(repId);
    expect(await leadRow(leadId)).toMatchObject({ status: "ASSIGNED", isSpam: false, ownerRepId: next.decision?.repId });
  });
});

describe(`the dashboard's table without "show spam" (${lane})`, () => {
  it("hides the leads that read as SPAM, lists a spam-flagged lead a person moved on (as its status), and a status filter decides spam itself", async () => {
    const untouched = await submitSpam("bot5@spam.example");
    const movedOn = await submitSpam("bot6@spam.example");
    // A lead assigned by hand before assignments cleared the flag: still isSpam, its status moved on.
    await env.testDb.db.lead.update({ where: { id: movedOn }, data: { status: "ASSIGNED", ownerRepId: await env.kit.repIdOf("Sarah") } });

    const shown = (await list({})).map(([id]) => id);
    expect(shown).toContain(movedOn);
    expect(shown).not.toContain(untouched);
    expect(await list({})).toContainEqual([movedOn, "ASSIGNED", true]);
    expect((await list({ includeSpam: true })).map(([id]) => id)).toEqual(expect.arrayContaining([movedOn, untouched]));
    expect(await list({ status: "SPAM" })).toEqual([[untouched, "SPAM", true]]);
    expect(await list({ status: "ASSIGNED" })).toContainEqual([movedOn, "ASSIGNED", true]);
    expect((await list({ status: "NEW" })).map(([id]) => id)).not.toContain(untouched);
  });
});
