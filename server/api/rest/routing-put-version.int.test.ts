// PUT /api/v1/routing is conditional on the version the client read (the document's `version`, or
// If-Match with GET's ETag): a stale one is a 409 at `version` naming the current version and
// writes nothing, also when two PUTs from one version race (exactly one wins); a document that
// changes nothing publishes nothing (`changed: false`); a rep's read-only name and email that
// differ from the member's account come back as warnings at their paths. PGlite, or PostgreSQL
// with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { TApiErrorBody } from "../../domain/forms/submission-contract";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleGetRouting, handlePutRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

const env = useRoutingKit(startApiKit);

type TDoc = TRoutingDocumentView & { changed?: boolean; warnings?: { path: string; message: string }[] };
const getDoc = async () => readJson<TDoc>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW));
const putRequest = (body: unknown, headers: Record<string, string> = {}) => handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body, headers }), NOW);
const put = async (body: unknown, headers: Record<string, string> = {}) => readJson<TDoc & TApiErrorBody>(await putRequest(body, headers));
const document = (doc: TDoc) => {
  const { changed: _c, warnings: _w, ...rest } = structuredClone(doc);
  return rest as TRoutingDocumentView & { config: NonNullable<TDoc["config"]> };
};
const versions = () => env.testDb.db.routingConfigVersion.count({ where: { workspaceId: env.kit.workspaceId } });
const renamed = <T extends Pick<ReturnType<typeof document>, "config">>(doc: T, name: string) => ({ ...doc, config: { ...doc.config, paths: doc.config.paths.map((p, i) => (i === 0 ? { ...p, name } : p)) } });

describe(`PUT /api/v1/routing: the version read (${lane})`, () => {
  it("GET carries the version (body and ETag); a PUT from it applies as the next version", async () => {
    const read = await getDoc();
    expect(read.json.version).toBe(1);
    expect(read.headers.get("etag")).toBe('"1"');
    const { status, json, headers } = await put(renamed(document(read.json), "Nurture (edited)"));
    expect(status).toBe(200);
    expect([json.version, json.changed, headers.get("etag")]).toEqual([2, true, '"2"']);
  });

  it("a stale version is a 409 at `version` naming the current one; nothing is written", async () => {
    const stale = document((await getDoc()).json);
    expect((await put(renamed(stale, "First"))).status).toBe(200);
    const before = (await getDoc()).json;
    const { status, json } = await put(renamed(stale, "Second"));
    expect(status).toBe(409);
    expect(json.error.code).toBe("CONFLICT");
    expect(json.error.message).toContain("the current version is 2");
    expect(json.error.details).toEqual([{ path: "version", message: "Stale: the current version is 2" }]);
    expect((await getDoc()).json).toEqual(before);
    expect(await versions()).toBe(2);
  });

  it("a stale version with team and rep changes writes none of them", async () => {
    const stale = document((await getDoc()).json);
    expect((await put(renamed(stale, "First"))).status).toBe(200);
    const edit = { ...stale, teams: stale.teams.map((t) => ({ ...t, description: "changed" })), reps: [{ id: stale.reps[0]!.id, title: "Changed" }] };
    expect((await put(edit)).status).toBe(409);
    const after = (await getDoc()).json;
    expect(after.teams.map((t) => t.description)).not.toContain("changed");
    expect(after.reps[0]!.title).toBe(stale.reps[0]!.title);
  });

  it("If-Match with GET's ETag works as the document's version (stale: 409 at headers.if-match); both given must agree", async () => {
    const { version: _v, ...withoutVersion } = document((await getDoc()).json);
    expect((await put(renamed(withoutVersion, "A"), { "if-match": '"1"' })).status).toBe(200);
    const stale = await put(renamed(withoutVersion, "B"), { "if-match": '"1"' });
    expect([stale.status, stale.json.error.details[0]?.path]).toEqual([409, "headers.if-match"]);
    const disagree = await put({ ...renamed(withoutVersion, "C"), version: 2 }, { "if-match": '"1"' });
    expect([disagree.status, disagree.json.error.details]).toEqual([422, [expect.objectContaining({ path: "version" })]]);
    const bad = await put(renamed(withoutVersion, "D"), { "if-match": "yesterday" });
    expect([bad.status, bad.json.error.details[0]?.path]).toEqual([422, "headers.if-match"]);
    expect(await versions()).toBe(2);
  });

  it("without a version (nor If-Match) the document overwrites whatever was published", async () => {
    const { version: _v, ...withoutVersion } = document((await getDoc()).json);
    expect((await put(renamed(withoutVersion, "A"))).status).toBe(200);
    const { status, json } = await put(renamed(withoutVersion, "B"));
    expect([status, json.version, json.config?.paths[0]?.name]).toEqual([200, 3, "B"]);
  });

  it("version null means nothing published yet: a 409 once something is", async () => {
    const { status, json } = await put({ ...document((await getDoc()).json), version: null });
    expect([status, json.error.details]).toEqual([409, [{ path: "version", message: "Stale: the current version is 1" }]]);
  });

  it("two PUTs from one version at once: exactly one applies, the other is a 409", async () => {
    const base = document((await getDoc()).json);
    const results = await Promise.all([putRequest(renamed(base, "Left")), putRequest(renamed(base, "Right"))]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await versions()).toBe(2);
  });
});

describe(`PUT /api/v1/routing: an unchanged document (${lane})`, () => {
  it("the document as read publishes nothing: 200, the current version, changed false", async () => {
    const before = await getDoc();
    const { status, json } = await put(before.json);
    expect(status).toBe(200);
    expect([json.version, json.changed, json.warnings]).toEqual([1, false, []]);
    expect(document(json)).toEqual(document(before.json));
    expect(await versions()).toBe(1);
  });

  it("keys in another order are the same document; a team change alone is a change", async () => {
    const { version: _v, ...doc } = document((await getDoc()).json);
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed) : value !== null && typeof value === "object" ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    const same = await put(reversed(doc));
    expect([same.status, same.json.changed, same.json.version]).toEqual([200, false, 1]);
    const edited = await put({ ...doc, teams: doc.teams.map((t, i) => (i === 0 ? { ...t, description: "Edited" } : t)) });
    expect([edited.status, edited.json.changed, edited.json.version]).toEqual([200, true, 2]);
  });
});

describe(`PUT /api/v1/routing: read-only fields (${lane})`, () => {
  it("a rep's name and email that differ from the account are warnings at their paths, and ignored", async () => {
    const doc = document((await getDoc()).json);
    const sarah = doc.reps.findIndex((r) => r.name === "Sarah Chen");
    doc.reps[sarah] = { ...doc.reps[sarah]!, name: "Sarah C.", email: "someone@else.test" };
    const { status, json } = await put(doc);
    expect(status).toBe(200);
    expect(json.warnings?.map((w) => w.path)).toEqual([`reps.${sarah}.email`, `reps.${sarah}.name`]);
    expect(json.warnings?.[1]?.message).toMatch(/^Read-only: .*ignored \(stored: “Sarah Chen”\)$/);
    expect(json.changed).toBe(false);
    expect(json.reps[sarah]!.name).toBe("Sarah Chen");
  });
});
