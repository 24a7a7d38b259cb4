// The first owner of a workspace, as typed at /setup or given to `npm run create-owner`.
import { z } from "zod";

/** Same rule as accepting an invite with a new account. */
const MIN_PASSWORD_LENGTH = 10;

export const ZFirstOwnerInput = z.object({
  email: z.email("Enter an email address").trim().toLowerCase().max(254),
  name: z.string().trim().min(1, "Enter your name").max(120),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  workspaceName: z.string().trim().min(1, "Name the workspace").max(80),
});

export type TFirstOwnerInput = z.infer<typeof ZFirstOwnerInput>;
