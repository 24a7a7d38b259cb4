import type { ReactNode } from "react";
import { DashboardShell } from "@/components/dashboard/dashboard-shell";
import { ViewerZone } from "@/components/leads/viewer-zone";
import { TrpcProviders } from "@/components/providers/trpc";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { isDevMailboxEnabled } from "@/server/mail/mail-config";
import { listMyWorkspaces } from "@/server/services/workspaces/my-workspaces";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { user, workspace } = await requireMember();
  const workspaces = await listMyWorkspaces(await getDb(), user.id);
  return (
    <TrpcProviders>
      <DashboardShell user={user} workspace={workspace} workspaces={workspaces} showDevMailbox={isDevMailboxEnabled()}>
        <ViewerZone>{children}</ViewerZone>
      </DashboardShell>
    </TrpcProviders>
  );
}
