// The busy-time cache readers use (slots, booking, routing): overlap in a window, scoped to the
// workspace; a sync replaces one source's blocks in its window and leaves the rest alone.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, resetTestDb, type TestDb } from "../../testing/test-db";
import { makeMember, makeWorkspace } from "../../testing/factories";
import { loadBusyBlocks, replaceBusyBlocks } from "./busy-blocks";

let testDb: TestDb;
beforeAll(async () => void (testDb = await createTestDb()), 60_000);
afterAll(async () => void (await testDb?.close()));
beforeEach(async () => void (await resetTestDb(testDb)));

const t = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00Z`);

async function makeRep(workspaceId: string) {
  const { user } = await makeMember(testDb.db, workspaceId, "REP");
  return testDb.db.repProfile.create({ data: { workspaceId, userId: user.id, timeZone: "UTC", workingHours: [] } });
}

describe("busy blocks", () => {
  it("returns the blocks overlapping the window, of the given reps, in this workspace only", async () => {
    const db = testDb.db;
    const ws = await makeWorkspace(db);
    const other = await makeWorkspace(db, "Other");
    const [a, b] = [await makeRep(ws.id), await makeRep(ws.id)];
    const stranger = await makeRep(other.id);
    const block = (workspaceId: string, repId: string, from: string, to: string, externalId: string) => ({ workspaceId, repId, startsAt: t(from), endsAt: t(to), source: "ics" as const, externalId });
    await db.repBusyBlock.createMany({
      data: [
        block(ws.id, a.id, "08:00", "09:00", "before"), // ends at the window's start: out
        block(ws.id, a.id, "08:30", "09:30", "straddles"),
        block(ws.id, a.id, "11:00", "12:00", "inside"),
        block(ws.id, a.id, "12:00", "13:00", "after"), // starts at the window's end: out
        block(ws.id, b.id, "10:00", "10:30", "other rep"),
        block(other.id, stranger.id, "10:00", "11:00", "other workspace"),
      ],
    });
    const busy = await loadBusyBlocks(db, ws.id, [a.id, b.id, stranger.id], t("09:00"), t("12:00"));
    expect(busy).toEqual([
      { repId: a.id, startsAt: t("08:30"), endsAt: t("09:30") },
      { repId: b.id, startsAt: t("10:00"), endsAt: t("10:30") },
      { repId: a.id, startsAt: t("11:00"), endsAt: t("12:00") },
    ]);
    expect(await loadBusyBlocks(db, ws.id, [], t("00:00"), t("23:00"))).toEqual([]);
  });

  it("replaces one source's blocks inside the synced window", async () => {
    const db = testDb.db;
    const ws = await makeWorkspace(db);
    const rep = await makeRep(ws.id);
    await db.repBusyBlock.createMany({
      data: [
        { workspaceId: ws.id, repId: rep.id, startsAt: t("10:00"), endsAt: t("11:00"), source: "ics", externalId: "old" },
        { workspaceId: ws.id, repId: rep.id, startsAt: t("10:00"), endsAt: t("11:00"), source: "caldav", externalId: "kept" },
      ],
    });
    await replaceBusyBlocks(db, { workspaceId: ws.id, repId: rep.id, source: "ics", from: t("09:00"), to: t("18:00"), blocks: [{ startsAt: t("14:00"), endsAt: t("15:00"), externalId: "new" }] });
    const rows = await db.repBusyBlock.findMany({ where: { repId: rep.id }, orderBy: { startsAt: "asc" } });
    expect(rows.map((r) => [r.source, r.externalId])).toEqual([["caldav", "kept"], ["ics", "new"]]);
  });
});
