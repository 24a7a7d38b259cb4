// Runs a script body, printing a clean message (no stack) for configuration, lock, usage,
// CLI-channel, missing-database and unreachable-database errors.
export async function runScript(body: () => Promise<void>): Promise<void> {
  try {
    await body();
    process.exit(0);
  } catch (error) {
    const name = (error as Error)?.constructor?.name;
    if (["ConfigError", "DataDirInUseError", "CommandUsageError", "CliChannelError", "MissingDatabaseError", "DatabaseUnavailableError"].includes(name)) console.error(`\n${(error as Error).message}\n`);
    else console.error(error);
    process.exit(1);
  }
}
