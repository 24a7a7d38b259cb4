// The rep page's open-lead count (deactivating leaves these leads with the rep): only the rep's
// assigned, accepted and fallback leads of this workspace; a rep of another workspace is NOT_FOUND.
// PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { useTestDb } from "../../testing/use-test-db";
import { createRep } from ".";
import { failureOf, seedMember, seedWorkspace, validProfile } from "../../testing/fixtures/rep-fixtures";
import { countRepOpenLeads } from "./rep-open-leads";

const testDb = useTestDb();
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const lead = (db: Db, workspaceId: string, ownerRepId: string | null, status: string) =>
  db.lead.create({ data: { workspaceId, ownerRepId, status: status as never, answers: {}, scores: {}, breakdown: [], tier: "hot", outcome: {}, utm: {} } });

describe(`countRepOpenLeads (${lane})`, () => {
  it("counts the rep's assigned, accepted and fallback leads, not closed, nurture or other reps' ones", async () => {
    const db = testDb.db;
    const a = await seedWorkspace(db, "acme");
    const tom = await createRep(db, a.id, { ...validProfile(), userId: (await seedMember(db, a.id, "tom@acme.test", "REP", "Tom Becker")).id });
    const ann = await createRep(db, a.id, { ...validProfile(), userId: (await seedMember(db, a.id, "ann@acme.test", "REP", "Ann")).id });
    for (const status of ["ASSIGNED", "ASSIGNED", "ACCEPTED", "FALLBACK", "CLOSED", "NURTURE", "DISQUALIFIED"]) await lead(db, a.id, tom.id, status);
    await lead(db, a.id, ann.id, "ASSIGNED");
    await lead(db, a.id, null, "NEW");
    expect(await countRepOpenLeads(db, a.id, tom.id)).toBe(4);
    expect(await countRepOpenLeads(db, a.id, ann.id)).toBe(1);
  });

  it("is scoped to the workspace: another workspace's rep is NOT_FOUND", async () => {
    const db = testDb.db;
    const a = await seedWorkspace(db, "acme");
    const b = await seedWorkspace(db, "globex");
    const bo = await createRep(db, b.id, { ...validProfile(), userId: (await seedMember(db, b.id, "bo@globex.test", "REP", "Bo")).id });
    await lead(db, b.id, bo.id, "ASSIGNED");
    expect((await failureOf(countRepOpenLeads(db, a.id, bo.id))).code).toBe("NOT_FOUND");
    expect(await countRepOpenLeads(db, b.id, bo.id)).toBe(1);
  });
});
