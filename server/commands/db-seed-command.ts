// npm run db:seed: (re)creates the demo workspace on purpose; other workspaces are left alone.
// With ~90 days of analytics history unless SEED_HISTORY=false or --no-history.
// `npm run db:seed -- --history` adds (or replaces) only the history of the existing demo
// workspace, keeping everything else (it seeds the workspace first when there is none).
import { z } from "zod";
import { demoCredentialsText, seedDemo } from "../../prisma/seed/seed-demo";
import { seedDemoHistory } from "../../prisma/seed/history/seed-history";
import { applyMigrations } from "../db/migrate";
import { devEmbedDemoOrigins, env } from "../env";
import { now } from "../time/clock";
import { defineCommand } from "./command";

export const dbSeedCommand = defineCommand({
  name: "db:seed",
  usage: "npm run db:seed [-- --history | --no-history]",
  canCreateDatabase: true,
  options: { history: { type: "boolean" }, "no-history": { type: "boolean" } },
  schema: z.object({ history: z.enum(["only", "with", "without"]) }),
  fromArgv: (values) => ({ history: values.history ? "only" : values["no-history"] ? "without" : "with" }),
  async run({ handle, appUrl, print }, args) {
    await applyMigrations(handle.adapterFactory);
    const hasDemo = (await handle.db.workspace.count({ where: { slug: "demo" } })) > 0;
    if (args.history !== "only" || !hasDemo) {
      await seedDemo(handle.db, now(), { embedOrigins: devEmbedDemoOrigins(env()) });
    }
    const withHistory = args.history === "only" || (args.history === "with" && env().SEED_HISTORY);
    if (withHistory) {
      const history = await seedDemoHistory(handle.db, now());
      print(`Demo history: ${history.leads} leads and ${history.visits} form visits over 90 days (closed; live load, caps and rotation untouched).`);
    }
    if (args.history !== "only" || !hasDemo) print(demoCredentialsText(appUrl));
  },
});
