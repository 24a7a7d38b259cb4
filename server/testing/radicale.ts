// A real CalDAV server for integration tests: Debian's `radicale` (CI installs it, .ci/run),
// started as a plain process on a free loopback port, with a temporary storage folder and an
// htpasswd file (plain passwords), so wrong credentials are refused as a real server would.
// Without radicale on PATH the suites using it are skipped with a message — except under CI,
// where a missing radicale is an error.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export interface TRadicale {
  /** The server's root URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  username: string;
  password: string;
  stop(): Promise<void>;
}

/** Whether a radicale binary is on PATH. */
export function hasRadicale(): boolean {
  return spawnSync("radicale", ["--version"], { stdio: "ignore" }).status === 0;
}

/** Why the CalDAV suites cannot run here, or null when they can (throws under CI). */
export function radicaleMissingReason(): string | null {
  if (hasRadicale()) return null;
  const message = "radicale is not installed: the CalDAV integration tests need a real CalDAV server (apt-get install -y radicale; .ci/run installs it)";
  // eslint-disable-next-line no-restricted-properties -- CI must run these tests, never skip them
  if (process.env.CI) throw new Error(message);
  return message;
}


async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`radicale exited (${child.exitCode}):\n${output()}`);
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.end(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`radicale did not listen on ${port} within 20 s:\n${output()}`);
}

export async function startRadicale(users: Record<string, string> = { rep: "app-password-1" }): Promise<TRadicale> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-radicale-"));
  const port = await freePort();
  const htpasswd = path.join(dir, "users");
  fs.writeFileSync(htpasswd, Object.entries(users).map(([user, password]) => `${user}:${password}`).join("\n") + "\n");
  const config = path.join(dir, "config");
  fs.writeFileSync(
    config,
    [
      "[server]",
      `hosts = 127.0.0.1:${port}`,
      "[auth]",
      "type = htpasswd",
      `htpasswd_filename = ${htpasswd}`,
      "htpasswd_encryption = plain",
      "delay = 0",
      "[storage]",
      `filesystem_folder = ${path.join(dir, "collections")}`,
      "[rights]",
      "type = owner_only",
      "[logging]",
      "level = warning",
      "",
    ].join("\n"),
  );
  let log = "";
  const child = spawn("radicale", ["--config", config], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    await waitForPort(port, child, () => log);
  } catch (error) {
    child.kill();
    throw error;
  }
  const [username, password] = Object.entries(users)[0]!;
  return {
    url: `http://127.0.0.1:${port}/`,
    username,
    password,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
