// npm run db:seed against a real database, run as the CLI runs it (arguments parsed and checked,
// then run): an empty database seeds; an existing demo workspace — where a newcomer may have built
// forms, routing and leads — is refused with every row intact unless --reset; --history replaces
// only the demo's history; a production database (a child process with NODE_ENV=production, as a
// self-hoster runs it) gets the demo accounts only with --allow-production. The same refusal and
// flags work through the dev app's CLI channel (npm run db:seed while npm run dev runs).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../prisma/seed/seed-demo";
import type { Db } from "../db/client";
import { makeMember, makeWorkspace } from "../testing/factories";
import { acquireDataDirLock } from "../db/data-dir-lock";
import { createTestDb, type TestDb } from "../testing/test-db";
import { openCliChannel } from "./cli-channel-server";
import { checkArgs, CommandUsageError } from "./command";
import { dbSeedCommand } from "./db-seed-command";

const root = path.resolve(import.meta.dirname, "../..");
const tsxBin = path.join(root, "node_modules/tsx/dist/cli.mjs");

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb?.close());

async function truncateAll(db: Db): Promise<void> {
  const tables = await db.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.name}"`).join(", ")} CASCADE`);
}
beforeEach(() => truncateAll(testDb.db));

/** Every row of every table, as a count and a checksum per table: equal snapshots = nothing changed. */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number; sum: string }[]>(`SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM "${name}" t`);
    out[name] = `${row!.n} ${row!.sum}`;
  }
  return out;
}

/** npm run db:seed [flags] in this process, as the CLI parses them. */
async function dbSeed(flags: Record<string, boolean> = {}): Promise<string[]> {
  const lines: string[] = [];
  const args = checkArgs(dbSeedCommand, dbSeedCommand.fromArgv(flags, []));
  await dbSeedCommand.run({ handle: testDb, appUrl: "http://localhost:3000", print: (line) => lines.push(line) }, args);
  return lines;
}

/** The demo as a newcomer leaves it after an afternoon: a form of their own with a lead, a colleague. */
async function demoWithWork(db: Db) {
  await seedDemo(db, new Date("2026-12-01T10:00:00Z"));
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
  const form = await db.form.create({ data: { workspaceId: ws.id, slug: "my-pricing-form", name: "Pricing", draftDefinition: {}, draftScoring: {}, allowedOrigins: [] } });
  await db.lead.create({ data: { workspaceId: ws.id, formId: form.id, answers: { email: "buyer@big.example" }, scores: {}, breakdown: [], tier: "hot", outcome: {}, utm: {} } });
  await makeMember(db, ws.id, "REP", "colleague");
  return { ws, form };
}

describe("npm run db:seed on an empty database", () => {
  it("seeds the demo workspace as before and prints the demo accounts", async () => {
    const lines = await dbSeed({ "no-history": true });
    expect(lines.join("\n")).toContain('Demo workspace "Demo Co" is ready');
    const ws = await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, include: { _count: { select: { memberships: true, forms: true } } } });
    expect(ws._count.memberships).toBeGreaterThan(5);
    expect(ws._count.forms).toBe(1);
  });
});

describe("npm run db:seed when the demo workspace exists", () => {
  it("refuses, says what it would delete and how to proceed, and leaves every row intact", async () => {
    await demoWithWork(testDb.db);
    const before = await snapshot(testDb.db);
    const run = dbSeed();
    await expect(run).rejects.toBeInstanceOf(CommandUsageError);
    await expect(run).rejects.toThrow(/already exists\. Seeding deletes it and everything in it:\n {2}2 forms, 1 lead, 10 members, 3 teams/);
    await expect(run).rejects.toThrow(/To seed anyway: npm run db:seed -- --reset$/);
    expect(await snapshot(testDb.db)).toEqual(before);
  });

  it("re-creates it with --reset: the newcomer's form, lead and colleague are gone, the demo is fresh", async () => {
    const { ws } = await demoWithWork(testDb.db);
    const lines = await dbSeed({ reset: true, "no-history": true });
    expect(lines.join("\n")).toContain('Demo workspace "Demo Co" is ready');
    const fresh = await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    expect(fresh.id).not.toBe(ws.id);
    expect(await testDb.db.form.findMany({ where: { workspaceId: fresh.id }, select: { slug: true } })).toEqual([{ slug: "demo" }]);
    expect(await testDb.db.form.count({ where: { slug: "my-pricing-form" } })).toBe(0);
    expect(await testDb.db.lead.count()).toBe(0);
  });

  it("--history replaces only the demo history: the newcomer's form, lead and colleague stay", async () => {
    const { ws, form } = await demoWithWork(testDb.db);
    const lines = await dbSeed({ history: true });
    expect(lines.join("\n")).toMatch(/^Demo history: \d+ leads/);
    expect((await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } })).id).toBe(ws.id);
    expect(await testDb.db.lead.count({ where: { formId: form.id } })).toBe(1);
    expect(await testDb.db.membership.count({ where: { workspaceId: ws.id, user: { name: "colleague" } } })).toBe(1);
    expect(await testDb.db.lead.count({ where: { workspaceId: ws.id, id: { startsWith: "hist" } } })).toBeGreaterThan(100);
  });

  it("--history with --reset is a usage error (one replaces the history, the other everything)", () => {
    expect(() => checkArgs(dbSeedCommand, dbSeedCommand.fromArgv({ history: true, reset: true }, []))).toThrow(/reset: .*give one of them\nUsage: npm run db:seed/);
  });
});

describe("npm run db:seed when another workspace owns the form at /f/demo", () => {
  it("refuses and names it, instead of deleting that workspace's form", async () => {
    const acme = await makeWorkspace(testDb.db, "Acme");
    await testDb.db.form.create({ data: { workspaceId: acme.id, slug: "demo", name: "Our demo request", draftDefinition: {}, draftScoring: {}, allowedOrigins: [] } });
    const before = await snapshot(testDb.db);
    await expect(dbSeed({ "no-history": true })).rejects.toThrow(`The form at /f/demo belongs to workspace "${acme.slug}"`);
    expect(await snapshot(testDb.db)).toEqual(before);
  });
});

/** npm run db:seed as a self-hoster runs it: a child process with NODE_ENV=production, on this lane's kind of database. */
function dbSeedInProduction(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; cleanup: () => void }> {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-db-seed-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: "a".repeat(44),
    CALENDAR_ENCRYPTION_KEY: "b".repeat(44),
    APP_URL: "https://leads.example.com",
    MAIL_TRANSPORT: "smtp",
    SMTP_URL: "smtp://127.0.0.1:1",
    SEED_ON_EMPTY: "",
    SEED_HISTORY: "false",
    DATABASE_URL: testDb.url ?? "",
    TEST_DATABASE_URL: "",
    PGLITE_DIR: path.join(tempDir, "pglite"),
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxBin, path.join(root, "server/cli/db-seed.ts"), ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr, cleanup: () => fs.rmSync(tempDir, { recursive: true, force: true }) }));
  });
}

// Each child process opens (and on the PGlite lane creates and migrates) its own database: slow on a busy host.
const CHILD_TIMEOUT_MS = 240_000;

describe("npm run db:seed with NODE_ENV=production", () => {
  it("refuses to create the demo accounts (public password) without --allow-production, changing nothing", { timeout: CHILD_TIMEOUT_MS }, async () => {
    const refused = await dbSeedInProduction([]);
    refused.cleanup();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("NODE_ENV=production: the demo accounts");
    expect(refused.stderr).toContain("To seed anyway: npm run db:seed -- --allow-production");
    expect(refused.stderr).not.toMatch(/\n\s+at /); // a message, no stack trace
    if (testDb.lane === "postgres") expect(await testDb.db.user.count()).toBe(0);
  });

  it("seeds them with --allow-production", { timeout: CHILD_TIMEOUT_MS }, async () => {
    const allowed = await dbSeedInProduction(["--allow-production"]);
    allowed.cleanup();
    expect(allowed.stderr).toBe("");
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('Demo workspace "Demo Co" is ready. Sign in at https://leads.example.com/sign-in');
    if (testDb.lane === "postgres") expect(await testDb.db.workspace.count({ where: { slug: "demo" } })).toBe(1);
  });
});

describe("npm run db:seed while npm run dev holds the embedded database (the CLI channel)", () => {
  // This test process plays the running app: it holds the data folder's lock and opens the CLI
  // channel over its own database; the real CLI script runs as a child process against that folder.
  function runCli(pgliteDir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir, DATABASE_URL: "", TEST_DATABASE_URL: "", NODE_ENV: "development" };
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [tsxBin, path.join(root, "server/cli/db-seed.ts"), ...args], { cwd: path.dirname(pgliteDir), env, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("refuses on the existing demo with every row intact; --reset --no-history re-creates it", { timeout: CHILD_TIMEOUT_MS }, async () => {
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-db-seed-channel-"));
    const pgliteDir = path.join(tempDir, "pglite");
    const releaseLock = acquireDataDirLock(pgliteDir);
    const channel = await openCliChannel({ config: { NODE_ENV: "development", DATABASE_URL: undefined, PGLITE_DIR: pgliteDir, APP_URL: "http://localhost:3917" }, getHandle: async () => testDb });
    try {
      const { ws } = await demoWithWork(testDb.db);
      const before = await snapshot(testDb.db);
      const refused = await runCli(pgliteDir, []);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain("the running app holds the embedded database: the command runs inside it");
      expect(refused.stderr).toContain('The demo workspace "Demo Co" (slug demo) already exists');
      expect(refused.stderr).toContain("To seed anyway: npm run db:seed -- --reset");
      expect(refused.stderr).not.toMatch(/\n\s+at /); // a message, no stack trace
      expect(await snapshot(testDb.db)).toEqual(before);

      const reset = await runCli(pgliteDir, ["--reset", "--no-history"]);
      expect(reset.stderr).toBe("");
      expect(reset.code).toBe(0);
      expect(reset.stdout).toContain('Demo workspace "Demo Co" is ready. Sign in at http://localhost:3917/sign-in');
      expect((await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } })).id).not.toBe(ws.id);
      expect(await testDb.db.form.count({ where: { slug: "my-pricing-form" } })).toBe(0);
    } finally {
      await channel?.close();
      releaseLock();
      fs.rmSync(tempDir, { recursive: true, force: true });
    }
  });
});
