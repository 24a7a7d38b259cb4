// npm run db:seed: (re)creates the demo workspace on purpose; other workspaces are left alone.
import { z } from "zod";
import { demoCredentialsText, seedDemo } from "../../prisma/seed/seed-demo";
import { applyMigrations } from "../db/migrate";
import { devEmbedDemoOrigins, env } from "../env";
import { defineCommand } from "./command";

export const dbSeedCommand = defineCommand({
  name: "db:seed",
  usage: "npm run db:seed",
  options: {},
  schema: z.object({}),
  fromArgv: () => ({}),
  async run({ handle, appUrl, print }) {
    await applyMigrations(handle.adapterFactory);
    await seedDemo(handle.db, new Date(), { embedOrigins: devEmbedDemoOrigins(env()) });
    print(demoCredentialsText(appUrl));
  },
});
