import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
import { signOutAction } from "@/server/auth/actions";
import { ROLE_LABELS, type TRole } from "@/server/domain/auth/roles";
import { HeaderMenu } from "./header-menu";
import { MainNav } from "./main-nav";
import { navLinksFor } from "./nav-items";
import { WorkspaceSwitcher } from "./workspace-switcher";

interface TShellProps {
  user: { name: string | null; email: string };
  workspace: { id: string; name: string; role: TRole };
  workspaces: { id: string; name: string }[];
  showDevMailbox: boolean;
  children: ReactNode;
}

export function DashboardShell({ user, workspace, workspaces, showDevMailbox, children }: TShellProps) {
  return (
    <div className="min-h-screen">
      {/* The first stop on every page: past the header and the navigation, to the page itself. */}
      <a href="#content" className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:absolute focus:left-4 focus:top-3 focus:z-50 focus:ring-2 focus:ring-brand-500">
        Skip to content
      </a>
      {/* From lg (1024 px): the bar, then the navigation in one row (MainNav). Below lg: one row —
          the brand, the workspace and a Menu button that shows the navigation and the account as a
          list (HeaderMenu; the same elements, laid out in the bar from lg). */}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 lg:pt-3 lg:pb-0">
          <IntentLink href="/dashboard" className="text-lg font-bold text-brand-700">Switchboard</IntentLink>
          <div className="min-w-0 flex-1 lg:flex-none">
            <WorkspaceSwitcher current={workspace.id} workspaces={workspaces} />
          </div>
          <HeaderMenu>
            {/* The account first, in the bar's row from lg and at the top of the menu below it. In the
                menu: who you are and Sign out on one row (a long name is cut short, never Sign out
                pushed under it), the dev mailbox on its own row under them. */}
            <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 py-2 text-sm max-lg:-mx-2 max-lg:gap-y-1 lg:ml-auto lg:border-0 lg:py-0">
              {showDevMailbox && (
                <IntentLink href="/dev/mailbox" className="rounded-md px-2 py-1 text-amber-700 hover:bg-amber-50 max-lg:order-last max-lg:w-full max-lg:py-2">Dev mailbox</IntentLink>
              )}
              <span className="text-slate-600 max-lg:min-w-0 max-lg:flex-1 max-lg:basis-0 max-lg:truncate max-lg:px-2" data-testid="current-user">
                {user.name ?? user.email} · {ROLE_LABELS[workspace.role]}
              </span>
              <form action={signOutAction} className="max-lg:ml-auto max-lg:shrink-0">
                <button type="submit" className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">Sign out</button>
              </form>
            </div>
            <MainNav work={navLinksFor(workspace.role, "work")} settings={navLinksFor(workspace.role, "settings")} />
          </HeaderMenu>
        </div>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none">{children}</main>
    </div>
  );
}
