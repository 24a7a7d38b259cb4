// API keys against a real database: shown once, stored hashed, scoped, revocable.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeWorkspace } from "../../testing/factories";
import { createTestDb, resetTestDb, type TestDb } from "../../testing/test-db";
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from "./api-keys";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.close());
beforeEach(() => resetTestDb(testDb));

describe("API keys", () => {
  it("authenticates a bearer key to its workspace and never stores the key itself", async () => {
    const ws = await makeWorkspace(testDb.db);
    const { key } = await createApiKey(testDb.db, { workspaceId: ws.id, name: "CRM" });
    expect(await authenticateApiKey(testDb.db, `Bearer ${key}`)).toMatchObject({ workspaceId: ws.id });
    const stored = await testDb.db.apiKey.findFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it.each([null, "", "Bearer", "Basic abc", "Bearer sb_live_short", "Bearer sb_live_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])("refuses %o", async (header) => {
    expect(await authenticateApiKey(testDb.db, header)).toBeNull();
  });

  it("a revoked key no longer authenticates; another workspace cannot revoke it", async () => {
    const a = await makeWorkspace(testDb.db, "A");
    const b = await makeWorkspace(testDb.db, "B");
    const created = await createApiKey(testDb.db, { workspaceId: a.id, name: "CRM" });
    await expect(revokeApiKey(testDb.db, b.id, created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await authenticateApiKey(testDb.db, `Bearer ${created.key}`)).not.toBeNull();
    await revokeApiKey(testDb.db, a.id, created.id);
    expect(await authenticateApiKey(testDb.db, `Bearer ${created.key}`)).toBeNull();
    expect(await listApiKeys(testDb.db, b.id)).toEqual([]);
  });
});
