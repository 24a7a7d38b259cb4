// A CRM contact with a phone and no email (`POST /api/v1/leads` with `person: { name, phone }`) is
// a lead, not a 422 at person.email: people are matched by email, so with none no Person row is
// made and the name, company and phone are kept on the lead itself (contactName, contactCompany,
// contactPhone). GET /api/v1/leads/{id} shows them under `contact`, the lead page, the rep's inbox
// and alert give the phone to call, and the leads CSV has it in its Phone column. An empty person
// `{}` is no person: with no answer either it is the 422 at `person` of "a lead needs a person or
// an answer". Real handlers, a real API key, the demo workspace, both lanes (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { describe, expect, it } from "vitest";
import { NO_CONTACT_MESSAGE } from "../../domain/leads/intake-leniency";
import { NO_PERSON_OR_ANSWER_MESSAGE } from "../../domain/leads/lead-substance";
import { leadsCsv, LEAD_CSV_COLUMNS } from "../../services/leads/export-leads-csv";
import { getLead } from "../../services/leads/get-lead";
import { listInbox } from "../../services/outcomes/list-inbox";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { openApiProblems } from "../../testing/openapi-conformance";
import { storedAlertOf, useRoutingKit } from "../../testing/routing-kit";
import { handleCreateLead, handleGetLead } from "./handle-leads";

// Tuesday 1 December 2026, 10:00 in New York: the demo reps are at work.
const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const PHONE = "+49 30 1234567";

type TBody = { lead: Record<string, unknown> & { id: string }; warnings?: { path: string; message: string }[]; error?: { details: { path: string; message: string }[] } };
const post = async (body: unknown) => readJson<TBody>(await handleCreateLead(env.testDb.db, apiRequest("POST", "/leads", { key: env.kit.key, body }), NOW, env.kit.deps));
const get = async (id: string) => readJson<TBody>(await handleGetLead(env.testDb.db, apiRequest("GET", `/leads/${id}`, { key: env.kit.key }), id, NOW));

async function csvRowOf(search: string): Promise<Record<string, string>> {
  let csv = "";
  for await (const chunk of leadsCsv(env.testDb.db, env.kit.workspaceId, { search }, null)) csv += chunk;
  const [header, row] = csv.split("\r\n");
  const names = header!.split(",").slice(0, LEAD_CSV_COLUMNS.length);
  const cells = row!.split(",");
  return Object.fromEntries(names.map((name, i) => [name, cells[i]!]));
}

describe(`a person with no email is kept on the lead (${lane})`, () => {
  it("person { name, phone }: 201 without warnings, no Person row; GET, the lead page, the inbox, the alert and the CSV give the name and phone", async () => {
    const { db } = env.testDb;
    const created = await post({ person: { name: "Bob Slydell", phone: PHONE } });
    expect(created.status).toBe(201);
    expect(created.json.warnings ?? []).toEqual([]); // a phone is a way to reply
    expect(openApiProblems("LeadResponse", created.json)).toEqual([]);

    const lead = await db.lead.findUniqueOrThrow({ where: { id: created.json.lead.id }, include: { ownerRep: true } });
    expect(lead).toMatchObject({ personId: null, contactName: "Bob Slydell", contactCompany: null, contactPhone: PHONE, status: "ASSIGNED" });
    expect(await db.person.count({ where: { workspaceId: env.kit.workspaceId, name: "Bob Slydell" } })).toBe(0);

    const read = await get(lead.id);
    expect(read.status).toBe(200);
    expect(read.json.lead).toMatchObject({ person: null, contact: { name: "Bob Slydell", email: null, company: null, phone: PHONE } });
    expect(openApiProblems("LeadResponse", read.json)).toEqual([]);

    expect(await getLead(db, env.kit.workspaceId, lead.id)).toMatchObject({ person: null, contactName: "Bob Slydell", contactPhone: PHONE });
    const inbox = await listInbox(db, env.kit.workspaceId, lead.ownerRep!.userId, NOW);
    expect(inbox.items.find((i) => i.id === lead.id)).toMatchObject({ name: "Bob Slydell", email: null, phone: PHONE });
    const alert = await storedAlertOf(env.testDb, env.kit, lead.id);
    expect(alert.text).toContain(`Bob Slydell · no email given · ${PHONE}`);

    // A cell starting with "+" is neutralised against formula injection (domain/export/csv), as a phone answer's is.
    expect(await csvRowOf("Slydell")).toMatchObject({ Name: "Bob Slydell", Email: "", Phone: `'${PHONE}`, Company: "" });
  });

  it("person { name, company } only: kept, with the warning that nobody can reply (at person)", async () => {
    const created = await post({ person: { name: "Peter Gibbons", company: "Initech", email: null } });
    expect(created.status).toBe(201);
    expect(created.json.warnings).toEqual([{ path: "person", message: NO_CONTACT_MESSAGE }]);
    const read = await get(created.json.lead.id);
    expect(read.json.lead).toMatchObject({ person: null, contact: { name: "Peter Gibbons", email: null, company: "Initech", phone: null } });
  });

  it("a person with an email is a Person as before, and GET's contact names it", async () => {
    const created = await post({ person: { email: "ann@acme.io", name: "Ann", phone: "+1 555 0100" } });
    expect(created.status).toBe(201);
    const read = await get(created.json.lead.id);
    expect(read.json.lead).toMatchObject({ person: { email: "ann@acme.io", name: "Ann", phone: "+1 555 0100" }, contact: { name: "Ann", email: "ann@acme.io", phone: "+1 555 0100" } });
    expect(await env.testDb.db.lead.findUniqueOrThrow({ where: { id: created.json.lead.id } })).toMatchObject({ contactPhone: null });
  });

  it("an empty person {} with no answer: 422 at person (a lead needs a person or an answer); an unknown person property: 422 at its path", async () => {
    const before = await env.testDb.db.lead.count({ where: { workspaceId: env.kit.workspaceId } });
    const empty = await post({ person: {} });
    expect(empty.status).toBe(422);
    expect(empty.json.error?.details).toEqual([{ path: "person", message: NO_PERSON_OR_ANSWER_MESSAGE }]);
    const odd = await post({ person: { name: "Bob", mobile: PHONE } });
    expect(odd.status).toBe(422);
    expect(odd.json.error?.details.map((d) => d.path)).toEqual(["person.mobile"]);
    expect(await env.testDb.db.lead.count({ where: { workspaceId: env.kit.workspaceId } })).toBe(before);
  });
});
