// Spam (a filled honeypot, a submission faster than 3 s) is stored, never routed — and every lead
// reader says so as documented: status SPAM and isSpam on GET /api/v1/leads/{id} and in the feed
// (GET /api/v1/leads, spam included), `status=SPAM` lists exactly the spam, `status=NEW` never
// includes it (a CRM syncing new leads imports no spam); the dashboard's table and CSV filter the
// same way. The demo workspace through the handlers; PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { HONEYPOT_FIELD } from "../../domain/forms/honeypot";
import { listLeads } from "../../services/leads/list-leads";
import type { TLeadFeedPage } from "../../services/leads/lead-feed";
import { unlimitedRateLimits } from "../../services/rate-limit/rate-limits";
import { submitForm } from "../../services/submissions/submit-form";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleGetLead, handleListLeads } from "./handle-leads";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

/** A demo form submission; `spam`: the honeypot filled, or sent after 1 s. */
async function submit(spam: "honeypot" | "too_fast" | null, email: string) {
  const body = {
    answers: { ...BANK_VP, email },
    context: { fillTimeMs: spam === "too_fast" ? 1_000 : 20_000, source: "api" },
    ...(spam === "honeypot" ? { [HONEYPOT_FIELD]: "http://spam.example" } : {}),
  };
  const result = await submitForm(env.testDb.db, { slug: "demo", body, idempotencyKey: null, ip: "10.0.0.9", now: NOW, rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps });
  return result.response.leadId;
}

const feed = async (query: string) => (await readJson<TLeadFeedPage>(await handleListLeads(env.testDb.db, apiRequest("GET", `/leads${query}`, { key: env.kit.key }), NOW))).json.leads;
const getLead = async (id: string) => (await readJson<{ lead: { status: string; isSpam: boolean } }>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW))).json.lead;

describe(`spam leads read as status SPAM (${lane})`, () => {
  it("GET /leads/{id}, the feed and its status filter: spam is SPAM, never NEW", async () => {
    const honeypot = await submit("honeypot", "bot1@spam.example");
    const tooFast = await submit("too_fast", "bot2@spam.example");
    const real = await submit(null, "vp@firstbank.com");
    // Stored as spam, unrouted (the column keeps the intake's NEW).
    expect(await env.testDb.db.lead.count({ where: { id: { in: [honeypot, tooFast] }, isSpam: true, ownerRepId: null } })).toBe(2);
    // A lead waiting for a manager, not spam: NEW still lists it.
    const waiting = await env.testDb.db.lead.update({ where: { id: real }, data: { status: "NEW", ownerRepId: null }, select: { id: true } });

    for (const id of [honeypot, tooFast]) expect(await getLead(id)).toMatchObject({ status: "SPAM", isSpam: true });
    expect(await getLead(real)).toMatchObject({ status: "NEW", isSpam: false });

    const all = await feed("");
    expect(all.map((l) => [l.id, l.status, l.isSpam]).sort()).toEqual(
      [
        [honeypot, "SPAM", true],
        [tooFast, "SPAM", true],
        [waiting.id, "NEW", false],
      ].sort(),
    );
    expect((await feed("?status=SPAM")).map((l) => l.id).sort()).toEqual([honeypot, tooFast].sort());
    expect((await feed("?status=NEW")).map((l) => l.id)).toEqual([waiting.id]);
  });

  it("the dashboard's table (its CSV pages through the same): status SPAM lists the spam, NEW does not, even with spam shown", async () => {
    const spam = await submit("honeypot", "bot@spam.example");
    const real = await submit(null, "vp@firstbank.com");
    await env.testDb.db.lead.update({ where: { id: real }, data: { status: "NEW", ownerRepId: null } });
    const list = async (input: Parameters<typeof listLeads>[2]) => (await listLeads(env.testDb.db, env.kit.workspaceId, input, null)).items.map((l) => [l.id, l.status]);
    expect(await list({ status: "SPAM" })).toEqual([[spam, "SPAM"]]);
    expect(await list({ status: "NEW", includeSpam: true })).toEqual([[real, "NEW"]]);
    expect(await list({})).toEqual([[real, "NEW"]]);
    expect((await list({ includeSpam: true })).sort()).toEqual([[spam, "SPAM"], [real, "NEW"]].sort());
  });
});
