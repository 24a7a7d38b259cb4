// Lead search text is matched literally (PGlite by default, PostgreSQL with TEST_DATABASE_URL):
// "%", "_" and "\" typed by a person are not LIKE wildcards — in the leads table (listLeads), in
// its CSV export (leadsCsv pages through the same search) and in the forms list's search.
import { describe, expect, it } from "vitest";
import { makeWorkspace } from "../../testing/factories";
import { makeLead, makePerson, makePublishedForm } from "../../testing/fixtures/lead-fixtures";
import { useTestDb } from "../../testing/use-test-db";
import { listForms } from "../forms/read-forms";
import { leadsCsv } from "./export-leads-csv";
import { listLeads } from "./list-leads";

const testDb = useTestDb();

const PEOPLE = {
  zoe: ["zoe.obrien@bigbank-example.com", "Zoe O'Brien", "Big Bank"],
  percent: ["zoe%bigbank@example.com", "Zed 100% Sales", null],
  underscore: ["carl@under.io", "Carl", "Acme_Corp"],
  backslash: ["dana@plain.io", "Dana", "Back\\Slash Ltd"],
  plain: ["eve@example.org", "Eve", "Example"],
} as const;
type TWho = keyof typeof PEOPLE;

async function seed() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Alpha");
  const form = await makePublishedForm(db, ws.id, "Demo request");
  const ids = {} as Record<TWho, string>;
  let day = 0;
  for (const [who, [email, name, company]] of Object.entries(PEOPLE) as [TWho, (typeof PEOPLE)[TWho]][]) {
    const person = await makePerson(db, ws.id, email, name, company);
    const lead = await makeLead(db, { workspaceId: ws.id, formId: form.form.id, formVersionId: form.version.id, personId: person.id, submittedAt: new Date(Date.UTC(2026, 10, 1 + day++)) });
    ids[who] = lead.id;
  }
  return { workspaceId: ws.id, ids };
}

async function csvText(workspaceId: string, search: string): Promise<string> {
  let text = "";
  for await (const chunk of leadsCsv(testDb.db, workspaceId, { search }, null)) text += chunk;
  return text;
}

describe("lead search matches what was typed, wildcards included", () => {
  it.each<[string, TWho[]]>([
    ["%", ["percent"]],
    ["_", ["underscore"]],
    ["zoe%bigbank", ["percent"]],
    ["\\", ["backslash"]],
    ["100%", ["percent"]],
    ["n_bigbank", []], // as a wildcard "_" matched the "@" of zoe.obrien@bigbank-example.com
    ["zoe", ["zoe", "percent"]],
  ])("%j → %j", async (search, expected) => {
    const { workspaceId, ids } = await seed();
    const wanted = expected.map((who) => ids[who]).sort();
    const list = await listLeads(testDb.db, workspaceId, { search }, null);
    expect(list.items.map((l) => l.id).sort()).toEqual(wanted);
    expect(list.total).toBe(wanted.length);
    const csv = await csvText(workspaceId, search);
    expect((Object.keys(ids) as TWho[]).filter((who) => csv.includes(ids[who])).map((who) => ids[who]).sort()).toEqual(wanted);
  });

  it("the forms list's search too", async () => {
    const ws = await makeWorkspace(testDb.db, "Beta");
    await makePublishedForm(testDb.db, ws.id, "Demo request");
    await makePublishedForm(testDb.db, ws.id, "100% Webinar");
    expect((await listForms(testDb.db, ws.id, { search: "%" })).map((f) => f.name)).toEqual(["100% Webinar"]);
    expect(await listForms(testDb.db, ws.id, { search: "_" })).toEqual([]);
  });
});
