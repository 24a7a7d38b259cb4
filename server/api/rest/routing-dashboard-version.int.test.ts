// The routing document's version (GET /api/v1/routing's `version` and ETag, the version a PUT is
// conditional on) moves with dashboard team and rep edits exactly as a PUT of the same change would
// move it: a script's PUT from the version it read before a manager's dashboard edit is a 409, not
// a silent overwrite; an edit that changes nothing moves nothing. Publishing an unchanged draft from
// the dashboard's routing editor publishes nothing (`changed: false`), as the PUT does. Through the
// tRPC routers as a manager and the REST handlers. PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { contextFor } from "../../testing/factories";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { useRoutingKit } from "../../testing/routing-kit";
import { repsRouter } from "../routers/reps";
import { routingRouter } from "../routers/routing";
import { teamsRouter } from "../routers/teams";
import { createCallerFactory, router } from "../trpc";
import { handleGetRouting, handlePutRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);
const createCaller = createCallerFactory(router({ teams: teamsRouter, reps: repsRouter, routing: routingRouter }));

type TDoc = TRoutingDocumentView & { changed?: boolean };
const getDoc = async () => readJson<TDoc>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW));
const put = async (body: unknown) => readJson<TDoc & TApiErrorBody>(await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body }), NOW));
const versions = () => env.testDb.db.routingConfigVersion.count({ where: { workspaceId: env.kit.workspaceId } });
const withoutExtras = ({ changed: _c, ...doc }: TDoc) => doc;

async function manager() {
  const user = await env.testDb.db.user.findUniqueOrThrow({ where: { email: "manager@demo.switchboard.dev" } });
  return createCaller(contextFor(env.testDb.db, user));
}

/** The dashboard's rep form values for a rep of the document (what the rep page sends back). */
function profileOf(rep: TDoc["reps"][number]) {
  const { id: _i, email: _e, name: _n, isActive: _a, timeOff, ...profile } = rep;
  return { ...profile, timeOff: timeOff.map((p) => ({ ...p, startsAt: new Date(p.startsAt), endsAt: new Date(p.endsAt) })) };
}

describe(`dashboard team and rep edits move the routing version (${lane})`, () => {
  it("GET version N → a manager changes a team's members in the dashboard → PUT with N is 409 and the edit stays", async () => {
    const read = (await getDoc()).json;
    const team = read.teams.find((t) => t.members.length > 1)!;
    const kept = team.members.slice(1);
    await (await manager()).teams.setMembers({ teamId: team.id, repIds: kept });

    const after = await getDoc();
    expect(after.json.version).toBe(read.version! + 1);
    expect(after.headers.get("etag")).toBe(`"${read.version! + 1}"`);
    // The script's PUT from N: a rename of its own, with the team as it read it.
    const stale = { ...withoutExtras(read), teams: read.teams.map((t) => (t.id === team.id ? { ...t, description: "by the script" } : t)) };
    const { status, json } = await put(stale);
    expect(status).toBe(409);
    expect(json.error.details).toEqual([{ path: "version", message: `Stale: the current version is ${read.version! + 1}` }]);
    expect((await getDoc()).json.teams.find((t) => t.id === team.id)?.members).toEqual(kept);
  });

  it("rep profile capacity, hours and active, team name and active: each moves the version once; a PUT from the new version applies", async () => {
    const caller = await manager();
    const read = (await getDoc()).json;
    const rep = read.reps[0]!;
    const team = read.teams[0]!;
    await caller.reps.update({ repId: rep.id, profile: { ...profileOf(rep), maxOpenLeads: 7 } });
    await caller.reps.update({ repId: rep.id, profile: { ...profileOf(rep), maxOpenLeads: 7, workingHours: [{ day: 1, start: "10:00", end: "16:00" }] } });
    await caller.reps.deactivate({ repId: rep.id });
    await caller.teams.update({ teamId: team.id, team: { name: `${team.name} (renamed)`, description: team.description } });
    await caller.teams.deactivate({ teamId: team.id });
    const now = (await getDoc()).json;
    expect(now.version).toBe(read.version! + 5);
    expect(await versions()).toBe(read.version! + 5);
    const history = await env.testDb.db.routingConfigVersion.findMany({ where: { workspaceId: env.kit.workspaceId }, orderBy: { version: "asc" } });
    // The config itself is the same in every new version; each says what the dashboard changed and who.
    expect(new Set(history.map((v) => JSON.stringify(v.config))).size).toBe(1);
    expect(history.at(-1)?.note).toContain("deactivated in the dashboard");
    expect(history.at(-1)?.createdById).toBe((await env.testDb.db.user.findUniqueOrThrow({ where: { email: "manager@demo.switchboard.dev" } })).id);
    expect((await put(withoutExtras(read))).status).toBe(409);
    const applied = await put({ ...withoutExtras(now), reps: [{ id: rep.id, maxOpenLeads: 9 }] });
    expect([applied.status, applied.json.version]).toEqual([200, now.version! + 1]);
  });

  it("edits that change nothing in the document move nothing; the draft and the editor's revision are left alone", async () => {
    const caller = await manager();
    const read = (await getDoc()).json;
    const editor = await caller.routing.get();
    const rep = read.reps[0]!;
    const team = read.teams.find((t) => t.isActive)!;
    await caller.reps.update({ repId: rep.id, profile: profileOf(rep) });
    await caller.reps.reactivate({ repId: rep.id });
    await caller.teams.update({ teamId: team.id, team: { name: team.name, description: team.description } });
    await caller.teams.reactivate({ teamId: team.id });
    await caller.teams.setMembers({ teamId: team.id, repIds: team.members });
    expect(await versions()).toBe(read.version);
    expect((await put(withoutExtras(read))).json).toMatchObject({ version: read.version, changed: false });
    // A real edit moves the published version but not the editor's draft revision: the editor publishes from it.
    await caller.teams.update({ teamId: team.id, team: { name: team.name, description: "changed" } });
    expect(await versions()).toBe(read.version! + 1);
    expect((await caller.routing.get()).draftRevision).toBe(editor.draftRevision);
  });
});

describe(`publishing an unchanged draft from the dashboard (${lane})`, () => {
  it("publishes no version and says so (changed: false, the current version); a changed draft still publishes", async () => {
    const caller = (await manager()).routing;
    const editor = await caller.get();
    const before = await versions();
    const same = await caller.publish({ note: "nothing really", config: editor.draft, baseRevision: editor.draftRevision });
    expect([same.changed, same.version]).toEqual([false, editor.publishedVersion]);
    expect(await versions()).toBe(before);
    expect((await caller.versions()).length).toBe(before);
    // The saved draft, without a config given, is the published one too.
    expect((await caller.publish({ note: "" })).changed).toBe(false);
    expect(await versions()).toBe(before);

    const fresh = await caller.get();
    const edited = { ...fresh.draft, paths: fresh.draft.paths.map((p, i) => (i === 0 ? { ...p, name: `${p.name} (edited)` } : p)) };
    const changed = await caller.publish({ note: "renamed", config: edited, baseRevision: fresh.draftRevision });
    expect([changed.changed, changed.version]).toEqual([true, editor.publishedVersion! + 1]);
  });

  it("a saved draft edited and edited back publishes nothing and is no longer an unpublished change", async () => {
    const caller = (await manager()).routing;
    const editor = await caller.get();
    const edited = { ...editor.draft, paths: editor.draft.paths.map((p, i) => (i === 0 ? { ...p, name: "temporary" } : p)) };
    const saved = await caller.saveDraft({ config: edited, baseRevision: editor.draftRevision });
    expect((await caller.get()).hasUnpublishedChanges).toBe(true);
    const result = await caller.publish({ note: "", config: editor.draft, baseRevision: saved.revision });
    expect(result.changed).toBe(false);
    const after = await caller.get();
    expect([after.hasUnpublishedChanges, after.publishedVersion, after.draftRevision]).toEqual([false, editor.publishedVersion, result.revision]);
  });
});
