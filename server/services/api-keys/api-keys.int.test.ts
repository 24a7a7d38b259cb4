// API keys against a real database: shown once, stored hashed, scoped, revocable (at once through
// this process, within API_KEY_CACHE_MS when another process revoked it).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeWorkspace } from "../../testing/factories";
import { createTestDb, resetTestDb, type TestDb } from "../../testing/test-db";
import { API_KEY_SCOPES } from "../../domain/api-keys/scopes";
import { ALL_API_KEY_SCOPES, API_KEY_CACHE_MS, authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from "./api-keys";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.close());
beforeEach(() => resetTestDb(testDb));

describe("API keys", () => {
  it("authenticates a bearer key to its workspace and never stores the key itself", async () => {
    const ws = await makeWorkspace(testDb.db);
    const { key } = await createApiKey(testDb.db, { workspaceId: ws.id, name: "CRM", scopes: ALL_API_KEY_SCOPES });
    expect(await authenticateApiKey(testDb.db, `Bearer ${key}`)).toMatchObject({ ok: true, caller: { workspaceId: ws.id } });
    const stored = await testDb.db.apiKey.findFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it.each([
    [null, "malformed"],
    ["", "malformed"],
    ["Bearer", "malformed"],
    ["Basic abc", "malformed"],
    ["Bearer sb_live_short", "invalid"],
    ["Bearer sb_live_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "invalid"],
  ])("refuses %o (%s)", async (header, reason) => {
    expect(await authenticateApiKey(testDb.db, header)).toEqual({ ok: false, reason });
  });

  it("takes the scheme in any case (RFC 9110: case-insensitive)", async () => {
    const ws = await makeWorkspace(testDb.db, "Case");
    const { key } = await createApiKey(testDb.db, { workspaceId: ws.id, name: "k", scopes: ALL_API_KEY_SCOPES });
    for (const scheme of ["bearer", "BEARER", "Bearer"]) expect(await authenticateApiKey(testDb.db, `${scheme} ${key}`)).toMatchObject({ ok: true, caller: { workspaceId: ws.id } });
  });

  it("a revoked key no longer authenticates; another workspace cannot revoke it", async () => {
    const a = await makeWorkspace(testDb.db, "A");
    const b = await makeWorkspace(testDb.db, "B");
    const created = await createApiKey(testDb.db, { workspaceId: a.id, name: "CRM", scopes: ALL_API_KEY_SCOPES });
    await expect(revokeApiKey(testDb.db, b.id, created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await authenticateApiKey(testDb.db, `Bearer ${created.key}`)).toMatchObject({ ok: true });
    await revokeApiKey(testDb.db, a.id, created.id);
    expect(await authenticateApiKey(testDb.db, `Bearer ${created.key}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await listApiKeys(testDb.db, b.id)).toEqual([]);
  });

  it("a key revoked by another process is refused here once this process's reading of it is older than the bound", async () => {
    const ws = await makeWorkspace(testDb.db);
    const created = await createApiKey(testDb.db, { workspaceId: ws.id, name: "CRM", scopes: ALL_API_KEY_SCOPES });
    const header = `Bearer ${created.key}`;
    expect(await authenticateApiKey(testDb.db, header)).toMatchObject({ ok: true });
    // Another app process revokes it: the row changes, this process's cache does not hear of it.
    await testDb.db.apiKey.updateMany({ where: { id: created.id }, data: { revokedAt: new Date() } });
    expect(await authenticateApiKey(testDb.db, header, new Date(), { maxAgeMs: 60_000 })).toMatchObject({ ok: true }); // a reading younger than the bound
    expect(await authenticateApiKey(testDb.db, header, new Date(), { maxAgeMs: 0 })).toEqual({ ok: false, reason: "invalid" }); // older than the bound: read again
    expect(await authenticateApiKey(testDb.db, header)).toEqual({ ok: false, reason: "invalid" });
    expect(API_KEY_CACHE_MS).toBeLessThanOrEqual(10_000);
  });

  it("a new key gets exactly the scopes it is given (all only when named), kept in the list's order; none or none given is refused", async () => {
    const ws = await makeWorkspace(testDb.db);
    const all = await createApiKey(testDb.db, { workspaceId: ws.id, name: "All", scopes: ALL_API_KEY_SCOPES });
    expect(all.scopes).toEqual([...API_KEY_SCOPES]);
    // Leaving scopes out does not type-check; a caller the type checker does not see gets no key, never one with every scope.
    // @ts-expect-error scopes is required
    const unnamed: Parameters<typeof createApiKey>[1] = { workspaceId: ws.id, name: "Unnamed" };
    await expect(createApiKey(testDb.db, unnamed)).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "scopes" }] });
    expect(await testDb.db.apiKey.count({ where: { name: "Unnamed" } })).toBe(0);
    const narrow = await createApiKey(testDb.db, { workspaceId: ws.id, name: "Narrow", scopes: ["routing:read", "leads:read"] });
    expect(narrow.scopes).toEqual(["leads:read", "routing:read"]);
    expect(await authenticateApiKey(testDb.db, `Bearer ${narrow.key}`)).toMatchObject({ ok: true, caller: { scopes: ["leads:read", "routing:read"] } });
    await expect(createApiKey(testDb.db, { workspaceId: ws.id, name: "None", scopes: [] })).rejects.toMatchObject({ code: "VALIDATION", details: [{ path: "scopes" }] });
  });

  it("an expired key is refused as expired; last use is recorded at most once a minute and listed", async () => {
    const ws = await makeWorkspace(testDb.db);
    const t0 = new Date("2026-12-01T10:00:00Z");
    const created = await createApiKey(testDb.db, { workspaceId: ws.id, name: "Temp", scopes: ALL_API_KEY_SCOPES, expiresInDays: 30, now: t0 });
    expect(created.expiresAt).toEqual(new Date("2026-12-31T10:00:00Z"));
    const auth = (at: Date) => authenticateApiKey(testDb.db, `Bearer ${created.key}`, at);

    expect(await auth(t0)).toMatchObject({ ok: true });
    expect((await listApiKeys(testDb.db, ws.id, t0))[0]).toMatchObject({ lastUsedAt: t0, expiresAt: created.expiresAt, isExpired: false });
    await auth(new Date(t0.getTime() + 30_000));
    expect((await listApiKeys(testDb.db, ws.id))[0]?.lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await auth(later);
    expect((await listApiKeys(testDb.db, ws.id))[0]?.lastUsedAt).toEqual(later);

    const after = new Date("2026-12-31T10:00:00Z");
    expect(await auth(after)).toEqual({ ok: false, reason: "expired", expiredAt: created.expiresAt });
    expect((await listApiKeys(testDb.db, ws.id, after))[0]).toMatchObject({ isExpired: true, lastUsedAt: later });
  });
});
