// A lead with no email but a name and company in its answers is shown by them — in the rep's inbox,
// the rep alert, the accept link's page, the leads table and the lead page — not as "Unknown
// person": the intake stores contactName / contactCompany from the answers though no person is
// linked (build-lead.ts). Through the real handlers (the public submissions endpoint, POST
// /api/v1/leads with an API key), the seeded demo workspace and a real database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { handleCreateLead } from "../../api/rest/handle-leads";
import { handleSubmission } from "../../api/rest/handle-submission";
import type { TLeadResource } from "../../api/rest/lead-resource";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { BANK_VP, publishDemoVersion, storedAlertOf, useRoutingKit, withOptionalEmail } from "../../testing/routing-kit";
import { loadAcceptLinkView } from "../assignments/accept-assignment";
import { listInbox } from "../outcomes/list-inbox";
import { unlimitedRateLimits } from "../rate-limit/rate-limits";
import { leadsCsv } from "./export-leads-csv";
import { getLead } from "./get-lead";
import { listLeads } from "./list-leads";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const { email: _email, ...bankVpWithoutEmail } = BANK_VP;

/** A prospect's submission on the hosted form. */
async function submit(answers: Record<string, unknown>) {
  const request = new Request("http://localhost/api/v1/forms/demo/submissions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers, context: { fillTimeMs: 20_000 } }),
  });
  return readJson<{ leadId: string }>(await handleSubmission(env.testDb.db, request, "demo", NOW, { rateLimit: unlimitedRateLimits().formSubmission, routing: env.kit.deps }));
}

const post = (body: unknown) =>
  handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps).then((r) => readJson<{ lead: TLeadResource; warnings?: unknown[] }>(r));

describe(`a lead with no email shows the name and company it gave (${lane})`, () => {
  it("the form's optional email left out: the inbox row, the rep alert, the accept link and the leads table name Victoria Park of First Bank", async () => {
    const { db } = env.testDb;
    await publishDemoVersion(env.testDb, env.kit, withOptionalEmail);
    const { status, json } = await submit(bankVpWithoutEmail);
    expect(status).toBe(201);
    const lead = await db.lead.findUniqueOrThrow({ where: { id: json.leadId }, include: { ownerRep: true, assignments: { where: { isCurrent: true } } } });
    expect(lead).toMatchObject({ personId: null, contactName: "Victoria Park", contactCompany: "First Bank", status: "ASSIGNED" });

    const inbox = await listInbox(db, env.kit.workspaceId, lead.ownerRep!.userId, NOW);
    expect(inbox.items.find((i) => i.id === lead.id)).toMatchObject({ name: "Victoria Park", email: null, company: "First Bank" });

    const alert = await storedAlertOf(env.testDb, env.kit, lead.id);
    expect(alert.text).toContain("Victoria Park · no email given · First Bank");
    expect(alert.subject).toContain("Victoria Park (First Bank)");
    expect(alert.text).not.toContain("Unknown");

    expect((await loadAcceptLinkView(db, lead.assignments[0]!.id))?.lead).toMatchObject({ name: "Victoria Park", company: "First Bank" });
    const list = await listLeads(db, env.kit.workspaceId, { search: "Victoria" }, null);
    expect(list.items.map((i) => ({ id: i.id, person: i.person, contactName: i.contactName, contactCompany: i.contactCompany }))).toEqual([{ id: lead.id, person: null, contactName: "Victoria Park", contactCompany: "First Bank" }]);
    expect(await getLead(db, env.kit.workspaceId, lead.id)).toMatchObject({ person: null, contactName: "Victoria Park", contactCompany: "First Bank" });
    // The leads CSV's Name, Email, Phone and Company cells.
    let csv = "";
    for await (const chunk of leadsCsv(db, env.kit.workspaceId, { search: "Victoria" }, null)) csv += chunk;
    expect(csv.split("\r\n")[1]!.split(",").slice(1, 5)).toEqual(["Victoria Park", "", "", "First Bank"]);
  });

  it("POST /api/v1/leads without a form or person, with a name and company answer: the lead stores and shows them", async () => {
    const { status, json } = await post({ answers: { name: "Peter Gibbons", company: "Initech" } });
    expect(status).toBe(201);
    expect(json.lead.person).toBeNull();
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.lead.id } });
    expect(lead).toMatchObject({ personId: null, contactName: "Peter Gibbons", contactCompany: "Initech" });
    expect(await getLead(env.testDb.db, env.kit.workspaceId, lead.id)).toMatchObject({ contactName: "Peter Gibbons", contactCompany: "Initech" });
  });

  it("POST /api/v1/leads with only a company answer: the rep alert names the person as the lists do (Unknown person), with the company", async () => {
    const { status, json } = await post({ answers: { company: "Initech" } });
    expect(status).toBe(201);
    const alert = await storedAlertOf(env.testDb, env.kit, json.lead.id);
    expect(alert.subject).toContain("lead: Unknown person (Initech)");
    expect(alert.text).toContain("Unknown person · no email given · Initech");
  });

  it("POST /api/v1/leads without a form, with a phone answer: the rep's inbox and alert give that number to call", async () => {
    const { status, json } = await post({ answers: { name: "Joanna Smykowski", company: "Chotchkie's", phone: "+1 (555) 010-4242" } });
    expect(status).toBe(201);
    expect(json.warnings ?? []).toEqual([]); // a phone is a way to reply
    const lead = await env.testDb.db.lead.findUniqueOrThrow({ where: { id: json.lead.id }, include: { ownerRep: true } });
    expect(lead.ownerRep).not.toBeNull();
    const inbox = await listInbox(env.testDb.db, env.kit.workspaceId, lead.ownerRep!.userId, NOW);
    expect(inbox.items.find((i) => i.id === lead.id)).toMatchObject({ name: "Joanna Smykowski", phone: "+1 (555) 010-4242" });
    const alert = await storedAlertOf(env.testDb, env.kit, lead.id);
    expect(alert.text).toContain("Joanna Smykowski · no email given · +1 (555) 010-4242 · Chotchkie's");
  });
});
