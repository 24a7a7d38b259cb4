// Issue 8 item 16: CLI commands while `npm run dev` holds the embedded database. Here this test
// process plays the running app: it holds the data folder's lock and opens the CLI channel over
// its own database; the real CLI scripts run as child processes against that folder.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireDataDirLock } from "../db/data-dir-lock";
import { createTestDb, type TestDb } from "../testing/test-db";
import { CliChannelError, sendThroughCliChannel } from "./cli-channel-client";
import { cliChannelPaths } from "./cli-channel-paths";
import { openCliChannel, type TCliChannel } from "./cli-channel-server";

const root = path.resolve(import.meta.dirname, "../..");
const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");

let testDb: TestDb;
let tempDir: string;
let pgliteDir: string;
let releaseLock: () => void;
let channel: TCliChannel | null;

function runCli(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir, DATABASE_URL: "", TEST_DATABASE_URL: "", NODE_ENV: "development" };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxBin, path.join(root, "server/cli", script), ...args], { cwd: tempDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  testDb = await createTestDb();
  await testDb.db.workspace.create({ data: { name: "Acme", slug: "acme" } });
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-cli-channel-"));
  pgliteDir = path.join(tempDir, "pglite");
  releaseLock = acquireDataDirLock(pgliteDir); // "npm run dev" holds the embedded database
  channel = await openCliChannel({
    config: { NODE_ENV: "development", DATABASE_URL: undefined, PGLITE_DIR: pgliteDir, APP_URL: "http://localhost:3917" },
    getHandle: async () => testDb,
  });
});

afterAll(async () => {
  await channel?.close();
  releaseLock?.();
  await testDb?.close();
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});

describe("the development app's CLI channel", () => {
  it("npm run apikey while npm run dev holds the embedded database: the running app runs it and prints the key", async () => {
    const result = await runCli("apikey.ts", ["--workspace", "acme", "--name", "Import"]);
    expect(result.stderr).not.toContain("in use by another process");
    expect(result.code).toBe(0);
    const key = /sb_live_\S+/.exec(result.stdout)?.[0];
    expect(key).toBeTruthy();
    expect(await testDb.db.apiKey.count({ where: { name: "Import", workspace: { slug: "acme" } } })).toBe(1);
  });

  it("npm run create-owner goes through the same channel; its usage errors come back as one clear message", async () => {
    const created = await runCli("create-owner.ts", ["--email", "boss@acme.example", "--workspace", "Acme Two", "--password", "a-long-password"]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Owner boss@acme.example created");
    expect(await testDb.db.membership.count({ where: { role: "OWNER", user: { email: "boss@acme.example" } } })).toBe(1);

    const refused = await runCli("create-owner.ts", ["--email", "boss@acme.example", "--workspace", "Again", "--password", "a-long-password"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("An account for boss@acme.example already exists.");
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("attack: a local process without the channel's token cannot run commands through it", async () => {
    const paths = cliChannelPaths(pgliteDir);
    expect(fs.statSync(paths.token).mode & 0o777).toBe(0o600);
    expect(fs.statSync(paths.socket).mode & 0o777).toBe(0o600);
    const before = await testDb.db.apiKey.count();
    for (const token of ["", "0".repeat(64), "not-the-token"]) {
      const attempt = sendThroughCliChannel(paths, { command: "apikey", args: { workspace: "acme" }, token }, () => undefined);
      await expect(attempt).rejects.toThrow(CliChannelError);
      await expect(attempt).rejects.toThrow("wrong or missing CLI channel token");
    }
    expect(await testDb.db.apiKey.count()).toBe(before);
  });

  it("attack: the channel is never opened in production, nor for a PostgreSQL server (DATABASE_URL)", async () => {
    const otherDir = path.join(tempDir, "other");
    for (const config of [
      { NODE_ENV: "production" as const, DATABASE_URL: undefined, PGLITE_DIR: otherDir, APP_URL: "https://leads.example.com" },
      { NODE_ENV: "development" as const, DATABASE_URL: "postgresql://u@127.0.0.1:5432/db", PGLITE_DIR: otherDir, APP_URL: "http://localhost:3000" },
    ]) {
      expect(await openCliChannel({ config, getHandle: async () => testDb })).toBeNull();
      expect(fs.existsSync(cliChannelPaths(otherDir).socket)).toBe(false);
      expect(fs.existsSync(cliChannelPaths(otherDir).token)).toBe(false);
    }
  });
});
