// npm run db:migrate: applies committed migrations (safe to repeat, safe from several processes).
import { z } from "zod";
import { applyMigrations } from "../db/migrate";
import { defineCommand } from "./command";

export const dbMigrateCommand = defineCommand({
  name: "db:migrate",
  usage: "npm run db:migrate",
  canCreateDatabase: true,
  options: {},
  schema: z.object({}),
  fromArgv: () => ({}),
  async run({ handle, print }) {
    const applied = await applyMigrations(handle.adapterFactory);
    print(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
  },
});
