// npm run apikey -- --workspace <slug> [--name <name>] [--scopes leads:read,routing:read]
// [--expires-in-days <n>]: prints a new API key for that workspace (every scope unless narrowed,
// no expiry unless given).
import { z } from "zod";
import { API_KEY_SCOPES, MAX_EXPIRY_DAYS, ZApiKeyScopes } from "../domain/api-keys/scopes";
import { ALL_API_KEY_SCOPES, createApiKey } from "../services/api-keys/api-keys";
import { CommandUsageError, defineCommand } from "./command";

export const apikeyCommand = defineCommand({
  name: "apikey",
  usage: `npm run apikey -- --workspace <slug> [--name <name>] [--scopes <comma-separated: ${API_KEY_SCOPES.join(",")}>] [--expires-in-days <1–${MAX_EXPIRY_DAYS}>]`,
  options: { workspace: { type: "string" }, name: { type: "string" }, scopes: { type: "string" }, "expires-in-days": { type: "string" } },
  schema: z.object({
    workspace: z.string({ error: "--workspace <slug> is required" }).min(1),
    name: z.string().trim().min(1).max(80).default("Command line"),
    scopes: ZApiKeyScopes.optional(),
    expiresInDays: z.coerce.number().int().min(1).max(MAX_EXPIRY_DAYS).optional(),
  }),
  fromArgv: (values) => ({
    workspace: values.workspace,
    name: values.name,
    scopes: typeof values.scopes === "string" ? values.scopes.split(",").map((s) => s.trim()).filter(Boolean) : undefined,
    expiresInDays: values["expires-in-days"],
  }),
  async run({ handle, print }, args) {
    const workspace = await handle.db.workspace.findUnique({ where: { slug: args.workspace } });
    if (!workspace) {
      const slugs = (await handle.db.workspace.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, take: 50 })).map((w) => w.slug);
      throw new CommandUsageError(`No workspace with slug "${args.workspace}". ${slugs.length ? `Workspaces: ${slugs.join(", ")}.` : "There are no workspaces yet: run `npm run dev` (seeds the demo) or `npm run create-owner`."}`);
    }
    const created = await createApiKey(handle.db, { workspaceId: workspace.id, name: args.name, scopes: args.scopes ?? ALL_API_KEY_SCOPES, expiresInDays: args.expiresInDays ?? null });
    const expiry = created.expiresAt ? `expires ${created.expiresAt.toISOString()}` : "no expiry";
    print(`API key for ${workspace.name} (${workspace.slug}) — scopes ${created.scopes.join(", ")}; ${expiry} — shown once, store it now:\n${created.key}`);
  },
});
