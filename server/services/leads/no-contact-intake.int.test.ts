// A lead nobody can reply to — no email, no phone — is never lost to strictness: it is stored and
// routed like any lead (a rep can research the company), the 201 says so in `warnings` (one shape,
// one order, through either endpoint: the same pipeline), and the rep's alert says "no email given"
// where the address would be. Through the real handlers (POST /api/v1/leads with an API key, the
// public submissions endpoint), the seeded demo workspace and a real database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { handleCreateLead } from "../../api/rest/handle-leads";
import { handleSubmission } from "../../api/rest/handle-submission";
import type { TLeadResource } from "../../api/rest/lead-resource";
import { NO_CONTACT_MESSAGE, NO_CONTACT_NOTE } from "../../domain/leads/intake-leniency";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, publishDemoVersion, storedAlertOf, useRoutingKit, withOptionalEmail } from "../../testing/routing-kit";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TWarning = { path: string; message: string };
const { email: _email, ...bankVpWithoutEmail } = BANK_VP;

const post = (body: unknown) =>
  handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps).then((r) => readJson<{ lead: TLeadResource; warnings?: TWarning[] }>(r));

async function submit(answers: Record<string, unknown>) {
  const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers, context: { fillTimeMs: 20_000 } }),
  });
  return readJson<{ leadId: string; warnings?: TWarning[] }>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
}

describe(`a lead nobody can reply to is kept, routed and flagged (${lane})`, () => {
  it("the public submissions endpoint, the (now optional) email left out → 201 with the warning at answers.email, routed, the alert says no email given", async () => {
    await publishDemoVersion(env.testDb, env.kit, withOptionalEmail);
    const { status, json } = await submit(bankVpWithoutEmail);
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "answers.email", message: NO_CONTACT_MESSAGE }]);
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.leadId } });
    expect(lead).toMatchObject({ personId: null, tier: "sales_ready", status: "ASSIGNED" });
    const alert = await storedAlertOf(env.testDb, env.kit, json.leadId);
    expect(alert.text).toContain("· no email given");
    expect(alert.text).not.toContain("undefined");
    expect(alert.html).not.toContain("mailto:");
  });

  it("POST /api/v1/leads with only a company answer and no person → 201 with the warning at person, stored and routed as the same lead with a person is", async () => {
    const { status, json } = await post({ answers: { company: "Initech" } });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "person", message: NO_CONTACT_MESSAGE }]);
    expect(json.lead.person).toBeNull();
    const reachable = await post({ answers: { company: "Initech" }, person: { email: "peter@initech.com" } });
    expect(reachable.json.warnings).toBeUndefined();
    // Routing is not told about the contact: the same decision either way.
    expect(json.lead.status).toBe(reachable.json.lead.status);
    expect(json.lead.decision?.outcome ?? null).toBe(reachable.json.lead.decision?.outcome ?? null);
  });

  it("POST /api/v1/leads with a form whose optional email is left out → the same warning, in the same shape and place as the submissions endpoint's; routed to a rep", async () => {
    await publishDemoVersion(env.testDb, env.kit, withOptionalEmail);
    const { status, json } = await post({ form: "demo", answers: { ...bankVpWithoutEmail, crm_id: "c-1" }, tier: "hot" });
    expect(status).toBe(201);
    // One order: the request's own values, the answers, the contact.
    expect(json.warnings).toEqual([
      { path: "tier", message: expect.stringContaining("Ignored") },
      { path: "answers.crm_id", message: expect.stringContaining("not applicable") },
      { path: "answers.email", message: NO_CONTACT_MESSAGE },
    ]);
    expect(json.lead).toMatchObject({ status: "ASSIGNED", person: null });
    expect((await storedAlertOf(env.testDb, env.kit, json.lead.id)).text).toContain("· no email given");
  });

  it("POST /api/v1/leads with the form's required email left out and no person: one warning at answers.email says both", async () => {
    const { status, json } = await post({ form: "demo", answers: bankVpWithoutEmail });
    expect(status).toBe(201);
    expect(json.warnings).toEqual([{ path: "answers.email", message: expect.stringMatching(new RegExp(`^“Work email” is required on the form; not given: .*\\. ${NO_CONTACT_NOTE}$`)) }]);
  });
});
