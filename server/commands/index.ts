// Every command the CLI can run directly or through the running app's CLI channel.
import { apikeyCommand } from "./apikey-command";
import type { TCommand } from "./command";
import { createOwnerCommand } from "./create-owner-command";
import { dbMigrateCommand } from "./db-migrate-command";
import { dbSeedCommand } from "./db-seed-command";

const ALL: TCommand<unknown>[] = [apikeyCommand, dbMigrateCommand, dbSeedCommand, createOwnerCommand];

export const COMMANDS: ReadonlyMap<string, TCommand<unknown>> = new Map(ALL.map((c) => [c.name, c]));
