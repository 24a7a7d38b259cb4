// npm run create-owner -- --email <email> --workspace <name> [--name <name>] [--password <pw>]:
// a new workspace with a new owner account (the first owner of a production install, or later
// ones). Without --password it asks at the terminal, hidden; the password never reaches a log.
import { z } from "zod";
import { ZFirstOwnerInput } from "../domain/workspaces/first-owner-input";
import { AppError } from "../errors";
import { createOwner } from "../services/setup/first-owner";
import { CommandUsageError, defineCommand } from "./command";
import { askHidden } from "./ask-hidden";

const ZArgs = ZFirstOwnerInput.extend({ password: z.string().optional() });
type TArgs = z.infer<typeof ZArgs>;

export const createOwnerCommand = defineCommand<TArgs>({
  name: "create-owner",
  usage: 'npm run create-owner -- --email you@example.com --workspace "Acme" [--name "Your Name"] [--password <at least 10 characters>]',
  options: { email: { type: "string" }, workspace: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
  schema: ZArgs,
  fromArgv: (values) => ({
    email: values.email,
    workspaceName: values.workspace,
    name: values.name ?? (typeof values.email === "string" ? values.email.split("@")[0] : undefined),
    password: values.password,
  }),
  async complete(args) {
    if (args.password) return args;
    if (!process.stdin.isTTY) throw new CommandUsageError("No terminal to ask for a password: pass --password <at least 10 characters>.");
    const password = await askHidden("Password for the new owner (at least 10 characters): ");
    const again = await askHidden("Once more: ");
    if (password !== again) throw new CommandUsageError("The two passwords differ.");
    return { ...args, password };
  },
  async run({ handle, appUrl, print }, args) {
    if (!args.password) throw new CommandUsageError("--password is required");
    try {
      const owner = await createOwner(handle.db, { ...args, password: args.password });
      print(`Owner ${owner.email} created with workspace "${args.workspaceName}" (${owner.workspaceSlug}). Sign in at ${appUrl}/sign-in`);
    } catch (error) {
      if (error instanceof AppError) {
        const details = error.details.map((d) => `  - ${d.path}: ${d.message}`).join("\n");
        throw new CommandUsageError(details ? `${error.message}\n${details}` : error.message);
      }
      throw error;
    }
  },
});
