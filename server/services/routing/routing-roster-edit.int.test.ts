// editRoutingRoster (routing-document-version.ts): a dashboard edit of teams or reps moves the
// published routing version only when the routing document reads differently after it, and it
// reads each row it compares once before and once after the edit — the published config once, not
// again with each look at the document. Observed on the statements sent through the edit's
// transaction (Prisma model calls by name). PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { DbTx } from "../../db/client";
import { recording } from "../../testing/recording-tx";
import { useRoutingKit } from "../../testing/routing-kit";
import { editRoutingRoster } from "./routing-document-version";

const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit();

const versions = () => env.testDb.db.routingConfigVersion.count({ where: { workspaceId: env.kit.workspaceId } });
const countOf = (seen: string[], call: string) => seen.filter((s) => s === call).length;

/** Runs `write` through editRoutingRoster in a transaction whose statements are recorded. */
async function editRecorded(write: (tx: DbTx) => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  await env.testDb.db.$transaction(async (tx) => {
    const recorded: DbTx = recording(tx, seen);
    await editRoutingRoster(recorded, { workspaceId: env.kit.workspaceId, userId: null, note: "edited in a test" }, () => write(recorded));
  });
  return seen;
}

describe(`editRoutingRoster reads what it compares once before and once after the edit (${lane})`, () => {
  it("an edit that changes nothing: the version stays; the routing settings read once, teams and reps once each side", async () => {
    const before = await versions();
    const team = await env.testDb.db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId } });
    const seen = await editRecorded((tx) => tx.team.update({ where: { id: team.id }, data: { name: team.name } }));
    expect(await versions()).toBe(before);
    expect(countOf(seen, "routingSettings.findUnique")).toBe(1);
    expect(countOf(seen, "team.findMany")).toBe(2);
    expect(countOf(seen, "repProfile.findMany")).toBe(2);
  });

  it("an edit that changes the document moves the version once, with the edit's note; the settings read again only to republish", async () => {
    const before = await versions();
    const team = await env.testDb.db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId } });
    const seen = await editRecorded((tx) => tx.team.update({ where: { id: team.id }, data: { name: `${team.name} (renamed)` } }));
    expect(await versions()).toBe(before + 1);
    const latest = await env.testDb.db.routingConfigVersion.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId }, orderBy: { version: "desc" } });
    expect(latest.note).toBe("edited in a test");
    // One read to see that routing is published, one by republishRoutingInTx (the settings' updatedAt it keeps).
    expect(countOf(seen, "routingSettings.findUnique")).toBe(2);
    expect(countOf(seen, "team.findMany")).toBe(2);
  });

  it("before the first publish: the edit is written, nothing compared or published", async () => {
    await env.testDb.db.routingSettings.updateMany({ where: { workspaceId: env.kit.workspaceId }, data: { publishedVersionId: null } });
    const before = await versions();
    const team = await env.testDb.db.team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId } });
    const seen = await editRecorded((tx) => tx.team.update({ where: { id: team.id }, data: { name: `${team.name} (renamed)` } }));
    expect(await versions()).toBe(before);
    expect((await env.testDb.db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(`${team.name} (renamed)`);
    expect(countOf(seen, "team.findMany")).toBe(0);
  });
});
