import { redirect } from "next/navigation";
import { navItemsFor, settingsHomeFor } from "@/components/dashboard/nav-items";
import { requireMember } from "@/server/auth/page-guards";

export const dynamic = "force-dynamic";

/**
 * `/settings` (as people type it, and as the README's "Settings → API keys" reads): the first of
 * the workspace settings this role may open, e.g. Meeting types for a manager, My calendar for a rep;
 * a role without any (a marketer) gets the first of its team links, Reps.
 */
export default async function SettingsIndexPage() {
  const { workspace } = await requireMember();
  redirect(settingsHomeFor(workspace.role) ?? navItemsFor(workspace.role, "settings")[0]?.href ?? "/dashboard");
}
