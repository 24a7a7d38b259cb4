// What the leads CSV reads (PGlite by default, PostgreSQL with TEST_DATABASE_URL): the header from
// ONE aggregate statement over the table's where-clause, then each page of rows once — not a first
// walk over every page for the columns and a second for the rows. And the edge that one statement
// leaves: a lead stored between the header's statement and the row walk, dated inside the export's
// snapshot, is written only when the header has a column for each of its answers; a lead dated
// after the snapshot is not written at all.
import { describe, expect, it } from "vitest";
import type { Prisma } from "../../db/generated/client";
import { makeWorkspace } from "../../testing/factories";
import { recording } from "../../testing/recording-tx";
import { useTestDb } from "../../testing/use-test-db";
import { leadsCsv, LEAD_CSV_COLUMNS } from "./export-leads-csv";
import { leadsCsvInput } from "./leads-csv-query";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const testDb = useTestDb();
const ID_COLUMN = LEAD_CSV_COLUMNS.indexOf("Lead ID");
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

async function makeLead(workspaceId: string, submittedAt: Date, answers: Record<string, unknown>): Promise<string> {
  const lead = await testDb.db.lead.create({
    data: { workspaceId, answers: answers as Prisma.InputJsonValue, scores: {}, breakdown: [], tier: "nurture", outcome: {}, source: "api", utm: {}, submittedAt },
  });
  return lead.id;
}

const rowsOf = (text: string) => text.split("\r\n").filter(Boolean).map((row) => row.split(","));

describe(`leads CSV reads (${lane})`, () => {
  it("the header is one statement; each page of rows is read once", async () => {
    const { id: workspaceId } = await makeWorkspace(testDb.db, "Reads");
    for (let n = 1; n <= 5; n += 1) await makeLead(workspaceId, day(n), { budget: `${n}k`, [`only_${n}`]: true });
    const seen: string[] = [];
    let text = "";
    for await (const chunk of leadsCsv(recording(testDb.db, seen), workspaceId, leadsCsvInput(new URLSearchParams("")), null, { pageSize: 2 })) text += chunk;
    expect(rowsOf(text)).toHaveLength(6); // the header and 5 rows
    const kinds = seen.map((s) => (s.startsWith("lead.") || s.startsWith("form") ? s : "aggregate"));
    // Pages of 2, 2 and 1 (form-less leads: no form or version reads): the page, then its answers;
    // their tier ("nurture", sent without a form) is labelled by the workspace's published forms,
    // read once for the whole export (one statement, on the first page that needs it).
    const labels = seen.filter((s) => s.includes('"currentVersionId"'));
    expect(labels).toHaveLength(1);
    expect(kinds).toEqual(["aggregate", "lead.findMany", "aggregate", "lead.findMany", ...Array<string[]>(2).fill(["lead.findMany", "lead.findMany"]).flat()]);
  });

  it("a lead stored between the header and the rows: written only with a column for each answer; after the snapshot, not at all", async () => {
    const { id: workspaceId } = await makeWorkspace(testDb.db, "Edge");
    const first = await makeLead(workspaceId, day(1), { budget: "10k" });
    const third = await makeLead(workspaceId, day(3), { budget: "30k" });
    const chunks = leadsCsv(testDb.db, workspaceId, leadsCsvInput(new URLSearchParams("")), null, { pageSize: 2 });
    const header = (await chunks.next()).value as string;
    // Stored after the header's statement, dated inside the snapshot (an import of older leads) or after it.
    const fits = await makeLead(workspaceId, day(2), { budget: "late" });
    const unknown = await makeLead(workspaceId, day(2), { budget: "x", secret_plan: "lost if written" });
    const ahead = await makeLead(workspaceId, new Date(Date.now() + 60_000), { budget: "ahead" });
    let text = "";
    for await (const chunk of chunks) text += chunk;
    expect(header.trimEnd().split(",").slice(LEAD_CSV_COLUMNS.length)).toEqual(["answers.budget"]);
    const rows = rowsOf(text);
    expect(rows.map((r) => r[ID_COLUMN])).toEqual([third, fits, first]);
    expect(rows.map((r) => r.at(-1))).toEqual(["30k", "late", "10k"]);
    expect(text).not.toContain(unknown);
    expect(text).not.toContain(ahead);
  });

  it("a matching lead dated ahead of the clock is in it: the snapshot reaches the newest lead the header's statement saw", async () => {
    const { id: workspaceId } = await makeWorkspace(testDb.db, "Ahead");
    const older = await makeLead(workspaceId, day(1), { budget: "1k" });
    const ahead = await makeLead(workspaceId, new Date(Date.now() + 10 * 60_000), { seats: 3 });
    let text = "";
    for await (const chunk of leadsCsv(testDb.db, workspaceId, leadsCsvInput(new URLSearchParams("")), null)) text += chunk;
    const [header, ...rows] = rowsOf(text);
    expect(header!.slice(LEAD_CSV_COLUMNS.length)).toEqual(["answers.budget", "answers.seats"]);
    expect(rows.map((r) => r[ID_COLUMN])).toEqual([ahead, older]);
  });
});
