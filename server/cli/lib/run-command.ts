// Runs one command of the registry (server/commands) from the command line: parses and checks
// its arguments here (asking for anything missing, e.g. a password), then runs it against the
// configured database — or, when `npm run dev` holds the embedded database, inside the running
// app through its local CLI channel, so the README's commands work while the app runs. A command
// that needs a set-up database (all but db:migrate and db:seed) stops with one message when there
// is none where it looked (command-database.ts), creating nothing.
import net from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TEnv } from "../../env";
import { loadEnvFiles } from "./load-env";
import { runScript } from "./run-script";

/** How long a command waits for `npm run dev` to open its CLI channel while it holds the database. */
const APP_START_WAIT_MS = 20_000;

/**
 * `npm run dev` takes the embedded database (migrations, seed, then the app) some seconds before
 * its CLI channel is up. Meanwhile a command waits, watching state (the lock's holder, the
 * channel's files), at most `waitMs`; then the channel takes the command, or the folder is free,
 * or the usual "in use" message explains.
 */
async function waitForStartingApp(
  dataDir: string,
  paths: { socket: string; token: string },
  waitMs: number,
  print: (line: string) => void,
  holderOf: (dataDir: string) => number | null,
  isChannelOpen: (paths: { socket: string; token: string }) => Promise<boolean>,
): Promise<void> {
  if (holderOf(dataDir) === null || (await isChannelOpen(paths))) return;
  print(`(another process holds the embedded database — npm run dev starting? — waiting up to ${Math.round(waitMs / 1000)} s for it to take commands)`);
  const deadline = Date.now() + waitMs;
  while (holderOf(dataDir) !== null && !(await isChannelOpen(paths)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The app's CLI channel is open when its files exist AND its socket accepts a connection. An app
 * stopped without cleaning up (seen after Ctrl-C on `npm run dev`: no shutdown line, the lock and
 * channel files left) leaves them behind; a command during the next `npm run dev`'s start, seeing
 * them, went straight to a dead socket ("connect ECONNREFUSED …pglite.cli.sock") instead of waiting
 * for the starting app. A probe connection sends nothing: the app ignores it.
 */
export async function isCliChannelAnswering(paths: { socket: string; token: string }, hasFiles: (paths: { socket: string; token: string }) => boolean): Promise<boolean> {
  if (!hasFiles(paths)) return false;
  return new Promise((resolve) => {
    const probe = net.createConnection(paths.socket);
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

export async function runCommandFromCli(name: string): Promise<void> {
  loadEnvFiles();
  await runScript(async () => {
    const { env } = await import("../../env");
    await runCommandLine(name, process.argv.slice(2), env(), (line) => console.log(line));
  });
}

/** The command line's work, throwing instead of exiting (runScript prints and exits). */
export async function runCommandLine(
  name: string,
  argv: string[],
  config: Pick<TEnv, "DATABASE_URL" | "PGLITE_DIR" | "DB_POOL_SIZE" | "APP_URL">,
  print: (line: string) => void,
  options: { waitForAppMs?: number } = {},
): Promise<void> {
  const { COMMANDS } = await import("../../commands/index");
  const { CommandUsageError, checkArgs } = await import("../../commands/command");
  const command = COMMANDS.get(name);
  if (!command) throw new Error(`Unknown command "${name}"`);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: command.options, allowPositionals: command.allowPositionals ?? false });
  } catch (error) {
    throw new CommandUsageError(`${(error as Error).message}\nUsage: ${command.usage}`);
  }
  let args = checkArgs(command, command.fromArgv(parsed.values, parsed.positionals));
  if (command.complete) args = await command.complete(args);

  const { connectPglite, connectPostgres } = await import("../../db/client");
  const { DataDirInUseError } = await import("../../db/data-dir-lock");
  const { checkPgliteDirExists, checkSchemaApplied } = await import("../../commands/command-database");
  const { cliChannelPaths } = await import("../../commands/cli-channel-paths");
  const { isCliChannelOpen, sendThroughCliChannel } = await import("../../commands/cli-channel-client");
  const { dataDirLockHolder } = await import("../../db/data-dir-lock");
  const dataDir = path.resolve(config.PGLITE_DIR);
  const paths = cliChannelPaths(config.PGLITE_DIR);
  const isChannelOpen = (channel: typeof paths) => isCliChannelAnswering(channel, isCliChannelOpen);
  if (!config.DATABASE_URL) await waitForStartingApp(dataDir, paths, options.waitForAppMs ?? APP_START_WAIT_MS, print, dataDirLockHolder, isChannelOpen);
  // A running app's channel answers for its database; otherwise the folder must hold one.
  if (!config.DATABASE_URL && !command.canCreateDatabase && !(await isChannelOpen(paths))) checkPgliteDirExists(dataDir);
  let handle: Awaited<ReturnType<typeof connectPglite>>;
  try {
    handle = config.DATABASE_URL ? await connectPostgres(config.DATABASE_URL, config.DB_POOL_SIZE) : await connectPglite(dataDir);
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    if (!(await isChannelOpen(paths))) throw error;
    print("(the running app holds the embedded database: the command runs inside it)");
    await sendThroughCliChannel(paths, { command: command.name, args }, print);
    return;
  }
  try {
    // An unreachable or missing PostgreSQL database: one line saying which (connect-errors.ts).
    if (config.DATABASE_URL) await (await import("../../db/schema-engine")).probeServer(handle.adapterFactory);
    if (!command.canCreateDatabase) await checkSchemaApplied(handle, config.DATABASE_URL ? "DATABASE_URL" : dataDir);
    await command.run({ handle, appUrl: config.APP_URL, print }, args);
  } finally {
    await handle.close();
  }
}
