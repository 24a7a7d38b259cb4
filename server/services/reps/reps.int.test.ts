// Rep profiles against a real database (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
import { beforeEach, describe, expect, it } from "vitest";
import type { TRepProfileFormValues } from "../../domain/reps/rep-profile-input";
import { useTestDb } from "../../testing/use-test-db";
import { createDefaultRepProfile, createRep, getRep, listRepCandidates, listReps, setRepActive, updateRep } from ".";
import { callerFor, countRows, failureOf, seedMember, seedWorkspace, validProfile } from "../../testing/fixtures/rep-fixtures";


const testDb = useTestDb();
let seed: Awaited<ReturnType<typeof seedAll>>;

async function seedAll() {
  const db = testDb.db;
  const a = await seedWorkspace(db, "acme");
  const b = await seedWorkspace(db, "globex");
  const managerA = await seedMember(db, a.id, "manager@acme.test", "MANAGER", "Mia Manager");
  const repUserA = await seedMember(db, a.id, "rep@acme.test", "REP", "Rae Rep");
  const candidateA = await seedMember(db, a.id, "new@acme.test", "REP", "Nico New");
  const marketerA = await seedMember(db, a.id, "marketer@acme.test", "MARKETER", null);
  const repUserB = await seedMember(db, b.id, "rep@globex.test", "REP", "Bo Globex");
  const repA = await createRep(db, a.id, { ...validProfile(), userId: repUserA.id });
  const repB = await createRep(db, b.id, { ...validProfile({ title: "Globex AE" }), userId: repUserB.id });
  return { a, b, managerA, repUserA, candidateA, marketerA, repUserB, repA, repB };
}

beforeEach(async () => {
  seed = await seedAll();
});

describe(`reps service (${process.env.TEST_DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("creates a profile with normalised tags, sorted hours and out-of-office periods", async () => {
    const { id } = await createRep(testDb.db, seed.a.id, {
      ...validProfile({
        skills: " Demos, demos ,Negotiation",
        workingHours: [
          { day: 2, start: "13:00", end: "17:00" },
          { day: 2, start: "09:00", end: "12:00" },
        ],
        timeOff: [{ startsAt: new Date("2026-12-01T00:00Z"), endsAt: new Date("2026-12-03T00:00Z"), note: "Trip" }],
      }),
      userId: seed.candidateA.id,
    });
    const rep = await getRep(testDb.db, seed.a.id, id);
    expect(rep.skills).toEqual(["Demos", "Negotiation"]);
    expect(rep.workingHours.map((h) => h.start)).toEqual(["09:00", "13:00"]);
    expect(rep.timeOff).toHaveLength(1);
    expect(rep.name).toBe("Nico New");
    expect(rep.isMember).toBe(true);
  });

  it.each<[string, Partial<TRepProfileFormValues>, string]>([
    ["unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    [
      "overlapping working hours",
      { workingHours: [{ day: 1, start: "09:00", end: "13:00" }, { day: 1, start: "12:00", end: "17:00" }] },
      "workingHours.1.start",
    ],
    ["end before start", { workingHours: [{ day: 3, start: "17:00", end: "09:00" }] }, "workingHours.0.end"],
    ["negative capacity", { maxOpenLeads: -1 }, "maxOpenLeads"],
    ["negative daily capacity", { maxNewLeadsPerDay: -3 }, "maxNewLeadsPerDay"],
    ["weight 0", { routingWeight: 0 }, "routingWeight"],
    [
      "overlapping out-of-office",
      {
        timeOff: [
          { startsAt: new Date("2026-12-01T00:00Z"), endsAt: new Date("2026-12-05T00:00Z") },
          { startsAt: new Date("2026-12-04T00:00Z"), endsAt: new Date("2026-12-06T00:00Z") },
        ],
      },
      "timeOff.1.startsAt",
    ],
  ])("create with %s → VALIDATION at the field, nothing saved", async (_name, patch, path) => {
    const before = await countRows(testDb.db);
    const failure = await failureOf(createRep(testDb.db, seed.a.id, { ...validProfile(patch), userId: seed.candidateA.id }));
    expect(failure.code).toBe("VALIDATION");
    expect(failure.paths).toContain(path);
    expect(await countRows(testDb.db)).toEqual(before);
  });

  it.each<[string, Partial<TRepProfileFormValues>, string]>([
    ["unknown time zone", { timeZone: "Nowhere/City" }, "timeZone"],
    ["negative capacity", { maxOpenLeads: -5 }, "maxOpenLeads"],
    ["weight 0", { routingWeight: 0 }, "routingWeight"],
  ])("update with %s → VALIDATION, profile unchanged", async (_name, patch, path) => {
    const before = await testDb.db.repProfile.findUniqueOrThrow({ where: { id: seed.repA.id } });
    const failure = await failureOf(updateRep(testDb.db, seed.a.id, seed.repA.id, validProfile({ ...patch, title: "Changed" })));
    expect(failure).toEqual({ code: "VALIDATION", paths: [path] });
    expect(await testDb.db.repProfile.findUniqueOrThrow({ where: { id: seed.repA.id } })).toEqual(before);
  });

  it("refuses a second profile for the same member and a non-member", async () => {
    const before = await countRows(testDb.db);
    expect(await failureOf(createRep(testDb.db, seed.a.id, { ...validProfile(), userId: seed.repUserA.id }))).toEqual({ code: "VALIDATION", paths: ["userId"] });
    expect((await failureOf(createRep(testDb.db, seed.a.id, { ...validProfile(), userId: seed.repUserB.id }))).code).toBe("NOT_FOUND");
    expect(await countRows(testDb.db)).toEqual(before);
  });

  it("syncs out-of-office periods: keeps, edits, adds and removes", async () => {
    const p1 = { startsAt: new Date("2026-12-01T00:00Z"), endsAt: new Date("2026-12-02T00:00Z"), note: "one" };
    const p2 = { startsAt: new Date("2026-12-10T00:00Z"), endsAt: new Date("2026-12-11T00:00Z"), note: "two" };
    await updateRep(testDb.db, seed.a.id, seed.repA.id, validProfile({ timeOff: [p1, p2] }));
    const stored = (await getRep(testDb.db, seed.a.id, seed.repA.id)).timeOff;
    const p3 = { startsAt: new Date("2026-12-20T00:00Z"), endsAt: new Date("2026-12-21T00:00Z"), note: "three" };
    await updateRep(testDb.db, seed.a.id, seed.repA.id, validProfile({ timeOff: [{ ...stored[0]!, note: "edited" }, p3] }));
    const after = (await getRep(testDb.db, seed.a.id, seed.repA.id)).timeOff;
    expect(after.map((p) => p.note)).toEqual(["edited", "three"]);
    expect(after[0]?.id).toBe(stored[0]?.id);
  });

  it("rejects a period id of another rep and changes nothing", async () => {
    const period = { startsAt: new Date("2026-12-01T00:00Z"), endsAt: new Date("2026-12-02T00:00Z"), note: "B" };
    await updateRep(testDb.db, seed.b.id, seed.repB.id, validProfile({ timeOff: [period] }));
    const [foreign] = (await getRep(testDb.db, seed.b.id, seed.repB.id)).timeOff;
    const before = await countRows(testDb.db);
    const failure = await failureOf(updateRep(testDb.db, seed.a.id, seed.repA.id, validProfile({ timeOff: [{ ...foreign!, note: "hijack" }] })));
    expect(failure).toEqual({ code: "VALIDATION", paths: ["timeOff.0.id"] });
    expect(await countRows(testDb.db)).toEqual(before);
    expect((await getRep(testDb.db, seed.b.id, seed.repB.id)).timeOff[0]?.note).toBe("B");
  });

  it("treats a rep of another workspace as not found and leaves it unchanged", async () => {
    const before = await testDb.db.repProfile.findUniqueOrThrow({ where: { id: seed.repB.id } });
    expect((await failureOf(getRep(testDb.db, seed.a.id, seed.repB.id))).code).toBe("NOT_FOUND");
    expect((await failureOf(updateRep(testDb.db, seed.a.id, seed.repB.id, validProfile({ title: "Hacked" })))).code).toBe("NOT_FOUND");
    expect((await failureOf(setRepActive(testDb.db, seed.a.id, seed.repB.id, false))).code).toBe("NOT_FOUND");
    expect(await testDb.db.repProfile.findUniqueOrThrow({ where: { id: seed.repB.id } })).toEqual(before);
  });

  it("lists reps of the workspace only, with availability, and candidates without a profile", async () => {
    const reps = await listReps(testDb.db, seed.a.id, new Date("2026-11-23T15:00:00Z")); // Monday 10:00 New York
    expect(reps.map((r) => r.name)).toEqual(["Rae Rep"]);
    expect(reps[0]?.availability).toMatchObject({ status: "WORKING", label: "Working now until 17:00 New York (GMT−5)" });
    // The zone as the booking texts name it, with its offset at the time listed (summer time in July).
    expect(reps[0]?.timeZoneName).toBe("New York (GMT−5)");
    expect((await listReps(testDb.db, seed.a.id, new Date("2026-07-13T14:00:00Z")))[0]?.timeZoneName).toBe("New York (GMT−4)");
    const candidates = await listRepCandidates(testDb.db, seed.a.id);
    // Not the Marketer: their rep profile would be refused (they cannot work leads).
    expect(candidates.map((c) => c.email).sort()).toEqual(["manager@acme.test", "new@acme.test"]);
  });

  it("a Marketer cannot get an active rep profile: creating or reactivating one is a CONFLICT saying why; deactivating is fine", async () => {
    const message = "marketer@acme.test is a Marketer and cannot work leads: make them a Sales rep first";
    const before = await countRows(testDb.db);
    await expect(createRep(testDb.db, seed.a.id, { ...validProfile(), userId: seed.marketerA.id })).rejects.toMatchObject({ code: "CONFLICT", message, details: [{ path: "userId", message }] });
    expect(await countRows(testDb.db)).toEqual(before);

    // A profile from before the rule (or from a Sales rep made a Marketer while in no routing).
    const legacy = await testDb.db.repProfile.create({ data: { workspaceId: seed.a.id, userId: seed.marketerA.id, timeZone: "UTC", workingHours: [] }, select: { id: true } });
    await setRepActive(testDb.db, seed.a.id, legacy.id, true); // already active: nothing to refuse
    await setRepActive(testDb.db, seed.a.id, legacy.id, false);
    const manager = callerFor(testDb.db, seed.managerA);
    await expect(manager.reps.reactivate({ repId: legacy.id })).rejects.toMatchObject({ code: "CONFLICT", message });
    expect((await getRep(testDb.db, seed.a.id, legacy.id)).isActive).toBe(false);
  });

  it("deactivates and reactivates; a former member cannot be reactivated", async () => {
    await setRepActive(testDb.db, seed.a.id, seed.repA.id, false);
    expect((await getRep(testDb.db, seed.a.id, seed.repA.id)).availability.status).toBe("INACTIVE");
    await setRepActive(testDb.db, seed.a.id, seed.repA.id, true);
    expect((await getRep(testDb.db, seed.a.id, seed.repA.id)).isActive).toBe(true);
    await setRepActive(testDb.db, seed.a.id, seed.repA.id, false);
    await testDb.db.membership.deleteMany({ where: { workspaceId: seed.a.id, userId: seed.repUserA.id } });
    expect((await failureOf(setRepActive(testDb.db, seed.a.id, seed.repA.id, true))).code).toBe("CONFLICT");
  });

  it("createDefaultRepProfile: Mon–Fri 09:00–17:00, weight 1, active, idempotent, UTC for an unknown zone", async () => {
    const first = await testDb.db.$transaction((tx) =>
      createDefaultRepProfile(tx, { workspaceId: seed.a.id, userId: seed.candidateA.id, timeZone: "Europe/Berlin" }),
    );
    const again = await testDb.db.$transaction((tx) =>
      createDefaultRepProfile(tx, { workspaceId: seed.a.id, userId: seed.candidateA.id, timeZone: "Europe/Paris" }),
    );
    expect(again).toEqual({ id: first.id, isNew: false });
    const rep = await getRep(testDb.db, seed.a.id, first.id);
    expect(rep).toMatchObject({ timeZone: "Europe/Berlin", routingWeight: 1, isActive: true });
    expect(rep.workingHours).toEqual([1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })));
    const odd = await testDb.db.$transaction((tx) =>
      createDefaultRepProfile(tx, { workspaceId: seed.a.id, userId: seed.marketerA.id, timeZone: "Bogus/Zone" }),
    );
    expect((await getRep(testDb.db, seed.a.id, odd.id)).timeZone).toBe("UTC");
  });
});

describe("reps tRPC guards", () => {
  it("lets a REP read but not write", async () => {
    const rep = callerFor(testDb.db, seed.repUserA);
    expect((await rep.reps.list()).map((r) => r.id)).toEqual([seed.repA.id]);
    expect((await rep.reps.get({ repId: seed.repA.id })).id).toBe(seed.repA.id);
    const before = await countRows(testDb.db);
    expect((await failureOf(rep.reps.create({ ...validProfile(), userId: seed.candidateA.id }))).code).toBe("FORBIDDEN");
    expect((await failureOf(rep.reps.update({ repId: seed.repA.id, profile: validProfile({ title: "Boss" }) }))).code).toBe("FORBIDDEN");
    expect((await failureOf(rep.reps.deactivate({ repId: seed.repA.id }))).code).toBe("FORBIDDEN");
    expect((await failureOf(rep.reps.candidates())).code).toBe("FORBIDDEN");
    expect(await countRows(testDb.db)).toEqual(before);
    expect((await getRep(testDb.db, seed.a.id, seed.repA.id)).title).toBe("Account Executive");
  });

  it("lets a manager write in their own workspace only", async () => {
    const manager = callerFor(testDb.db, seed.managerA);
    const { id } = await manager.reps.create({ ...validProfile(), userId: seed.candidateA.id });
    await manager.reps.update({ repId: id, profile: validProfile({ title: "Senior AE", routingWeight: 5 }) });
    expect((await getRep(testDb.db, seed.a.id, id)).routingWeight).toBe(5);
    expect((await failureOf(manager.reps.get({ repId: seed.repB.id }))).code).toBe("NOT_FOUND");
    expect((await failureOf(manager.reps.update({ repId: seed.repB.id, profile: validProfile() }))).code).toBe("NOT_FOUND");
    expect((await getRep(testDb.db, seed.b.id, seed.repB.id)).title).toBe("Globex AE");
  });

  it("rejects bad input at the API with field details", async () => {
    const manager = callerFor(testDb.db, seed.managerA);
    const before = await countRows(testDb.db);
    const failure = await failureOf(manager.reps.create({ ...validProfile({ routingWeight: 0 }), userId: seed.candidateA.id }));
    expect(failure.code).toBe("BAD_REQUEST");
    expect(await countRows(testDb.db)).toEqual(before);
  });
});
