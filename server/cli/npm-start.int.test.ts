// Issue 8 item 5: `npm start` without NODE_ENV used to run in development mode and append a
// random AUTH_SECRET to .env.local — a production install silently running on a secret nobody
// chose. A production start never generates or writes a secret. The real `npm start` runs here,
// in a throw-away copy of the app's scripts (so no developer's .env file is read or written).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let tempDir: string;

beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-npm-start-"));
  for (const entry of ["package.json", "tsconfig.json", "next.config.js"]) fs.copyFileSync(path.join(root, entry), path.join(tempDir, entry));
  for (const dir of ["server", "prisma"]) fs.cpSync(path.join(root, dir), path.join(tempDir, dir), { recursive: true });
  fs.symlinkSync(path.join(root, "node_modules"), path.join(tempDir, "node_modules"), "dir");
});

afterAll(() => {
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
});

function npmStart(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["start"], { cwd: tempDir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // A start that got past configuration would keep serving: stop its whole process group.
    const stop = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(stop);
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* group already gone */
      }
      resolve({ code, output });
    });
  });
}

it("attack: npm start without NODE_ENV silently writes a random AUTH_SECRET — it stops instead, naming AUTH_SECRET, and writes nothing", async () => {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith("npm_") && !/^(NODE_ENV|AUTH_SECRET|APP_URL|DATABASE_URL|TEST_DATABASE_URL|SEED_ON_EMPTY)$/.test(key)),
  ) as NodeJS.ProcessEnv;
  env.PGLITE_DIR = path.join(tempDir, ".data/pglite");
  env.MAIL_TRANSPORT = "smtp";
  env.SMTP_URL = "smtp://127.0.0.1:1";
  env.APP_URL = "https://leads.example.com";

  const { code, output } = await npmStart(env);
  expect(code).not.toBe(0);
  expect(output).toContain("AUTH_SECRET is required in production");
  expect(fs.existsSync(path.join(tempDir, ".env.local"))).toBe(false);
  const written = fs.readdirSync(tempDir).filter((f) => f.startsWith(".env"));
  expect(written).toEqual([]);
  // It stopped at the configuration check: no database was created either.
  expect(fs.existsSync(path.join(tempDir, ".data/pglite"))).toBe(false);
}, 90_000);
