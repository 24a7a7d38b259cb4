// The leads CSV while leads keep arriving and changing (PGlite by default, PostgreSQL with
// TEST_DATABASE_URL): the export is consumed a page at a time (pageSize 2) and, between pages, a
// lead is submitted, closed or reassigned away. Every lead that matched when the export started
// and still matches is in it exactly once, in the table's order; a lead submitted after the start
// is not in it. (Read by OFFSET, a new newest-first lead repeated a row and a lead leaving the
// filter pushed a matching one out.)
import { describe, expect, it } from "vitest";
import type { Prisma } from "../../db/generated/client";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { leadsCsv, LEAD_CSV_COLUMNS } from "./export-leads-csv";
import { leadsCsvInput } from "./leads-csv-query";
import type { TLeadViewer } from "./list-leads";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const testDb = useTestDb();
const ID_COLUMN = LEAD_CSV_COLUMNS.indexOf("Lead ID");
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

async function setup() {
  const db = testDb.db;
  const ws = await makeWorkspace(db, "Keyset");
  const rep = async (name: string) => {
    const { user } = await makeMember(db, ws.id, "REP", name);
    const profile = await db.repProfile.create({ data: { workspaceId: ws.id, userId: user.id, timeZone: "UTC", workingHours: [] } });
    return { repId: profile.id, viewer: { userId: user.id, role: "REP" } as TLeadViewer };
  };
  return { workspaceId: ws.id, sarah: await rep("Sarah"), tom: await rep("Tom") };
}

interface TSeed {
  submittedAt: Date;
  scoreTotal?: number;
  status?: "NEW" | "ASSIGNED" | "CLOSED";
  ownerRepId?: string;
  answers?: Record<string, unknown>;
}

async function makeLead(workspaceId: string, seed: TSeed): Promise<string> {
  const lead = await testDb.db.lead.create({
    data: {
      workspaceId,
      answers: (seed.answers ?? {}) as Prisma.InputJsonValue,
      scores: {},
      breakdown: [],
      tier: "nurture",
      scoreTotal: seed.scoreTotal ?? 0,
      status: seed.status ?? "NEW",
      ownerRepId: seed.ownerRepId ?? null,
      outcome: { type: "message", outcomeId: "thanks" },
      source: "api",
      utm: {},
      submittedAt: seed.submittedAt,
    },
  });
  return lead.id;
}

/** The export's lead ids in row order and its header; `between(n)` runs after the n-th page of rows (n from 1). */
async function exportWhileChanging(workspaceId: string, query: string, viewer: TLeadViewer | null, between: (page: number) => Promise<void>) {
  const chunks = leadsCsv(testDb.db, workspaceId, leadsCsvInput(new URLSearchParams(query)), viewer, { pageSize: 2 });
  const header = (await chunks.next()).value as string;
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const next = await chunks.next();
    if (next.done) break;
    for (const row of next.value.split("\r\n").filter(Boolean)) ids.push(row.split(",")[ID_COLUMN]!);
    await between(page);
  }
  return { header: header.trimEnd().split(","), ids };
}

const once = (ids: string[], id: string) => ids.filter((x) => x === id).length;

describe(`leads CSV while leads change (${lane})`, () => {
  it("newest first: a lead submitted mid-export is not in it, and no row repeats", async () => {
    const { workspaceId } = await setup();
    const leads: string[] = [];
    for (let n = 1; n <= 5; n += 1) leads.push(await makeLead(workspaceId, { submittedAt: day(n) }));
    const { ids } = await exportWhileChanging(workspaceId, "", null, async (page) => {
      if (page === 1) await makeLead(workspaceId, { submittedAt: new Date(Date.now() + 60_000) }); // dated ahead, as a lead may be
    });
    expect(ids).toEqual([...leads].reverse());
  });

  it("oldest first: a lead submitted mid-export is not in it either (the header and the rows hold the same leads)", async () => {
    const { workspaceId } = await setup();
    const leads: string[] = [];
    for (let n = 1; n <= 4; n += 1) leads.push(await makeLead(workspaceId, { submittedAt: day(n) }));
    const { ids } = await exportWhileChanging(workspaceId, "sort=date-asc", null, async (page) => {
      if (page === 1) await makeLead(workspaceId, { submittedAt: new Date(Date.now() + 60_000) });
    });
    expect(ids).toEqual(leads);
  });

  it("status filter: a lead closed mid-export leaves it without pushing a matching lead out", async () => {
    const { workspaceId, sarah } = await setup();
    const leads: string[] = [];
    for (let n = 1; n <= 6; n += 1) leads.push(await makeLead(workspaceId, { submittedAt: day(n), status: "ASSIGNED", ownerRepId: sarah.repId }));
    const newest = leads.at(-1)!;
    const { ids } = await exportWhileChanging(workspaceId, "status=ASSIGNED", null, async (page) => {
      if (page === 1) await testDb.db.lead.update({ where: { id: newest }, data: { status: "CLOSED" } }); // already written
      if (page === 2) await testDb.db.lead.update({ where: { id: leads[0]! }, data: { status: "CLOSED" } }); // not yet written: leaves
    });
    for (const id of leads.slice(1, -1)) expect(once(ids, id), id).toBe(1);
    expect(ids).toEqual([...leads.slice(1)].reverse()); // the closed one written before it left, the oldest left before its row
  });

  it("a REP's export: a lead reassigned away mid-export leaves it without pushing another of theirs out", async () => {
    const { workspaceId, sarah, tom } = await setup();
    const leads: string[] = [];
    for (let n = 1; n <= 6; n += 1) leads.push(await makeLead(workspaceId, { submittedAt: day(n), status: "ASSIGNED", ownerRepId: sarah.repId }));
    await makeLead(workspaceId, { submittedAt: day(7), status: "ASSIGNED", ownerRepId: tom.repId }); // not Sarah's: never in her export
    const { ids } = await exportWhileChanging(workspaceId, "sort=date-desc", sarah.viewer, async (page) => {
      if (page === 1) await testDb.db.lead.update({ where: { id: leads[5]! }, data: { ownerRepId: tom.repId } });
    });
    expect(ids).toEqual([...leads].reverse());
  });

  it("highest score first, ties by newest then id: a high-scoring lead mid-export repeats nothing", async () => {
    const { workspaceId } = await setup();
    const same = day(3);
    const leads = [
      await makeLead(workspaceId, { submittedAt: same, scoreTotal: 50 }),
      await makeLead(workspaceId, { submittedAt: same, scoreTotal: 50 }),
      await makeLead(workspaceId, { submittedAt: same, scoreTotal: 50 }),
      await makeLead(workspaceId, { submittedAt: day(1), scoreTotal: 30 }),
      await makeLead(workspaceId, { submittedAt: day(2), scoreTotal: 30 }),
      await makeLead(workspaceId, { submittedAt: day(5), scoreTotal: -10 }),
    ];
    const expected = [...[leads[0]!, leads[1]!, leads[2]!].sort(), leads[4]!, leads[3]!, leads[5]!];
    const { ids } = await exportWhileChanging(workspaceId, "sort=score-desc", null, async (page) => {
      if (page === 1) await makeLead(workspaceId, { submittedAt: new Date(Date.now() + 60_000), scoreTotal: 99 });
      if (page === 2) await makeLead(workspaceId, { submittedAt: day(4), scoreTotal: 90 }); // a backfilled lead ahead of the cursor
    });
    expect(ids).toEqual(expected);
  });

  it("lowest score first: a lead closed mid-export leaves it without pushing a matching lead out", async () => {
    const { workspaceId, sarah } = await setup();
    const leads: string[] = [];
    for (let n = 1; n <= 6; n += 1) leads.push(await makeLead(workspaceId, { submittedAt: day(n), scoreTotal: n * 10, status: "ASSIGNED", ownerRepId: sarah.repId }));
    const { ids } = await exportWhileChanging(workspaceId, "sort=score-asc&status=ASSIGNED", null, async (page) => {
      if (page === 1) await testDb.db.lead.update({ where: { id: leads[0]! }, data: { status: "CLOSED" } });
    });
    expect(ids).toEqual(leads);
  });

  it("a lead that starts matching after the header is written only when the header has its answers' columns", async () => {
    const { workspaceId, sarah } = await setup();
    const kept = await makeLead(workspaceId, { submittedAt: day(1), status: "ASSIGNED", ownerRepId: sarah.repId, answers: { budget: "10k" } });
    const fits = await makeLead(workspaceId, { submittedAt: day(2), answers: { budget: "20k" } });
    const unknown = await makeLead(workspaceId, { submittedAt: day(3), answers: { secret_plan: "x" } });
    const chunks = leadsCsv(testDb.db, workspaceId, leadsCsvInput(new URLSearchParams("status=ASSIGNED")), null, { pageSize: 2 });
    const header = (await chunks.next()).value as string;
    await testDb.db.lead.updateMany({ where: { id: { in: [fits, unknown] } }, data: { status: "ASSIGNED", ownerRepId: sarah.repId } });
    let rows = "";
    for await (const chunk of chunks) rows += chunk;
    expect(header.trimEnd().split(",").slice(LEAD_CSV_COLUMNS.length)).toEqual(["answers.budget"]);
    expect(rows.split("\r\n").filter(Boolean).map((r) => r.split(",")[ID_COLUMN])).toEqual([fits, kept]);
    expect(rows).not.toContain(unknown);
  });
});
