import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { ROLE_LABELS } from "@/server/domain/auth/roles";

export const dynamic = "force-dynamic";
export const metadata = { title: "Overview" };

export default async function DashboardPage() {
  const { user, workspace } = await requireMember();
  // Reps land in their inbox (sign-in and "/" lead here).
  if (workspace.role === "REP") redirect("/inbox");
  const db = await getDb();
  const [members, activeReps, teams] = await Promise.all([
    db.membership.count({ where: { workspaceId: workspace.id } }),
    db.repProfile.count({ where: { workspaceId: workspace.id, isActive: true } }),
    db.team.count({ where: { workspaceId: workspace.id, isActive: true } }),
  ]);
  const stats = [
    { label: "Members", value: members, href: "/settings/members" },
    { label: "Active reps", value: activeReps, href: "/reps" },
    { label: "Teams (routing pools)", value: teams, href: "/teams" },
  ];
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name ?? user.email}`}
        description={`${workspace.name} · you are ${ROLE_LABELS[workspace.role]}`}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        {stats.map((s) => (
          <Link key={s.label} href={s.href}>
            <Card className="hover:border-brand-500">
              <p className="text-sm text-slate-500">{s.label}</p>
              <p className="mt-1 text-3xl font-semibold">{s.value}</p>
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
