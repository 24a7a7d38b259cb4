import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/server/auth/actions";
import { ROLE_LABELS, type TRole } from "@/server/domain/auth/roles";
import { navItemsFor } from "./nav-items";
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
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/dashboard" className="text-lg font-bold text-brand-700">Switchboard</Link>
          <WorkspaceSwitcher current={workspace.id} workspaces={workspaces} />
          <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
            {navItemsFor(workspace.role).map((item) => (
              <Link key={item.href} href={item.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
                {item.label}
              </Link>
            ))}
            {showDevMailbox && (
              <Link href="/dev/mailbox" className="rounded-md px-3 py-1.5 text-sm text-amber-700 hover:bg-amber-50">Dev mailbox</Link>
            )}
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-600" data-testid="current-user">
              {user.name ?? user.email} · {ROLE_LABELS[workspace.role]}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100">Sign out</button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
