// `npm run dev` runs prepare-app in a child process, which closes the embedded database again;
// Next.js then starts (tens of seconds under load) before the app reopens it. A CLI command started
// in that gap opened the database itself and the app's job workers never started. The launcher
// now holds the folder's lock meanwhile: a command waits (and is told the app is starting), and the
// app — the same process — still opens the database.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connectPglite } from "../../db/client";
import { DataDirInUseError, dataDirLockHolder } from "../../db/data-dir-lock";
import { holdEmbeddedDatabase } from "./hold-embedded-database";
import { runCommandLine } from "./run-command";

const root = path.resolve(import.meta.dirname, "../../..");
let tmp: string;
let launcher: ChildProcessWithoutNullStreams | undefined;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sb-hold-"));
});
afterAll(() => {
  launcher?.kill("SIGKILL");
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Resolves with the first output line that matches. */
function lineOf(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const found = out.split("\n").find((line) => pattern.test(line));
      if (found) resolve(found);
    });
    child.once("exit", (code) => reject(new Error(`launcher exited (${code}) before printing ${pattern}: ${out}`)));
  });
}

it("a command started between prepare-app and the app opening the database waits for the app instead of opening it; the app still opens it", async () => {
  const dir = path.join(tmp, "pglite");
  await (await connectPglite(dir)).close(); // what prepare-app leaves: a database, closed, no lock
  // A launcher after prepare-app: holds the folder, and opens the database when told (the app starting).
  const script = path.join(tmp, "launcher.ts");
  fs.writeFileSync(
    script,
    [
      `import { holdEmbeddedDatabase } from ${JSON.stringify(path.join(root, "server/cli/lib/hold-embedded-database.ts"))};`,
      `console.log(holdEmbeddedDatabase({ PGLITE_DIR: ${JSON.stringify(dir)} }) ? \`held \${process.pid}\` : "not held");`,
      `process.stdin.once("data", async () => { const { connectPglite } = await import(${JSON.stringify(path.join(root, "server/db/client.ts"))}); const handle = await connectPglite(${JSON.stringify(dir)}); console.log("app opened the database"); await handle.close(); process.exit(0); });`,
    ].join("\n"),
  );
  launcher = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), script], { cwd: root });
  const held = await lineOf(launcher, /held/);
  expect(held).toMatch(/^held \d+$/);

  const lines: string[] = [];
  const run = runCommandLine("apikey", ["--workspace", "demo"], { DATABASE_URL: undefined, PGLITE_DIR: dir, DB_POOL_SIZE: 1, APP_URL: "http://localhost:3000" }, (line) => lines.push(line), { waitForAppMs: 300 });
  // Not opened by the command (that was "no tables yet", and the app's workers failing): the app is starting.
  await expect(run).rejects.toBeInstanceOf(DataDirInUseError);
  await expect(run).rejects.toThrow("If it is `npm run dev` still starting, try again in a moment");
  expect(lines.some((line) => line.includes("waiting up to"))).toBe(true);
  expect(dataDirLockHolder(dir)).toBe(Number(held.split(" ")[1]));

  const opened = lineOf(launcher, /app opened the database/);
  launcher.stdin.write("open\n");
  expect(await opened).toBe("app opened the database");
}, 600_000);

it("holds nothing on a PostgreSQL server, and never takes a live process's lock", () => {
  expect(holdEmbeddedDatabase({ DATABASE_URL: "postgresql://x@127.0.0.1/x", PGLITE_DIR: path.join(tmp, "server") })).toBe(false);
  expect(fs.existsSync(path.join(tmp, "server.lock"))).toBe(false);
  const dir = path.join(tmp, "taken");
  fs.writeFileSync(`${dir}.lock`, String(process.ppid));
  expect(holdEmbeddedDatabase({ PGLITE_DIR: dir })).toBe(false);
  expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.ppid));
});
