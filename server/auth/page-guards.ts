// Guards for server-rendered pages: the same checks as the tRPC procedures.
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db/client";
import type { TRole } from "../domain/auth/roles";
import { resolveWorkspace, type TWorkspaceContext } from "../services/workspaces/resolve-workspace";
import { getSessionUser, type TSessionUser } from "./session";

export interface TPageContext {
  user: TSessionUser;
  workspace: TWorkspaceContext;
}

/**
 * The session's user and workspace, read once per request (React's `cache`): the layout, the page
 * and its generateMetadata each ask, and share one session check and one workspace read.
 */
const memberOfRequest = cache(async (): Promise<{ user: TSessionUser | null; workspace: TWorkspaceContext | null }> => {
  const user = await getSessionUser();
  return { user, workspace: user ? await resolveWorkspace(await getDb(), user.id) : null };
});

/** Signed-in member of a workspace, or a redirect to sign in. */
export async function requireMember(): Promise<TPageContext> {
  const { user, workspace } = await memberOfRequest();
  if (!user) redirect("/sign-in");
  if (!workspace) redirect("/sign-in?error=NoWorkspace");
  return { user, workspace };
}

/** As requireMember, and the caller's role must be one of `allowed` (403 otherwise). */
export async function requireRole(allowed: readonly TRole[]): Promise<TPageContext> {
  const context = await requireMember();
  if (!allowed.includes(context.workspace.role)) forbidden();
  return context;
}
