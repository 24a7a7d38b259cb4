import type { ReactNode } from "react";
import { settingsItemsFor } from "@/components/dashboard/nav-items";
import { SettingsNav } from "@/components/dashboard/settings-nav";
import { requireMember } from "@/server/auth/page-guards";

/**
 * Every page under /settings: the settings navigation (the pages this role may open) beside the
 * page from lg, above it below lg. Each page still checks its own roles on the server; a role with
 * no settings page of its own (a marketer on My calendar) sees the page alone.
 */
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const { workspace } = await requireMember();
  const items = settingsItemsFor(workspace.role).map(({ href, label }) => ({ href, label }));
  if (items.length === 0) return children;
  return (
    <div className="lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:gap-10">
      <SettingsNav items={items} />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
