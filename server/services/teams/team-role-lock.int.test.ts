// Putting a rep in a team, reactivating or creating a rep checks the member's role under the routing
// config lock, which changing a role takes: a member made a Marketer while the check runs is seen
// (CONFLICT), not let through on the role read before the change committed. PostgreSQL lane only
// (PGlite is one connection: the second transaction would simply wait for the first).
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { lockRoutingConfig } from "../routing/routing-settings";
import { createRep, setRepActive } from "../reps";
import { seedMember, seedWorkspace, validProfile } from "../../testing/fixtures/rep-fixtures";
import { useTestDb } from "../../testing/use-test-db";
import { addRepToTeam, createTeam, getTeam, setTeamMembers } from ".";

const testDb = useTestDb();
const MESSAGE = "Rae Rep is a Marketer and cannot work leads: make them a Sales rep first";

interface TSetup {
  workspaceId: string;
  userId: string;
  teamId: string;
  repId: string;
}

async function seed(db: Db, options: { withRep: boolean; isRepActive: boolean }): Promise<TSetup> {
  const workspace = await seedWorkspace(db, "acme");
  const user = await seedMember(db, workspace.id, "rae@acme.test", "REP", "Rae Rep");
  const team = await createTeam(db, workspace.id, { name: "EMEA" });
  const rep = options.withRep ? await createRep(db, workspace.id, { ...validProfile(), userId: user.id }) : { id: "" };
  if (options.withRep && !options.isRepActive) await db.repProfile.update({ where: { id: rep.id }, data: { isActive: false } });
  return { workspaceId: workspace.id, userId: user.id, teamId: team.id, repId: rep.id };
}

/** Whether `promise` settled, or is waiting for a lock held by the backend `holderPid` (pg_blocking_pids: the other tests' sessions never block on it). */
async function settleOrBlock(db: Db, holderPid: number, promise: Promise<unknown>): Promise<"blocked" | "settled"> {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  for (let i = 0; i < 200; i++) {
    if (settled) return "settled";
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE ${holderPid}::int = ANY(pg_blocking_pids(pid))`;
    if (Number(row?.n ?? 0) > 0) return "blocked";
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("neither settled nor blocked by the role change");
}

const cases: [string, { withRep: boolean; isRepActive: boolean }, (db: Db, s: TSetup) => Promise<unknown>, (db: Db, s: TSetup) => Promise<unknown>][] = [
  ["setting a team's members", { withRep: true, isRepActive: true }, (db, s) => setTeamMembers(db, s.workspaceId, s.teamId, { repIds: [s.repId] }), async (db, s) => expect((await getTeam(db, s.workspaceId, s.teamId)).members).toEqual([])],
  ["adding a rep to a team", { withRep: true, isRepActive: true }, (db, s) => db.$transaction((tx) => addRepToTeam(tx, { workspaceId: s.workspaceId, teamId: s.teamId, repId: s.repId })), async (db, s) => expect((await getTeam(db, s.workspaceId, s.teamId)).members).toEqual([])],
  ["reactivating a rep", { withRep: true, isRepActive: false }, (db, s) => setRepActive(db, s.workspaceId, s.repId, true), async (db, s) => expect(await db.repProfile.findUniqueOrThrow({ where: { id: s.repId } })).toMatchObject({ isActive: false })],
  ["creating a rep", { withRep: false, isRepActive: true }, (db, s) => createRep(db, s.workspaceId, { ...validProfile(), userId: s.userId }), async (db, s) => expect(await db.repProfile.count({ where: { userId: s.userId } })).toBe(0)],
];

describe("role checks under the routing config lock (PostgreSQL lane)", () => {
  it.skipIf(!process.env.TEST_DATABASE_URL).each(cases)("%s while the member is made a Marketer: waits for the role change, then CONFLICT", async (_what, options, run, unchanged) => {
    const db = testDb.db;
    const setup = await seed(db, options);
    let attempt: Promise<unknown> = Promise.resolve();
    // The role change as changeMemberRole makes it: the routing config lock, then the new role.
    const seen = await db.$transaction(
      async (tx) => {
        await lockRoutingConfig(tx, setup.workspaceId);
        await tx.membership.updateMany({ where: { workspaceId: setup.workspaceId, userId: setup.userId }, data: { role: "MARKETER" } });
        const [{ pid }] = await tx.$queryRaw<[{ pid: number }]>`SELECT pg_backend_pid() AS pid`;
        attempt = run(db, setup);
        // Committed only once the attempt has read what it reads before it waits (for the lock, or a row).
        return settleOrBlock(db, pid, attempt);
      },
      { timeout: 20_000 },
    );
    expect(seen).toBe("blocked");
    // Checked before the lock, the attempt read the old role (Sales rep) and went through once the change committed.
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", message: MESSAGE });
    await unchanged(db, setup);
  });
});
