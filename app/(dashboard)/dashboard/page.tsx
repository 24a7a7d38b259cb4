import { IntentLink } from "@/components/ui/intent-link";
import { redirect } from "next/navigation";
import { countLabel, formatCount } from "@/components/dashboard/count-label";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireMember } from "@/server/auth/page-guards";
import { getDb } from "@/server/db/client";
import { formatDuration } from "@/server/domain/analytics/percentiles";
import { ROLE_LABELS } from "@/server/domain/auth/roles";
import { loadWorkspaceOverview } from "@/server/services/workspaces/workspace-overview";
import { now } from "@/server/time/clock";

export const dynamic = "force-dynamic";
export const metadata = { title: "Overview" };

function Stat({ label, value, href, tone = "plain", hint }: { label: string; value: string | number; href?: string; tone?: "plain" | "alert"; hint?: string }) {
  const body = (
    <Card className={href ? "h-full hover:border-brand-500" : "h-full"}>
      <p className="text-sm text-slate-500">{label}</p>
      <p className={`mt-1 text-3xl font-semibold ${tone === "alert" ? "text-red-700" : ""}`}>{typeof value === "number" ? formatCount(value) : value}</p>
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
    </Card>
  );
  return href ? (
    <IntentLink href={href} className="block">
      {body}
    </IntentLink>
  ) : (
    body
  );
}

export default async function DashboardPage() {
  const { user, workspace } = await requireMember();
  // Reps land in their inbox (sign-in and "/" lead here).
  if (workspace.role === "REP") redirect("/inbox");
  const db = await getDb();
  const [overview, members, teams] = await Promise.all([
    loadWorkspaceOverview(db, workspace.id, now()),
    db.membership.count({ where: { workspaceId: workspace.id } }),
    db.team.count({ where: { workspaceId: workspace.id, isActive: true } }),
  ]);
  const day = overview.last24h;
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name ?? user.email}`}
        description={`${workspace.name} · you are ${ROLE_LABELS[workspace.role]}`}
      />
      <section aria-labelledby="now-heading" className="space-y-3">
        <h2 id="now-heading" className="text-lg font-semibold">
          Right now
        </h2>
        <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
          <Stat label="Waiting for first contact" value={overview.waiting} hint="Assigned or accepted, not contacted yet" />
          <Stat
            label="Past the SLA"
            value={overview.pastSla}
            tone={overview.pastSla > 0 ? "alert" : "plain"}
            hint={`No first contact within ${overview.slaMinutes} minutes of assignment`}
          />
          <Stat label="In the fallback queue" value={overview.inFallback} href="/leads?status=FALLBACK" tone={overview.inFallback > 0 ? "alert" : "plain"} />
          <Stat
            label="Unassigned"
            value={overview.unassigned}
            href="/leads?status=NEW"
            tone={overview.unassigned > 0 ? "alert" : "plain"}
            hint="No owner: waiting for a manager to assign them"
          />
        </div>
      </section>
      <section aria-labelledby="day-heading" className="mt-8 space-y-3">
        <h2 id="day-heading" className="text-lg font-semibold">
          Last 24 hours
        </h2>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 sm:gap-4">
          <Stat label="Submitted" value={day.submitted} href="/leads" />
          <Stat label="Routed to a rep" value={day.routed} />
          <Stat label="To nurture" value={day.nurture} href="/sequences" />
          <Stat label="Median time to accept" value={formatDuration(day.acceptMedianSeconds)} href="/analytics" hint="Submit → accepted; more in Analytics" />
        </div>
      </section>
      <section className="mt-8">
        <Card title="Open work by rep" actions={<IntentLink href="/reps" className="text-sm text-brand-700 hover:underline">Reps</IntentLink>}>
          {overview.reps.length === 0 ? (
            <p className="text-sm text-slate-500">No reps yet. Add reps so routing has someone to send leads to.</p>
          ) : (
            <table className="w-full text-sm">
              <caption className="sr-only">Open leads per rep</caption>
              <thead>
                <tr className="text-left text-xs uppercase text-slate-500">
                  <th scope="col" className="py-2">Rep</th>
                  <th scope="col" className="py-2 text-right">Waiting</th>
                  <th scope="col" className="py-2 text-right">Past the SLA</th>
                  <th scope="col" className="py-2 text-right">Being worked</th>
                </tr>
              </thead>
              <tbody>
                {overview.reps.map((rep) => (
                  <tr key={rep.repId} className="border-t border-slate-100">
                    <th scope="row" className="py-2 text-left font-normal">
                      <IntentLink href={`/reps/${rep.repId}`} className="hover:underline">
                        {rep.name}
                      </IntentLink>
                    </th>
                    <td className="py-2 text-right tabular-nums">{formatCount(rep.waiting)}</td>
                    <td className={`py-2 text-right tabular-nums ${rep.pastSla > 0 ? "font-semibold text-red-700" : ""}`}>{formatCount(rep.pastSla)}</td>
                    <td className="py-2 text-right tabular-nums">{formatCount(rep.working)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </section>
      <p className="mt-6 text-sm text-slate-500">
        {workspace.role === "OWNER" || workspace.role === "ADMIN" ? (
          <IntentLink href="/settings/members" className="hover:underline">
            {countLabel(members, "member")}
          </IntentLink>
        ) : (
          <span>{countLabel(members, "member")}</span>
        )}{" "}
        ·{" "}
        <IntentLink href="/teams" className="hover:underline">
          {countLabel(teams, "team")} (routing pools)
        </IntentLink>
      </p>
    </>
  );
}
