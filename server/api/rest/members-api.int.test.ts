// GET /api/v1/members and new reps through routing as code (PUT /api/v1/routing with a rep entry
// naming a member's userId), with a real API key on the seeded demo workspace and a real database.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import type { TRoutingMember } from "../../services/workspaces/members";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleListMembers } from "./handle-members";
import { handleGetRouting, handlePutRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

type TMembersBody = { members: (Omit<TRoutingMember, "joinedAt"> & { joinedAt: string })[] };
const listMembers = async (key = env.kit.key) => readJson<TMembersBody & TApiErrorBody>(await handleListMembers(env.testDb.db, apiRequest("GET", "/members", { key }), NOW));
const getDoc = async () => (await readJson<TRoutingDocumentView>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW))).json;
const put = async (body: unknown) => readJson<TRoutingDocumentView & TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));

/** A member of the demo workspace without a rep profile (the manager). */
async function memberWithoutRep() {
  const { json } = await listMembers();
  return json.members.find((m) => m.repId === null && m.role === "MANAGER")!;
}

describe(`GET /api/v1/members (${lane})`, () => {
  it("the key's workspace's members with user id, role and rep profile id; no CORS", async () => {
    const { status, json, headers } = await listMembers();
    expect(status).toBe(200);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    const sarah = json.members.find((m) => m.name === "Sarah Chen")!;
    expect(sarah).toEqual({ userId: expect.any(String), name: "Sarah Chen", email: expect.stringContaining("@"), role: expect.any(String), repId: await env.kit.repIdOf("Sarah"), joinedAt: expect.any(String) });
    // The fallback owner of the published config is found here.
    const { config } = await getDoc();
    expect(json.members.map((m) => m.userId)).toContain(config!.fallback.ownerUserId);
    expect(json.members.some((m) => m.repId === null)).toBe(true);
  });

  it("another workspace's key sees only its own members; no key → 401", async () => {
    const theirs = await listMembers(env.kit.otherKey);
    expect(theirs.status).toBe(200);
    const mine = await listMembers();
    for (const member of theirs.json.members) expect(mine.json.members.map((m) => m.userId)).not.toContain(member.userId);
    expect((await handleListMembers(env.testDb.db, apiRequest("GET", "/members"), NOW)).status).toBe(401);
  });
});

describe(`PUT /api/v1/routing creates a rep for a member (${lane})`, () => {
  it("a rep entry with a userId creates the profile (defaults for what it leaves out); its key names it in a team and a path", async () => {
    const manager = await memberWithoutRep();
    const before = await getDoc();
    const config = structuredClone(before.config!);
    config.paths.splice(2, 0, { id: "vip", name: "VIP", when: { kind: "rule", ref: "value", operator: "gte", value: 1_000_000 }, destination: { type: "rep", repId: "boss" } });
    config.fallback = { ...config.fallback, ownerRepId: "boss" };
    const team = before.teams[0]!;
    const { status, json } = await put({
      reps: [{ userId: manager.userId, key: "boss", timeZone: "Europe/Berlin", seniority: "SENIOR", maxOpenLeads: 5 }],
      teams: [{ id: team.id, name: team.name, description: team.description, isActive: team.isActive, members: [...team.members, "boss"] }],
      config,
    });
    expect(status).toBe(200);
    const created = await env.testDb.db.repProfile.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, userId: manager.userId } });
    expect(json.reps.find((r) => r.id === created.id)).toMatchObject({
      email: manager.email,
      title: "",
      seniority: "SENIOR",
      skills: [],
      timeZone: "Europe/Berlin",
      workingHours: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })),
      maxOpenLeads: 5,
      maxNewLeadsPerDay: null,
      routingWeight: 1,
      isActive: true,
      timeOff: [],
    });
    expect(json.teams[0]!.members).toEqual([...team.members, created.id]);
    expect(json.config!.paths[2]!.destination).toEqual({ type: "rep", repId: created.id });
    expect(json.config!.fallback.ownerRepId).toBe(created.id);
    expect((await listMembers()).json.members.find((m) => m.userId === manager.userId)!.repId).toBe(created.id);
  });

  type TBad = [string, (ctx: { userId: string; sarahUserId: string; sarahRepId: string }) => unknown[], string[]];
  const bad: TBad[] = [
    ["not a member", () => [{ userId: "user_ghost", timeZone: "UTC" }], ["reps.0.userId"]],
    ["a member who already is a rep", ({ sarahUserId }) => [{ userId: sarahUserId, timeZone: "UTC" }], ["reps.0.userId"]],
    ["the same member twice", ({ userId }) => [{ userId, timeZone: "UTC" }, { userId, timeZone: "UTC" }], ["reps.1.userId"]],
    ["no time zone", ({ userId }) => [{ userId }], ["reps.0.timeZone"]],
    ["both id and userId", ({ userId, sarahRepId }) => [{ id: sarahRepId, userId }], ["reps.0.userId"]],
    ["neither id nor userId", () => [{ timeZone: "UTC" }], ["reps.0.id"]],
    ["a key that is an existing rep's id", ({ userId, sarahRepId }) => [{ userId, key: sarahRepId, timeZone: "UTC" }], ["reps.0.key"]],
  ];

  it.each(bad)("%s → 422 with the path, nothing created", async (_name, reps, paths) => {
    const { userId } = await memberWithoutRep();
    const sarahRepId = await env.kit.repIdOf("Sarah");
    const sarahUserId = (await env.testDb.db.repProfile.findUniqueOrThrow({ where: { id: sarahRepId } })).userId;
    const count = await env.testDb.db.repProfile.count();
    const { status, json } = await put({ reps: reps({ userId, sarahUserId, sarahRepId }), config: (await getDoc()).config });
    expect(status).toBe(422);
    expect(json.error.details.map((d) => d.path)).toEqual(paths);
    expect(await env.testDb.db.repProfile.count()).toBe(count);
  });
});
