// Guards for server-rendered pages: the same checks as the tRPC procedures.
import { forbidden, redirect } from "next/navigation";
import { getDb } from "../db/client";
import type { TRole } from "../domain/auth/roles";
import { resolveWorkspace, type TWorkspaceContext } from "../services/workspaces/resolve-workspace";
import { getSessionUser, type TSessionUser } from "./session";

export interface TPageContext {
  user: TSessionUser;
  workspace: TWorkspaceContext;
}

/** Signed-in member of a workspace, or a redirect to sign in. */
export async function requireMember(): Promise<TPageContext> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  const workspace = await resolveWorkspace(await getDb(), user.id);
  if (!workspace) redirect("/sign-in?error=NoWorkspace");
  return { user, workspace };
}

/** As requireMember, and the caller's role must be one of `allowed` (403 otherwise). */
export async function requireRole(allowed: readonly TRole[]): Promise<TPageContext> {
  const context = await requireMember();
  if (!allowed.includes(context.workspace.role)) forbidden();
  return context;
}
