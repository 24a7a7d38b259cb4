// npm run apikey with --scopes and --expires-in-days, run as the CLI runs it (arguments parsed and
// checked, then run) against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_KEY_SCOPES } from "../domain/api-keys/scopes";
import { makeWorkspace } from "../testing/factories";
import { createTestDb, type TestDb } from "../testing/test-db";
import { apikeyCommand } from "./apikey-command";
import { CommandUsageError, checkArgs } from "./command";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.close());

describe("npm run apikey", () => {
  it("narrows the key to the scopes given and sets the expiry; a scope that does not exist is a usage error", async () => {
    const ws = await makeWorkspace(testDb.db, "Acme");
    const lines: string[] = [];
    const args = checkArgs(apikeyCommand, apikeyCommand.fromArgv({ workspace: ws.slug, scopes: "routing:read, leads:read", "expires-in-days": "30" }, []));
    await apikeyCommand.run({ handle: testDb, appUrl: "http://localhost:3000", print: (line) => lines.push(line) }, args);
    expect(lines.join("\n")).toMatch(/scopes leads:read, routing:read; expires \d{4}-/);
    const key = await testDb.db.apiKey.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect(key).toMatchObject({ scopes: ["leads:read", "routing:read"], expiresAt: expect.any(Date) });

    expect(() => checkArgs(apikeyCommand, apikeyCommand.fromArgv({ workspace: ws.slug, scopes: "leads:delete" }, []))).toThrow(/scopes\.0: .*\nUsage: npm run apikey/);
  });
});

describe("npm run apikey without --scopes (the README quick start)", () => {
  it("gives every scope, as documented, and says which in its output", async () => {
    const ws = await makeWorkspace(testDb.db, "Quick");
    const lines: string[] = [];
    await apikeyCommand.run({ handle: testDb, appUrl: "http://localhost:3000", print: (line) => lines.push(line) }, checkArgs(apikeyCommand, apikeyCommand.fromArgv({ workspace: ws.slug, name: "x" }, [])));
    expect(lines.join("\n")).toContain(`scopes ${API_KEY_SCOPES.join(", ")}; no expiry`);
    expect(await testDb.db.apiKey.findFirstOrThrow({ where: { workspaceId: ws.id } })).toMatchObject({ name: "x", scopes: [...API_KEY_SCOPES] });
  });
});

describe("npm run apikey with a workspace that does not exist", () => {
  it("says so in one line and lists the workspaces there are", async () => {
    const a = await makeWorkspace(testDb.db, "Zeta");
    const b = await makeWorkspace(testDb.db, "Beta");
    const args = checkArgs(apikeyCommand, apikeyCommand.fromArgv({ workspace: "nope" }, []));
    const run = apikeyCommand.run({ handle: testDb, appUrl: "http://localhost:3000", print: () => {} }, args);
    await expect(run).rejects.toBeInstanceOf(CommandUsageError);
    await expect(run).rejects.toThrow(new RegExp(`^No workspace with slug "nope"\\. Workspaces: .*${b.slug}, .*${a.slug}\\.$`));
  });
});
