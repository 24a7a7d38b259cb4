// npm run apikey -- --workspace <slug> [--name <name>] — prints a new API key for that workspace.
import { parseArgs } from "node:util";
import { loadEnvFiles } from "./lib/load-env";
import { runScript } from "./lib/run-script";

loadEnvFiles();
await runScript(async () => {
  const { values } = parseArgs({ options: { workspace: { type: "string" }, name: { type: "string", default: "Command line" } } });
  if (!values.workspace) throw new Error("Usage: npm run apikey -- --workspace <slug> [--name <name>]");
  const { connectConfigured } = await import("../db/client");
  const { createApiKey } = await import("../services/api-keys/api-keys");
  const handle = await connectConfigured();
  try {
    const workspace = await handle.db.workspace.findUnique({ where: { slug: values.workspace } });
    if (!workspace) throw new Error(`No workspace with slug "${values.workspace}"`);
    const created = await createApiKey(handle.db, { workspaceId: workspace.id, name: values.name ?? "Command line" });
    console.log(`API key for ${workspace.name} (${workspace.slug}) — shown once, store it now:\n${created.key}`);
  } finally {
    await handle.close();
  }
});
