// A config applied through PUT /api/v1/routing is named in the routing history by its API key's
// name and prefix, as the API keys page shows the key (not its internal id); a key of another
// workspace is never named. PGlite, or PostgreSQL with TEST_DATABASE_URL.
import { describe, expect, it } from "vitest";
import type { TRoutingDocumentView } from "../../services/routing/routing-document";
import { applyRoutingDocument } from "../../services/routing/routing-document";
import { useRoutingKit } from "../../testing/routing-kit";
import { apiRequest, readJson, startApiKit } from "../../testing/api-kit";
import { handleGetRouting, handlePutRouting } from "./handle-routing";

const NOW = new Date("2026-12-01T15:00:00Z");
const lane = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const env = useRoutingKit(startApiKit);

type TDoc = TRoutingDocumentView & { changed?: boolean; warnings?: unknown };
async function renamedDocument(name: string) {
  const { json } = await readJson<TDoc>(await handleGetRouting(env.testDb.db, apiRequest("GET", "/routing", { key: env.kit.key }), NOW));
  const { changed: _c, warnings: _w, version: _v, ...doc } = structuredClone(json);
  return { ...doc, config: { ...doc.config!, paths: doc.config!.paths.map((p, i) => (i === 0 ? { ...p, name } : p)) } };
}
const latestNote = async (workspaceId: string) => (await env.testDb.db.routingConfigVersion.findFirst({ where: { workspaceId }, orderBy: { version: "desc" }, select: { note: true } }))?.note;

describe(`PUT /api/v1/routing: the history names the key (${lane})`, () => {
  it("records the key's name and prefix, not its id", async () => {
    const key = await env.testDb.db.apiKey.findUniqueOrThrow({ where: { id: env.kit.keyId }, select: { prefix: true } });
    const response = await handlePutRouting(env.testDb.db, apiRequest("PUT", "/routing", { key: env.kit.key, body: await renamedDocument("Renamed by CRM") }), NOW);
    expect(response.status).toBe(200);
    const note = await latestNote(env.kit.workspaceId);
    expect(note).toBe(`Applied through the API (key “CRM sync”, ${key.prefix}…)`);
    expect(note).not.toContain(env.kit.keyId);
  });

  it("a key id of another workspace: no name or prefix of it", async () => {
    const other = await env.testDb.db.apiKey.findFirstOrThrow({ where: { workspaceId: env.kit.otherWorkspaceId }, select: { id: true, prefix: true } });
    const applied = await applyRoutingDocument(env.testDb.db, { workspaceId: env.kit.workspaceId, body: await renamedDocument("Renamed again"), userId: null, apiKeyId: other.id, now: NOW });
    expect(applied.changed).toBe(true);
    expect(await latestNote(env.kit.workspaceId)).toBe("Applied through the API");
  });
});
