// The routing document's version (GET /api/v1/routing) moves with the dashboard's member and
// meeting type edits exactly as a PUT of the same change would: removing a member who is a rep,
// or changing their role to one that cannot work leads, deactivates their rep profile; creating,
// editing or deleting a meeting type changes the document's `meetingTypes`. A script's PUT from the
// version it read before such an edit is a 409; an edit that leaves the document as it was (a role
// change between roles that work leads, removing a member without a rep profile, a meeting type
// saved unchanged) moves nothing. Through the tRPC routers (an owner for members, a manager for
// meeting types) and the REST handlers. PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import { DEFAULT_MEETING_TYPE } from "../../domain/booking/meeting-type";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { contextFor } from "../../testing/factories";
import { useRoutingKit } from "../../testing/routing-kit";
import { meetingTypesRouter } from "../routers/meeting-types";
import { membersRouterWith } from "../routers/workspace";
import { createCallerFactory, router } from "../trpc";
import { handleGetRouting, handlePutRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const createCaller = createCallerFactory(router({ members: membersRouterWith({ queue: async () => env.kit.queue }), meetingTypes: meetingTypesRouter }));

type TDoc = TRoutingDocumentView & { changed?: boolean };
const getDoc = async () => (await readJson<TDoc>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW))).json;
const put = async (body: unknown) => readJson<TDoc & TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));
const withoutExtras = ({ changed: _c, ...doc }: TDoc) => doc;
const lastVersion = () => env.testDb.db.routingConfigVersion.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId }, orderBy: { version: "desc" } });

async function callerFor(email: string) {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email } });
  return { user, caller: createCaller(contextFor(env.testDb.db, user)) };
}
const membershipOf = (email: string) => env.testDb.db.membership.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, user: { email } } });

/** Sarah out of her team (a member in routing cannot be removed or made a Marketer): set up before the script reads. */
async function sarahOutOfRouting() {
  const repId = await env.kit.repIdOf("Sarah");
  await env.testDb.db.teamMember.deleteMany({ where: { repId } });
  return repId;
}

/** The script's PUT from the version it read: 409 naming the current version, and nothing applied. */
async function expectStalePut(read: TDoc, current: number) {
  const stale = { ...withoutExtras(read), teams: read.teams.map((t, i) => (i === 0 ? { ...t, description: "by the script" } : t)) };
  const { status, json } = await put(stale);
  expect(status).toBe(409);
  expect(json.error.details).toEqual([{ path: "version", message: `Stale: the current version is ${current}` }]);
  expect((await getDoc()).teams[0]!.description).not.toBe("by the script");
}

describe(`member edits move the routing version (${lane})`, () => {
  it("GET version N → an owner removes a member who is an active rep → PUT with N is 409; the new version says what and who", async () => {
    const repId = await sarahOutOfRouting();
    const read = await getDoc();
    const { user: owner, caller } = await callerFor("owner@demo.switchboard.dev");
    await caller.members.remove({ membershipId: (await membershipOf("sarah@demo.switchboard.dev")).id });

    const after = await getDoc();
    expect(after.version).toBe(read.version! + 1);
    expect(after.reps.find((r) => r.id === repId)?.isActive).toBe(false);
    const version = await lastVersion();
    expect([version.note, version.createdById]).toEqual(["Member “Sarah Chen” removed in the dashboard", owner.id]);
    expect(version.config).toEqual(read.config);
    await expectStalePut(read, read.version! + 1);
  });

  it("GET version N → an owner makes a rep a Marketer (their profile deactivated) → PUT with N is 409; a PUT from N+1 applies", async () => {
    const repId = await sarahOutOfRouting();
    const read = await getDoc();
    const { caller } = await callerFor("owner@demo.switchboard.dev");
    await caller.members.changeRole({ membershipId: (await membershipOf("sarah@demo.switchboard.dev")).id, role: "MARKETER" });

    const after = await getDoc();
    expect(after.version).toBe(read.version! + 1);
    expect(after.reps.find((r) => r.id === repId)?.isActive).toBe(false);
    expect((await lastVersion()).note).toBe("Rep “Sarah Chen” deactivated: role changed to Marketer in the dashboard");
    await expectStalePut(read, read.version! + 1);
    const applied = await put({ ...withoutExtras(after), teams: after.teams.map((t, i) => (i === 0 ? { ...t, description: "by the script" } : t)) });
    expect([applied.status, applied.json.version]).toEqual([200, read.version! + 2]);
  });

  it("a role change between roles that work leads, and removing a member without a rep profile, move nothing; a deactivating one moves it once", async () => {
    await sarahOutOfRouting();
    const read = await getDoc();
    const { caller } = await callerFor("owner@demo.switchboard.dev");
    await caller.members.changeRole({ membershipId: (await membershipOf("sarah@demo.switchboard.dev")).id, role: "MANAGER" });
    await caller.members.remove({ membershipId: (await membershipOf("marketer@demo.switchboard.dev")).id });
    expect((await getDoc()).version).toBe(read.version);
    expect((await put(withoutExtras(read))).json).toMatchObject({ version: read.version, changed: false });
    // A change that deactivates the profile moves it, once.
    await caller.members.changeRole({ membershipId: (await membershipOf("sarah@demo.switchboard.dev")).id, role: "MARKETER" });
    expect((await getDoc()).version).toBe(read.version! + 1);
  });
});

describe(`meeting type edits move the routing version (${lane})`, () => {
  it("GET version N → a manager creates a meeting type → PUT with N is 409; editing and deleting it move it again", async () => {
    const read = await getDoc();
    const { user: manager, caller } = await callerFor("manager@demo.switchboard.dev");
    const saved = await caller.meetingTypes.save({ ...DEFAULT_MEETING_TYPE, title: "Discovery call", teamId: null, pathId: "enterprise" });

    const after = await getDoc();
    expect(after.version).toBe(read.version! + 1);
    expect(after.meetingTypes).toEqual([saved]);
    const version = await lastVersion();
    expect([version.note, version.createdById]).toEqual(["Meeting type “Discovery call” created in the dashboard", manager.id]);
    await expectStalePut(read, read.version! + 1);

    await caller.meetingTypes.save({ ...saved, durationMinutes: 45 });
    expect([(await getDoc()).version, (await lastVersion()).note]).toEqual([read.version! + 2, "Meeting type “Discovery call” edited in the dashboard"]);
    await caller.meetingTypes.delete({ id: saved.id });
    expect([(await getDoc()).version, (await lastVersion()).note]).toEqual([read.version! + 3, "Meeting type “Discovery call” deleted in the dashboard"]);
    expect((await getDoc()).meetingTypes).toEqual([]);
  });

  it("a meeting type saved unchanged moves nothing; a refused one moves nothing and writes nothing; a real edit moves it once", async () => {
    const { caller } = await callerFor("manager@demo.switchboard.dev");
    const saved = await caller.meetingTypes.save({ ...DEFAULT_MEETING_TYPE, title: "Intro", teamId: null, pathId: null });
    const read = await getDoc();
    await caller.meetingTypes.save(saved);
    await expect(caller.meetingTypes.save({ ...DEFAULT_MEETING_TYPE, title: "Nowhere", teamId: null, pathId: "no-such-path" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await getDoc()).meetingTypes).toEqual([saved]);
    expect((await getDoc()).version).toBe(read.version);
    expect((await put(withoutExtras(read))).json).toMatchObject({ version: read.version, changed: false });
    // A real edit moves it, once.
    await caller.meetingTypes.save({ ...saved, title: "Intro call" });
    expect((await getDoc()).version).toBe(read.version! + 1);
  });
});
