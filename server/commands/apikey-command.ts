// npm run apikey -- --workspace <slug> [--name <name>]: prints a new API key for that workspace.
import { z } from "zod";
import { createApiKey } from "../services/api-keys/api-keys";
import { defineCommand } from "./command";

export const apikeyCommand = defineCommand({
  name: "apikey",
  usage: "npm run apikey -- --workspace <slug> [--name <name>]",
  options: { workspace: { type: "string" }, name: { type: "string" } },
  schema: z.object({
    workspace: z.string({ error: "--workspace <slug> is required" }).min(1),
    name: z.string().trim().min(1).max(80).default("Command line"),
  }),
  fromArgv: (values) => ({ workspace: values.workspace, name: values.name }),
  async run({ handle, print }, args) {
    const workspace = await handle.db.workspace.findUnique({ where: { slug: args.workspace } });
    if (!workspace) throw new Error(`No workspace with slug "${args.workspace}"`);
    const created = await createApiKey(handle.db, { workspaceId: workspace.id, name: args.name });
    print(`API key for ${workspace.name} (${workspace.slug}) — shown once, store it now:\n${created.key}`);
  },
});
