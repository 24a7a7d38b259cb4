// The leads search finds a lead by the phone of a contact sent without an email (Lead.contactPhone:
// no person, people are matched by email), as the table shows it under the name, and by its
// person's phone (Person.phone: a lead with an email): by its text, and — for a search that reads
// as a phone — by its digits whatever separates them ("4930 123" finds "+49 30 1234567"). The
// table (listLeads: Prisma), its CSV (leadsCsv) and the CSV's column statement (leadListSql) select
// the same leads; another workspace's phone never matches.
// PGlite by default, PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { makeWorkspace } from "../../testing/factories";
import { makeLead, makePerson, makePublishedForm } from "../../testing/fixtures/lead-fixtures";
import { useTestDb } from "../../testing/use-test-db";
import { parseInput } from "../reps/parse-input";
import { leadsCsv } from "./export-leads-csv";
import { leadListSql } from "./lead-list-sql";
import { listLeads, ZListLeadsInput } from "./list-leads";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const testDb = useTestDb();

const LEADS = {
  bob: { contactName: "Bob", contactPhone: "+49 30 1234567" },
  carl: { contactName: "Carl", contactPhone: "(030) 555-0100 ext. 12" },
  ann: { email: "ann@acme.io", contactName: null, contactPhone: null },
  // A lead with an email: the phone is its person's (Person.phone), the lead keeps none.
  dana: { email: "dana@globex.io", contactName: null, contactPhone: null, personPhone: "+1 (415) 555-0123" },
} as const;
type TWho = keyof typeof LEADS;

async function seed() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Phones");
  const other = await makeWorkspace(db, "Other");
  const ids = {} as Record<TWho, string>;
  const otherIds: string[] = [];
  let day = 0;
  for (const [workspaceId, form] of [[ws.id, await makePublishedForm(db, ws.id, "Demo")], [other.id, await makePublishedForm(db, other.id, "Demo")]] as const) {
    for (const [who, spec] of Object.entries(LEADS) as [TWho, (typeof LEADS)[TWho]][]) {
      const person = "email" in spec ? await makePerson(db, workspaceId, spec.email, who === "ann" ? "Ann Lee" : "Dana Cho", who === "ann" ? "Acme" : "Globex") : null;
      if (person && "personPhone" in spec) await db.person.update({ where: { id: person.id }, data: { phone: spec.personPhone } });
      const lead = await makeLead(db, { workspaceId, formId: form.form.id, formVersionId: form.version.id, personId: person?.id as string, submittedAt: new Date(Date.UTC(2026, 10, 1 + day++)) });
      await db.lead.update({ where: { id: lead.id }, data: { contactName: spec.contactName, contactPhone: spec.contactPhone } });
      if (workspaceId === ws.id) ids[who] = lead.id;
      else otherIds.push(lead.id);
    }
  }
  return { workspaceId: ws.id, ids, otherIds };
}

async function csvText(workspaceId: string, search: string): Promise<string> {
  let text = "";
  for await (const chunk of leadsCsv(testDb.db, workspaceId, { search }, null)) text += chunk;
  return text;
}

describe(`lead search by phone (${lane})`, () => {
  it("by the phone's text and by its digits, in the table, its CSV and the CSV's column statement alike", async () => {
    const { workspaceId, ids, otherIds } = await seed();
    const cases: [string, TWho[]][] = [
      ["4930 123", ["bob"]], // digits: it found nothing
      ["+49 30 1234567", ["bob"]], // the phone as shown
      ["49-30-12", ["bob"]],
      ["0305550100", ["carl"]],
      ["555 01", ["carl", "dana"]], // "(030) 555-0100…" and "+1 (415) 555-0123"
      ["30", ["bob", "carl"]],
      ["ext. 12", ["carl"]], // text: not a phone fragment, its text matches
      ["4930 999", []],
      ["Bob", ["bob"]],
      ["acme", ["ann"]],
      ["415 555 0123", ["dana"]], // the person's phone by its digits: it found nothing
      ["555-0123", ["dana"]],
      ["(415)", ["dana"]],
      ["+1 (415) 555-0123", ["dana"]], // the person's phone as shown
    ];
    for (const [search, expected] of cases) {
      const wanted = expected.map((who) => ids[who]).sort();
      const list = await listLeads(testDb.db, workspaceId, { search }, null);
      expect(list.items.map((l) => l.id).sort(), search).toEqual(wanted);
      expect(list.total, search).toBe(wanted.length);
      const csv = await csvText(workspaceId, search);
      expect((Object.keys(ids) as TWho[]).filter((who) => csv.includes(ids[who])).map((who) => ids[who]).sort(), `csv ${search}`).toEqual(wanted);
      expect(otherIds.filter((id) => csv.includes(id)), `csv ${search}: another workspace's`).toEqual([]);
      const rows = await testDb.db.$queryRaw<{ id: string }[]>`SELECT l."id" FROM "Lead" l WHERE ${leadListSql(workspaceId, parseInput(ZListLeadsInput, { search }), null)}`;
      expect(rows.map((r) => r.id).sort(), `sql ${search}`).toEqual(wanted);
    }
  });

  it("the table's item carries the phone it shows", async () => {
    const { workspaceId, ids } = await seed();
    const list = await listLeads(testDb.db, workspaceId, { search: "4930123" }, null);
    expect(list.items).toEqual([expect.objectContaining({ id: ids.bob, person: null, contactName: "Bob", contactPhone: "+49 30 1234567" })]);
  });
});
