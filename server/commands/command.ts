// One command of `npm run <name>`, written once and run two ways (server/cli/lib/run-command.ts):
// directly against the configured database, or — while `npm run dev` holds the embedded
// database — inside the running app through its local CLI channel (./cli-channel-server.ts).
import type { ParseArgsConfig } from "node:util";
import type { z } from "zod";
import type { DbHandle } from "../db/client";

export interface TCommandContext {
  handle: DbHandle;
  /** The public URL (links printed by commands). */
  appUrl: string;
  /** One line of output for the person at the terminal. */
  print: (line: string) => void;
}

export class CommandUsageError extends Error {}

export interface TCommand<TArgs = unknown> {
  name: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals?: boolean;
  /** Sets up the database itself (migrations): may run on a new, empty one. Others need it set up. */
  canCreateDatabase?: boolean;
  /** Validates the arguments; it runs at the terminal and again in the app that runs the command. */
  schema: z.ZodType<TArgs>;
  /** From parsed command-line values (and positionals) to the schema's input. */
  fromArgv(values: Record<string, unknown>, positionals: string[]): unknown;
  /** Runs at the terminal only, before the command: e.g. asks for a password. */
  // Method syntax (bivariant): the registry holds commands of different argument types.
  complete?(args: TArgs): Promise<TArgs>;
  run(ctx: TCommandContext, args: TArgs): Promise<void>;
}

export function defineCommand<TArgs>(command: TCommand<TArgs>): TCommand<TArgs> {
  return command;
}

/** Checks arguments against the command's schema; a CommandUsageError names the problems and the usage. */
export function checkArgs<TArgs>(command: TCommand<TArgs>, input: unknown): TArgs {
  const parsed = command.schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "arguments"}: ${i.message}`);
  throw new CommandUsageError(`${problems.join("\n")}\nUsage: ${command.usage}`);
}
