// The development app's local CLI channel. PGlite serves one process, so while `npm run dev`
// holds .data/pglite a CLI (npm run apikey, db:seed, db:migrate, create-owner) cannot open it;
// instead it sends its command here and the app runs it with its own database handle.
//
// Local only and token-protected: a Unix socket (mode 0600) next to the data folder, and a random
// token in a file only the owner can read; a request without that token is refused. Never opened
// in production, and never for a PostgreSQL server (DATABASE_URL): there the CLI connects itself.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import type { DbHandle } from "../db/client";
import type { TEnv } from "../env";
import { checkArgs, type TCommand } from "./command";
import { cliChannelPaths, type TCliChannelPaths, type TCliChannelReply, type TCliChannelRequest } from "./cli-channel-paths";
import { COMMANDS } from "./index";

const MAX_REQUEST_BYTES = 64 * 1024;

export interface TCliChannel {
  paths: TCliChannelPaths;
  close(): Promise<void>;
}

export interface TOpenCliChannelOptions {
  config: Pick<TEnv, "NODE_ENV" | "DATABASE_URL" | "PGLITE_DIR" | "APP_URL">;
  getHandle: () => Promise<DbHandle>;
  commands?: ReadonlyMap<string, TCommand<unknown>>;
}

export function shouldOpenCliChannel(config: Pick<TEnv, "NODE_ENV" | "DATABASE_URL">): boolean {
  return config.NODE_ENV !== "production" && !config.DATABASE_URL;
}

function sameToken(expected: string, given: unknown): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function removeFiles(paths: TCliChannelPaths): void {
  for (const file of [paths.socket, paths.token]) fs.rmSync(file, { force: true });
}

/** Opens the channel (development + embedded database only); null when it must not exist. */
export async function openCliChannel(options: TOpenCliChannelOptions): Promise<TCliChannel | null> {
  if (!shouldOpenCliChannel(options.config)) return null;
  const commands = options.commands ?? COMMANDS;
  const paths = cliChannelPaths(options.config.PGLITE_DIR);
  const token = crypto.randomBytes(32).toString("hex");
  // Whoever holds the data folder's lock owns these files: any left over are stale.
  removeFiles(paths);
  fs.writeFileSync(paths.token, token, { mode: 0o600, flag: "wx" });
  let queue: Promise<void> = Promise.resolve(); // one command at a time: PGlite is one connection

  const server = net.createServer((socket) => {
    let buffered = "";
    const reply = (message: TCliChannelReply) => socket.write(`${JSON.stringify(message)}\n`);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      if (buffered.length > MAX_REQUEST_BYTES) return void socket.destroy();
      const newline = buffered.indexOf("\n");
      if (newline < 0) return;
      socket.off("data", onData);
      let request: Partial<TCliChannelRequest>;
      try {
        request = JSON.parse(buffered.slice(0, newline)) as Partial<TCliChannelRequest>;
      } catch {
        request = {};
      }
      if (!sameToken(token, request.token)) {
        console.warn("[cli] refused a command on the CLI channel: wrong or missing token");
        reply({ type: "refused", message: "The app refused the command: wrong or missing CLI channel token." });
        return void socket.end();
      }
      const command = typeof request.command === "string" ? commands.get(request.command) : undefined;
      if (!command) {
        reply({ type: "error", message: `Unknown command "${String(request.command)}"` });
        return void socket.end();
      }
      queue = queue.then(async () => {
        try {
          const args = checkArgs(command, request.args);
          const handle = await options.getHandle();
          await command.run({ handle, appUrl: options.config.APP_URL, print: (text) => reply({ type: "line", text }) }, args);
          reply({ type: "done" });
        } catch (error) {
          reply({ type: "error", message: error instanceof Error ? error.message : String(error) });
        } finally {
          socket.end();
        }
      });
    };
    socket.on("data", onData);
    socket.on("error", () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(paths.socket, () => resolve());
  });
  fs.chmodSync(paths.socket, 0o600);
  const onExit = () => removeFiles(paths);
  process.once("exit", onExit);
  console.log(`[cli] CLI commands (npm run apikey, db:seed, db:migrate, create-owner) run inside this app while it holds the embedded database`);
  return {
    paths,
    close: async () => {
      process.off("exit", onExit);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      removeFiles(paths);
    },
  };
}
