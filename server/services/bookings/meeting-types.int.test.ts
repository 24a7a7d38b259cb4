// Meeting types on the seeded demo workspace (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// team managers only (tRPC, the server's role check), scoped to the caller's workspace, bad input
// answered with each field's path and nothing written; booking uses the most specific one; the
// routing document (GET/PUT /api/v1/routing) carries them, validated by the document's one check.
import { describe, expect, it } from "vitest";
import { createCallerFactory, router } from "../../api/trpc";
import { meetingTypesRouter } from "../../api/routers/meeting-types";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import { DEFAULT_MEETING_TYPE } from "../../domain/booking/meeting-type";
import { handleGetRouting, handlePutRouting } from "../../api/rest/handle-routing";
import type { TRoutingDocumentView } from "../routing/routing-document";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { contextFor, makeMember } from "../../testing/factories";
import { BANK_VP, submitDemo, useRoutingKit } from "../../testing/routing-kit";
import { listSlots } from "./list-slots";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const db = () => env.testDb.db;
const createCaller = createCallerFactory(router({ meetingTypes: meetingTypesRouter }));

async function callerFor(email: string) {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return createCaller(contextFor(db(), user)).meetingTypes;
}
const enterpriseTeamId = async () => (await db().team.findFirstOrThrow({ where: { workspaceId: env.kit.workspaceId, name: "Enterprise" } })).id;
/** The field details a client gets (trpc.ts's formatter): an AppError's, or the input schema's issues. */
const detailsOf = (e: unknown) => {
  const cause = (e as { cause?: { details?: unknown; issues?: { path: PropertyKey[]; message: string }[] } }).cause;
  return cause?.details ?? cause?.issues?.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
};

describe(`meeting types (${lane})`, () => {
  it.each(["sarah@demo.switchboard.dev", "marketer@demo.switchboard.dev"])("refuses %s (not a team manager), reads included", async (email) => {
    const caller = await callerFor(email);
    await expect(caller.editor()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.save({ ...DEFAULT_MEETING_TYPE, teamId: null, pathId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(caller.delete({ id: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().meetingType.count()).toBe(0);
  });

  it("a manager adds a path's meeting type; booking for that path uses it, every field stored", async () => {
    const caller = await callerFor("manager@demo.switchboard.dev");
    const editor = await caller.editor();
    expect(editor.paths.map((p) => p.id)).toEqual(["apac", "enterprise", "inbound"]);
    expect(editor.teams.map((t) => t.name)).toEqual(["Enterprise", "Inside Sales", "APAC"]);
    const settings = { title: "Discovery call", durationMinutes: 45, bufferBeforeMinutes: 5, bufferAfterMinutes: 15, minNoticeMinutes: 60, horizonDays: 21, slotStepMinutes: 15, maxPerDay: 4, locationKind: "PHONE" as const, location: "+1 212 555 0100", offersBooking: true, ownerWindowDays: 3 };
    const saved = await caller.save({ ...settings, teamId: null, pathId: "enterprise" });
    expect(saved).toMatchObject({ ...settings, pathId: "enterprise", teamId: null });
    expect((await caller.editor()).meetingTypes).toEqual([saved]);

    const lead = await submitDemo(env.testDb, env.kit, BANK_VP, NOW);
    const slots = await listSlots(db(), { workspaceId: env.kit.workspaceId, leadId: lead.id, timeZone: "America/New_York", now: NOW });
    expect(slots.meetingType).toMatchObject({ title: "Discovery call", durationMinutes: 45 });
    // 10:00 NY + 60 min notice → 11:00, on the 15-minute step.
    expect(slots.days[0]!.slots[0]).toMatchObject({ start: "2026-12-01T16:00:00.000Z", label: "11:00" });

    await caller.save({ ...saved, offersBooking: false });
    expect((await db().meetingType.findUniqueOrThrow({ where: { id: saved.id } })).offersBooking).toBe(false);
    await caller.delete({ id: saved.id });
    expect(await db().meetingType.count()).toBe(0);
  });

  it("answers bad input with each field's path and writes nothing", async () => {
    const caller = await callerFor("manager@demo.switchboard.dev");
    const base = { ...DEFAULT_MEETING_TYPE, teamId: null, pathId: null };
    const cases: [Record<string, unknown>, string][] = [
      [{ durationMinutes: 2 }, "durationMinutes"],
      [{ title: " " }, "title"],
      [{ slotStepMinutes: 1 }, "slotStepMinutes"],
      [{ locationKind: "CARRIER_PIGEON" }, "locationKind"],
      [{ pathId: "nowhere" }, "pathId"],
      [{ teamId: "team-of-nobody" }, "teamId"],
      [{ teamId: await enterpriseTeamId(), pathId: "enterprise" }, "pathId"],
    ];
    for (const [change, path] of cases) {
      const error = await caller.save({ ...base, ...change } as never).catch((e: unknown) => e);
      expect(error, path).toMatchObject({ code: "BAD_REQUEST" });
      expect(detailsOf(error), path).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.any(String) })]));
    }
    await caller.save(base);
    const clash = await caller.save({ ...base, title: "Another default" }).catch((e: unknown) => e);
    expect(detailsOf(clash)).toEqual([{ path: "teamId", message: "The workspace default already has a meeting type" }]);
    expect(await db().meetingType.count()).toBe(1);
  });

  it("is scoped to the caller's workspace: another workspace's admin neither sees nor changes it, nor names its teams", async () => {
    const manager = await callerFor("manager@demo.switchboard.dev");
    const saved = await manager.save({ ...DEFAULT_MEETING_TYPE, teamId: await enterpriseTeamId(), pathId: null });
    const { user } = await makeMember(db(), env.kit.otherWorkspaceId, "ADMIN");
    const other = createCaller(contextFor(db(), user)).meetingTypes;
    expect((await other.editor()).meetingTypes).toEqual([]);
    await expect(other.save({ ...saved, title: "Hijacked" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.delete({ id: saved.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const error = await other.save({ ...DEFAULT_MEETING_TYPE, teamId: saved.teamId, pathId: null }).catch((e: unknown) => e);
    expect(detailsOf(error)).toEqual([{ path: "teamId", message: expect.stringContaining("No team") }]);
    expect(await db().meetingType.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ title: DEFAULT_MEETING_TYPE.title, workspaceId: env.kit.workspaceId });
  });
});

type TDoc = TRoutingDocumentView & TApiErrorBody;
const getDoc = async () => readJson<TDoc>(await handleGetRouting(db(), apiRequest("GET", "/routing", { key: env.kit.key }), NOW));
const put = async (body: unknown) => readJson<TDoc>(await handlePutRouting(db(), apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));

describe(`meeting types in the routing document (${lane})`, () => {
  it("PUT sets the whole list (a new team by its key, a path by its id); GET returns it; left out = deleted", async () => {
    const { json: doc } = await getDoc();
    expect(doc.meetingTypes).toEqual([]);
    const teams = [...doc.teams, { key: "emea", name: "EMEA", description: "", isActive: true, members: [] }];
    const body = { config: doc.config, teams, meetingTypes: [{ ...DEFAULT_MEETING_TYPE, teamId: "emea", pathId: null }, { ...DEFAULT_MEETING_TYPE, title: "Enterprise demo", durationMinutes: 60, teamId: null, pathId: "enterprise" }] };
    const applied = await put(body);
    expect(applied.status).toBe(200);
    const emeaId = applied.json.teams.find((t) => t.name === "EMEA")!.id;
    expect(applied.json.meetingTypes.map((t) => [t.title, t.teamId, t.pathId, t.durationMinutes])).toEqual([
      ["Enterprise demo", null, "enterprise", 60],
      ["Intro call", emeaId, null, 30],
    ]);
    // Round trip, then a list without the team's one deletes it.
    const { json: again } = await getDoc();
    expect((await put({ config: again.config, meetingTypes: again.meetingTypes })).status).toBe(200);
    const kept = again.meetingTypes.filter((t) => t.pathId === "enterprise").map((t) => ({ ...t, ownerWindowDays: 5 }));
    const { json: after } = await put({ config: again.config, meetingTypes: kept });
    expect(after.meetingTypes).toEqual(kept);
  });

  it("a bad list is a 422 with every problem's path (same check as the rest of the document) and changes nothing", async () => {
    const { json: doc } = await getDoc();
    const { status, json } = await put({
      config: doc.config,
      meetingTypes: [
        { ...DEFAULT_MEETING_TYPE, durationMinutes: 2, teamId: null, pathId: null },
        { ...DEFAULT_MEETING_TYPE, teamId: null, pathId: "nowhere" },
        { ...DEFAULT_MEETING_TYPE, id: "not-stored", teamId: null, pathId: "enterprise" },
        { ...DEFAULT_MEETING_TYPE, teamId: null, pathId: "enterprise", colour: "red" },
      ],
    });
    expect(status).toBe(422);
    expect(json.error.details).toEqual(expect.arrayContaining([{ path: "meetingTypes.0.durationMinutes", message: "At least 5 minutes" }]));
    expect(json.error.details.map((d) => d.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^meetingTypes\.3/)]));
    const semantic = await put({ config: doc.config, meetingTypes: [{ ...DEFAULT_MEETING_TYPE, teamId: null, pathId: "nowhere" }, { ...DEFAULT_MEETING_TYPE, id: "not-stored", teamId: null, pathId: "enterprise" }, { ...DEFAULT_MEETING_TYPE, teamId: null, pathId: "enterprise" }] });
    expect(semantic.status).toBe(422);
    expect(semantic.json.error.details).toEqual([
      { path: "meetingTypes.0.pathId", message: "No routing path with the id “nowhere” in the routing config" },
      { path: "meetingTypes.1.id", message: "No meeting type with this id in this workspace (leave the id out for a new one)" },
      { path: "meetingTypes.2.pathId", message: "The path “enterprise” already has a meeting type (meetingTypes.1)" },
    ]);
    expect((await getDoc()).json).toMatchObject({ version: 1, meetingTypes: [] });
  });
});
