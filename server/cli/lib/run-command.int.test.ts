// The command line on a database that is not there: a checkout whose embedded database lives
// elsewhere (or was never created) gets one message saying where it looked and what to do, and
// no empty database folder; a folder whose database has no tables yet gets the same kind of message.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliChannelPaths } from "../../commands/cli-channel-paths";
import { MissingDatabaseError } from "../../commands/command-database";
import { DataDirInUseError } from "../../db/data-dir-lock";
import { connectPglite } from "../../db/client";
import { runCommandLine } from "./run-command";

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sb-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const config = (pgliteDir: string) => ({ DATABASE_URL: undefined, PGLITE_DIR: pgliteDir, DB_POOL_SIZE: 1, APP_URL: "http://localhost:3000" });

describe("a command that needs the database, where there is none", () => {
  it("npm run apikey with no database folder: one message naming the folder and what to do, and nothing created", async () => {
    const dir = path.join(tmp, "checkout", ".data", "pglite");
    const run = runCommandLine("apikey", ["--workspace", "demo"], config(dir), () => {});
    await expect(run).rejects.toBeInstanceOf(MissingDatabaseError);
    await expect(run).rejects.toThrow(`No Switchboard database at ${dir}. Start \`npm run dev\` once to create and seed it, or set DATABASE_URL / PGLITE_DIR to the database you mean.`);
    expect(fs.existsSync(path.join(tmp, "checkout"))).toBe(false);
  });

  it("an empty folder (no database in it) is no database either, and stays empty", async () => {
    const dir = path.join(tmp, "empty");
    fs.mkdirSync(dir);
    await expect(runCommandLine("create-owner", ["--email", "o@example.com", "--workspace", "Acme", "--password", "correct horse battery"], config(dir), () => {})).rejects.toThrow(/^No Switchboard database at .*empty\. Start `npm run dev`/);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("a database without its tables (no migrations applied): the same kind of message", async () => {
    const dir = path.join(tmp, "unmigrated");
    await (await connectPglite(dir)).close();
    await expect(runCommandLine("apikey", ["--workspace", "demo"], config(dir), () => {})).rejects.toThrow(`The Switchboard database at ${dir} has no tables yet. Start \`npm run dev\``);
  }, 240_000);
});

// L2: a command run while `npm run dev` is still starting (it holds the database; its CLI channel
// is not up yet) used to be refused at once with "in use by another process". It waits for the
// channel, watching state, and runs inside the app once the channel is up.
describe("a command while the app that holds the embedded database is starting", () => {
  let holder: ChildProcess | undefined;
  let channel: net.Server | undefined;
  afterAll(() => {
    holder?.kill("SIGKILL");
    channel?.close();
  });

  /** A live process standing in for the starting app: the lock file names it. */
  async function holdLock(dir: string): Promise<void> {
    await (await connectPglite(dir)).close();
    spawnHolder(dir);
  }

  /** A new live holder of an existing database's lock (the one before, if any, stopped). */
  function spawnHolder(dir: string): void {
    holder?.kill("SIGKILL");
    holder = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    fs.writeFileSync(`${dir}.lock`, String(holder.pid));
  }

  /** The app's CLI channel coming up: a socket that runs any command and answers one line. */
  function openFakeChannel(dir: string): Promise<void> {
    const paths = cliChannelPaths(dir);
    fs.writeFileSync(paths.token, "t".repeat(64), { mode: 0o600 });
    channel = net.createServer((socket) => {
      socket.once("data", () => socket.end(`${JSON.stringify({ type: "line", text: "ran inside the app" })}\n${JSON.stringify({ type: "done" })}\n`));
    });
    return new Promise((resolve) => channel!.listen(paths.socket, resolve));
  }

  /** The earlier test's starting app gone: its holder stopped, its channel closed. */
  function stopStartingApp(): void {
    holder?.kill("SIGKILL");
    channel?.close();
    channel = undefined;
  }

  /** `npm run apikey` against the held database, once it says it is waiting for the app (up to 60 s): its run and the lines it printed. */
  async function commandWaitingForApp(dir: string): Promise<{ run: Promise<void>; lines: string[] }> {
    const lines: string[] = [];
    let waiting!: () => void;
    const isWaiting = new Promise<void>((resolve) => (waiting = resolve));
    const run = runCommandLine("apikey", ["--workspace", "demo"], config(dir), (line) => {
      lines.push(line);
      if (line.includes("waiting up to")) waiting();
    }, { waitForAppMs: 60_000 });
    await Promise.race([isWaiting, run]);
    expect(lines.some((line) => line.includes("waiting up to 60 s"))).toBe(true);
    return { run, lines };
  }

  it("waits for the CLI channel and runs the command inside the app, instead of refusing it", async () => {
    const dir = path.join(tmp, "starting");
    await holdLock(dir);
    const { run, lines } = await commandWaitingForApp(dir);
    await openFakeChannel(dir);
    await run;
    expect(lines).toContain("ran inside the app");
  }, 240_000);

  it("channel files left by an app stopped without cleaning up (seen after Ctrl-C on npm run dev): the command waits for the starting app's channel instead of failing on the dead socket", async () => {
    stopStartingApp(); // (holdLock spawns another)
    const dir = path.join(tmp, "stale");
    await holdLock(dir);
    const paths = cliChannelPaths(dir);
    fs.writeFileSync(paths.token, "s".repeat(64), { mode: 0o600 });
    fs.writeFileSync(paths.socket, ""); // nobody listens here: connect ECONNREFUSED
    const { run, lines } = await commandWaitingForApp(dir);
    // The app's channel comes up: it removes what it finds (as cli-channel-server.ts does) and listens.
    for (const file of Object.values(paths)) fs.rmSync(file, { force: true });
    await openFakeChannel(dir);
    await run;
    expect(lines).toContain("ran inside the app");
  }, 600_000);

  it("an app that never opens its channel: after the wait, the in-use message says to try again in a moment", async () => {
    const dir = path.join(tmp, "starting");
    stopStartingApp();
    spawnHolder(dir); // the starting app again, its channel never opened
    for (const file of Object.values(cliChannelPaths(dir))) fs.rmSync(file, { force: true });
    const run = runCommandLine("apikey", ["--workspace", "demo"], config(dir), () => {}, { waitForAppMs: 200 });
    await expect(run).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(run).rejects.toThrow("If it is `npm run dev` still starting, try again in a moment");
  }, 240_000);
});
