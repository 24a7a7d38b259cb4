// The command line on a database that is not there: a checkout whose embedded database lives
// elsewhere (or was never created) gets one message saying where it looked and what to do, and
// no empty database folder; a folder whose database has no tables yet gets the same kind of message.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MissingDatabaseError } from "../../commands/command-database";
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
