// Runs one command of the registry (server/commands) from the command line: parses and checks
// its arguments here (asking for anything missing, e.g. a password), then runs it against the
// configured database — or, when `npm run dev` holds the embedded database, inside the running
// app through its local CLI channel, so the README's commands work while the app runs.
import { parseArgs } from "node:util";
import { loadEnvFiles } from "./load-env";
import { runScript } from "./run-script";

export async function runCommandFromCli(name: string): Promise<void> {
  loadEnvFiles();
  await runScript(async () => {
    const { COMMANDS } = await import("../../commands/index");
    const { CommandUsageError, checkArgs } = await import("../../commands/command");
    const command = COMMANDS.get(name);
    if (!command) throw new Error(`Unknown command "${name}"`);
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: process.argv.slice(2), options: command.options, allowPositionals: command.allowPositionals ?? false });
    } catch (error) {
      throw new CommandUsageError(`${(error as Error).message}\nUsage: ${command.usage}`);
    }
    let args = checkArgs(command, command.fromArgv(parsed.values, parsed.positionals));
    if (command.complete) args = await command.complete(args);

    const { env } = await import("../../env");
    const config = env();
    const { connectConfigured } = await import("../../db/client");
    const { DataDirInUseError } = await import("../../db/data-dir-lock");
    let handle: Awaited<ReturnType<typeof connectConfigured>>;
    try {
      handle = await connectConfigured();
    } catch (error) {
      if (!(error instanceof DataDirInUseError)) throw error;
      const { cliChannelPaths } = await import("../../commands/cli-channel-paths");
      const { isCliChannelOpen, sendThroughCliChannel } = await import("../../commands/cli-channel-client");
      const paths = cliChannelPaths(config.PGLITE_DIR);
      if (!isCliChannelOpen(paths)) throw error;
      console.log("(the running app holds the embedded database: the command runs inside it)");
      await sendThroughCliChannel(paths, { command: command.name, args }, (line) => console.log(line));
      return;
    }
    try {
      await command.run({ handle, appUrl: config.APP_URL, print: (line) => console.log(line) }, args);
    } finally {
      await handle.close();
    }
  });
}
