// What the leads API writes can be read back (real handlers, a real API key, the demo workspace):
// answers kept as not applicable (POST's warnings) come back as `notApplicableAnswers` on
// GET /leads/{id}, the list, lead.created's webhook data and the lead page's view; the lifecycle
// stage and deal fields an outcome sets (POST /leads/{id}/events) come back on GET /leads/{id} and
// GET /leads under the events endpoint's names. Each body conforms to its OpenAPI schema, with no
// undocumented property.
import { describe, expect, it } from "vitest";
import { getLead } from "../../services/leads/get-lead";
import { createWebhookEndpoint } from "../../services/webhooks/webhook-endpoints";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { openApiProblems } from "../../testing/openapi-conformance";
import { BANK_VP, useRoutingKit } from "../../testing/routing-kit";
import { handleLeadEvent } from "./handle-lead-events";
import { handleCreateLead, handleGetLead, handleListLeads } from "./handle-leads";

const NOW = new Date("2026-12-01T15:00:00Z");
const LATER = new Date(NOW.getTime() + 3_600_000);
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const minutes = (m: number) => new Date(NOW.getTime() + m * 60_000).toISOString();
const HOSTILE = "<img src=x onerror=alert(1)>";

type TBody = { lead: Record<string, unknown> & { id: string }; warnings?: { path: string }[] };
type TPage = { leads: (Record<string, unknown> & { id: string })[]; nextCursor: string | null };
const create = async (body: unknown) => readJson<TBody>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps));
const get = async (id: string) => readJson<TBody>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, LATER));
const list = async () => readJson<TPage>(await handleListLeads(env.testDb.db, apiRequest("GET", "/leads", { key: env.kit.key }), LATER));
const event = async (id: string, body: unknown) =>
  readJson<{ lead: Record<string, unknown> }>(await handleLeadEvent(env.testDb.db, apiRequest("POST", `/leads/${id}/events`, { key: env.kit.key, body }), id, LATER, async () => env.kit.queue));

describe(`answers kept as not applicable are readable (${lane})`, () => {
  it("GET /leads/{id}, the list, lead.created and the lead page carry them; a lead without has {}", async () => {
    await createWebhookEndpoint(env.testDb.db, env.kit.workspaceId, { url: "https://crm.example/hook", events: ["lead.created"] });
    const created = await create({ form: "demo", answers: { ...BANK_VP, crm_id: "X-1", notes: HOSTILE, seats_wanted: 12 } });
    expect(created.status).toBe(201);
    expect(created.json.warnings?.map((w) => w.path)).toEqual(["answers.crm_id", "answers.notes", "answers.seats_wanted"]);
    const kept = { crm_id: "X-1", notes: HOSTILE, seats_wanted: 12 };
    expect(created.json.lead.notApplicableAnswers).toEqual(kept);

    const { status, json } = await get(created.json.lead.id);
    expect(status).toBe(200);
    expect(json.lead.notApplicableAnswers).toEqual(kept);
    expect((json.lead.answers as { key: string }[]).map((a) => a.key)).not.toContain("crm_id");

    const plain = await create({ answers: { company_size: "20-199" }, person: { email: "amy@shop.com" } });
    expect((await get(plain.json.lead.id)).json.lead.notApplicableAnswers).toEqual({});

    const page = await list();
    expect(page.json.leads.find((l) => l.id === created.json.lead.id)?.notApplicableAnswers).toEqual(kept);
    expect(page.json.leads.find((l) => l.id === plain.json.lead.id)?.notApplicableAnswers).toEqual({});

    const hook = await env.testDb.db.webhookEvent.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, type: "lead.created", payload: { path: ["data", "lead", "id"], equals: created.json.lead.id } } });
    expect((hook.payload as { data: { lead: Record<string, unknown> } }).data.lead).toMatchObject({ answers: expect.objectContaining({ industry: "financial_services" }), notApplicableAnswers: kept });

    // The lead page's view: labelled by key (the form has no such fields), the value as text.
    const detail = await getLead(env.testDb.db, env.kit.workspaceId, created.json.lead.id);
    expect(detail.notApplicableAnswers.map((a) => [a.key, a.label, a.display])).toEqual([
      ["crm_id", "crm_id", "X-1"],
      ["notes", "notes", HOSTILE],
      ["seats_wanted", "seats_wanted", "12"],
    ]);
    expect((await getLead(env.testDb.db, env.kit.workspaceId, plain.json.lead.id)).notApplicableAnswers).toEqual([]);
  });
});

describe(`the lifecycle stage is readable (${lane})`, () => {
  const LIFECYCLE = ["stage", "stageChangedAt", "acceptedAt", "firstContactAt", "opportunityAmount", "wonAmount", "closedAt", "closeReason"] as const;
  const pick = (lead: Record<string, unknown>) => Object.fromEntries(LIFECYCLE.map((key) => [key, lead[key]]));

  it("GET /leads/{id} and GET /leads carry what POST /leads/{id}/events answered: stage, amounts, closedAt", async () => {
    const { json: created } = await create({ form: "demo", answers: BANK_VP });
    const id = created.lead.id;
    expect(pick(created.lead)).toEqual({ stage: "OPEN", stageChangedAt: null, acceptedAt: null, firstContactAt: null, opportunityAmount: null, wonAmount: null, closedAt: null, closeReason: null });

    await event(id, { type: "contacted", occurredAt: minutes(4) });
    await event(id, { type: "opportunity", occurredAt: minutes(20), amount: 30000 });
    const won = await event(id, { type: "won", occurredAt: minutes(50), amount: 42000.5, reason: "Signed" });
    expect(won.status).toBe(201);
    // An outcome from the API accepts the lead when it is recorded (acceptedAt: then).
    const expected = { stage: "WON", stageChangedAt: minutes(50), acceptedAt: LATER.toISOString(), firstContactAt: minutes(4), opportunityAmount: "30000.00", wonAmount: "42000.50", closedAt: minutes(50), closeReason: "Signed" };
    expect(pick(won.json.lead)).toEqual(expected);

    const detail = await get(id);
    expect(detail.json.lead.status).toBe("CLOSED");
    expect(pick(detail.json.lead)).toEqual(expected);
    const item = (await list()).json.leads.find((l) => l.id === id)!;
    expect(item.status).toBe("CLOSED");
    expect(pick(item)).toEqual(expected);
  });

  it("the bodies conform to the OpenAPI document (Lead, LeadPage, LeadEventResult), no undocumented property", async () => {
    const { json: created } = await create({ form: "demo", answers: { ...BANK_VP, crm_id: "X-1" } });
    await create({ answers: { company_size: "20-199" }, person: { email: "amy@shop.com" } });
    const won = await event(created.lead.id, { type: "won", occurredAt: minutes(50), amount: 42000.5 });
    // The new fields are there to be checked (and documented, else "not in the document").
    for (const key of ["stage", "wonAmount", "closedAt", "notApplicableAnswers"]) expect(created.lead).toHaveProperty(key);
    expect(openApiProblems("LeadEventResult", won.json)).toEqual([]);
    expect(openApiProblems("LeadResponse", created)).toEqual([]);
    expect(openApiProblems("LeadResponse", (await get(created.lead.id)).json)).toEqual([]);
    const page = (await list()).json;
    expect(page.leads).toHaveLength(2);
    expect(openApiProblems("LeadPage", page)).toEqual([]);
    // The checker does refuse what the document does not name.
    expect(openApiProblems("LeadPage", { ...page, leads: [{ ...page.leads[0], crmStage: "won" }] })).toEqual(["$.leads.0.crmStage: not in the document"]);
  });
});
