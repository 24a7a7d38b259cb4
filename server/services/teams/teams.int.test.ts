// Teams (routing pools) against a real database (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb } from "../../testing/use-test-db";
import { createRep } from "../reps";
import { callerFor, countRows, failureOf, seedMember, seedWorkspace, validProfile } from "../../testing/fixtures/rep-fixtures";
import { addRepToTeam, createTeam, getTeam, listTeams, removeRepFromTeam, setTeamActive, setTeamMembers, updateTeam } from ".";


const testDb = useTestDb();
let seed: Awaited<ReturnType<typeof seedAll>>;

async function seedAll() {
  const db = testDb.db;
  const a = await seedWorkspace(db, "acme");
  const b = await seedWorkspace(db, "globex");
  const ownerA = await seedMember(db, a.id, "owner@acme.test", "OWNER", "Olive Owner");
  const repUserA = await seedMember(db, a.id, "rep@acme.test", "REP", "Rae Rep");
  const rep2UserA = await seedMember(db, a.id, "rep2@acme.test", "REP", "Ana Second");
  const repUserB = await seedMember(db, b.id, "rep@globex.test", "REP", "Bo Globex");
  const repA = await createRep(db, a.id, { ...validProfile(), userId: repUserA.id });
  const rep2A = await createRep(db, a.id, { ...validProfile(), userId: rep2UserA.id });
  const repB = await createRep(db, b.id, { ...validProfile(), userId: repUserB.id });
  const teamA = await createTeam(db, a.id, { name: "EMEA", description: "Europe" });
  const teamB = await createTeam(db, b.id, { name: "Globex pool" });
  return { a, b, ownerA, repUserA, repA, rep2A, repB, teamA, teamB };
}

beforeEach(async () => {
  seed = await seedAll();
});

describe(`teams service (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("creates, renames, sets members and deactivates", async () => {
    await updateTeam(testDb.db, seed.a.id, seed.teamA.id, { name: "EMEA Enterprise", description: "  Big deals " });
    await setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.repA.id, seed.rep2A.id, seed.repA.id] });
    let team = await getTeam(testDb.db, seed.a.id, seed.teamA.id);
    expect(team).toMatchObject({ name: "EMEA Enterprise", description: "Big deals", isActive: true });
    expect(team.members.map((m) => m.name)).toEqual(["Ana Second", "Rae Rep"]);
    await setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.rep2A.id] });
    await setTeamActive(testDb.db, seed.a.id, seed.teamA.id, false);
    team = await getTeam(testDb.db, seed.a.id, seed.teamA.id);
    expect(team.members.map((m) => m.repId)).toEqual([seed.rep2A.id]);
    expect(team.isActive).toBe(false);
    expect((await listTeams(testDb.db, seed.a.id)).map((t) => t.name)).toEqual(["EMEA Enterprise"]);
  });

  it("a rep whose user left the workspace cannot join a team (the dashboard offered them; the routing API refuses such a team)", async () => {
    await testDb.db.membership.deleteMany({ where: { workspaceId: seed.a.id, userId: seed.repUserA.id } });
    await expect(setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.repA.id, seed.rep2A.id] })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "repId", message: expect.stringContaining("is no longer a member of this workspace") }] });
    await expect(testDb.db.$transaction((tx) => addRepToTeam(tx, { workspaceId: seed.a.id, teamId: seed.teamA.id, repId: seed.repA.id }))).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await getTeam(testDb.db, seed.a.id, seed.teamA.id)).members.map((m) => m.repId)).not.toContain(seed.repA.id);
    await setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.rep2A.id] });
  });

  it("an active rep profile of a Marketer cannot join a team (routing would send them leads they cannot open); an inactive one may", async () => {
    const marketer = await seedMember(testDb.db, seed.a.id, "mia@acme.test", "MARKETER", "Mia Marketer");
    const miaRep = await testDb.db.repProfile.create({ data: { workspaceId: seed.a.id, userId: marketer.id, timeZone: "UTC", workingHours: [], isActive: true }, select: { id: true } });
    const message = "Mia Marketer is a Marketer and cannot work leads: make them a Sales rep first";
    await expect(setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.repA.id, miaRep.id] })).rejects.toMatchObject({ code: "CONFLICT", message, details: [{ path: "repId", message }] });
    const owner = callerFor(testDb.db, seed.ownerA);
    await expect(owner.teams.addMember({ teamId: seed.teamA.id, repId: miaRep.id })).rejects.toMatchObject({ code: "CONFLICT", message });
    expect((await getTeam(testDb.db, seed.a.id, seed.teamA.id)).members).toEqual([]);

    await testDb.db.repProfile.update({ where: { id: miaRep.id }, data: { isActive: false } });
    await owner.teams.addMember({ teamId: seed.teamA.id, repId: miaRep.id });
    await setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.repA.id, miaRep.id] });
    expect((await getTeam(testDb.db, seed.a.id, seed.teamA.id)).members.map((m) => m.repId).sort()).toEqual([seed.repA.id, miaRep.id].sort());
  });

  it.each<[string, { name: string; description?: string }, string]>([
    ["blank name", { name: "   " }, "name"],
    ["duplicate name (any case)", { name: "emea" }, "name"],
    ["long description", { name: "New", description: "x".repeat(501) }, "description"],
  ])("create with %s → VALIDATION, nothing saved", async (_name, input, path) => {
    const before = await countRows(testDb.db);
    expect(await failureOf(createTeam(testDb.db, seed.a.id, input))).toEqual({ code: "VALIDATION", paths: [path] });
    expect(await countRows(testDb.db)).toEqual(before);
  });

  it("allows the same name in another workspace", async () => {
    await expect(createTeam(testDb.db, seed.b.id, { name: "EMEA" })).resolves.toHaveProperty("id");
  });

  it("adds and removes one rep idempotently", async () => {
    await testDb.db.$transaction((tx) => addRepToTeam(tx, { workspaceId: seed.a.id, teamId: seed.teamA.id, repId: seed.repA.id }));
    await testDb.db.$transaction((tx) => addRepToTeam(tx, { workspaceId: seed.a.id, teamId: seed.teamA.id, repId: seed.repA.id }));
    expect((await getTeam(testDb.db, seed.a.id, seed.teamA.id)).members).toHaveLength(1);
    await removeRepFromTeam(testDb.db, { workspaceId: seed.a.id, teamId: seed.teamA.id, repId: seed.repA.id });
    expect((await getTeam(testDb.db, seed.a.id, seed.teamA.id)).members).toHaveLength(0);
  });

  it("refuses reps and teams of another workspace with NOT_FOUND and changes nothing", async () => {
    await setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.repA.id] });
    const before = await countRows(testDb.db);
    const teamBefore = await testDb.db.team.findUniqueOrThrow({ where: { id: seed.teamB.id } });
    const attempts = [
      () => setTeamMembers(testDb.db, seed.a.id, seed.teamA.id, { repIds: [seed.rep2A.id, seed.repB.id] }),
      () => testDb.db.$transaction((tx) => addRepToTeam(tx, { workspaceId: seed.a.id, teamId: seed.teamA.id, repId: seed.repB.id })),
      () => testDb.db.$transaction((tx) => addRepToTeam(tx, { workspaceId: seed.a.id, teamId: seed.teamB.id, repId: seed.repA.id })),
      () => removeRepFromTeam(testDb.db, { workspaceId: seed.a.id, teamId: seed.teamB.id, repId: seed.repB.id }),
      () => getTeam(testDb.db, seed.a.id, seed.teamB.id),
      () => updateTeam(testDb.db, seed.a.id, seed.teamB.id, { name: "Hijacked" }),
      () => setTeamActive(testDb.db, seed.a.id, seed.teamB.id, false),
      () => setTeamMembers(testDb.db, seed.a.id, seed.teamB.id, { repIds: [] }),
    ];
    for (const attempt of attempts) expect((await failureOf(attempt())).code).toBe("NOT_FOUND");
    expect(await countRows(testDb.db)).toEqual(before);
    expect((await getTeam(testDb.db, seed.a.id, seed.teamA.id)).members.map((m) => m.repId)).toEqual([seed.repA.id]);
    expect(await testDb.db.team.findUniqueOrThrow({ where: { id: seed.teamB.id } })).toEqual(teamBefore);
  });
});

describe("teams tRPC guards", () => {
  it("lets a REP read but not write", async () => {
    const rep = callerFor(testDb.db, seed.repUserA);
    expect((await rep.teams.list()).map((t) => t.id)).toEqual([seed.teamA.id]);
    expect((await rep.teams.get({ teamId: seed.teamA.id })).name).toBe("EMEA");
    const before = await countRows(testDb.db);
    const writes = [
      () => rep.teams.create({ name: "Rogue" }),
      () => rep.teams.update({ teamId: seed.teamA.id, team: { name: "Mine" } }),
      () => rep.teams.setMembers({ teamId: seed.teamA.id, repIds: [seed.repA.id] }),
      () => rep.teams.addMember({ teamId: seed.teamA.id, repId: seed.repA.id }),
      () => rep.teams.deactivate({ teamId: seed.teamA.id }),
    ];
    for (const write of writes) expect((await failureOf(write())).code).toBe("FORBIDDEN");
    expect(await countRows(testDb.db)).toEqual(before);
  });

  it("lets an owner manage teams of their workspace only", async () => {
    const owner = callerFor(testDb.db, seed.ownerA);
    const { id } = await owner.teams.create({ name: "SMB", description: "" });
    await owner.teams.addMember({ teamId: id, repId: seed.repA.id });
    expect((await owner.teams.get({ teamId: id })).members.map((m) => m.repId)).toEqual([seed.repA.id]);
    expect((await failureOf(owner.teams.addMember({ teamId: id, repId: seed.repB.id }))).code).toBe("NOT_FOUND");
    expect((await failureOf(owner.teams.get({ teamId: seed.teamB.id }))).code).toBe("NOT_FOUND");
  });
});
