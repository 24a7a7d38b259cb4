import { redirect } from "next/navigation";
import { navItemsFor } from "@/components/dashboard/nav-items";
import { requireMember } from "@/server/auth/page-guards";

export const dynamic = "force-dynamic";

/**
 * `/settings` (as people type it, and as the README's "Settings → API keys" reads): the first of
 * the workspace settings this role may open, e.g. Meeting types for a manager, My calendar for a rep.
 */
export default async function SettingsIndexPage() {
  const { workspace } = await requireMember();
  const items = navItemsFor(workspace.role, "settings");
  const first = items.find((item) => item.href.startsWith("/settings/")) ?? items[0];
  redirect(first?.href ?? "/dashboard");
}
