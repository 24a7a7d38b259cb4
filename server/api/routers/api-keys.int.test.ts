// apiKeys.create through its tRPC router against a real database: scopes must be given (at least
// one), as in Settings → API keys — omitting them is refused naming `scopes`, never every scope.
import { describe, expect, it } from "vitest";
import { contextFor, makeMember, makeWorkspace } from "../../testing/factories";
import { useTestDb } from "../../testing/use-test-db";
import { createCallerFactory, router } from "../trpc";
import { apiKeysRouter, SCOPES_REQUIRED_MESSAGE } from "./api-keys";

const testDb = useTestDb();
const createCaller = createCallerFactory(router({ apiKeys: apiKeysRouter }));

async function adminCaller() {
  const ws = await makeWorkspace(testDb.db, "Keys");
  const admin = await makeMember(testDb.db, ws.id, "ADMIN");
  return { ws, caller: createCaller(contextFor(testDb.db, admin.user)) };
}

describe("apiKeys.create scopes", () => {
  it.each<[string, Record<string, unknown>]>([
    ["omitted", {}],
    ["undefined", { scopes: undefined }],
    ["empty", { scopes: [] }],
  ])("%s: BAD_REQUEST naming scopes, no key created", async (_name, scopes) => {
    const { ws, caller } = await adminCaller();
    const error = await caller.apiKeys.create({ name: "CRM", ...scopes } as { name: string; scopes: ["leads:read"] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as Error).message).toContain(SCOPES_REQUIRED_MESSAGE);
    expect((error as { cause: { issues: { path: string[] }[] } }).cause.issues.map((i) => i.path.join("."))).toEqual(["scopes"]);
    expect(await testDb.db.apiKey.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("an unknown scope is refused too", async () => {
    const { caller } = await adminCaller();
    await expect(caller.apiKeys.create({ name: "CRM", scopes: ["leads:delete" as "leads:read"] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the scopes given, and only those, in the list's order", async () => {
    const { ws, caller } = await adminCaller();
    const created = await caller.apiKeys.create({ name: "CRM", scopes: ["routing:read", "leads:read", "routing:read"] });
    expect(created.scopes).toEqual(["leads:read", "routing:read"]);
    expect(await testDb.db.apiKey.findFirstOrThrow({ where: { workspaceId: ws.id } })).toMatchObject({ scopes: ["leads:read", "routing:read"] });
  });
});
