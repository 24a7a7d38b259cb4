// Background jobs of this workspace (emails, webhooks, timers): state, tries in words ("Tried 2 of
// 6 · next try 14:05", <JobAttempts>), last error, and a Retry button on failed ones. Admins only.
// Times read as every dashboard time, in the viewer's zone ("Dec 7, 2026, 14:36"), the exact UTC instant in each one's title (<LocalTime exactUtcTitle>).
import { IntentLink } from "@/components/ui/intent-link";
import { JobAttempts } from "@/components/jobs/job-attempts";
import { JobStateBadge } from "@/components/jobs/job-state-badge";
import { RetryJobButton } from "@/components/jobs/retry-job-button";
import { LocalTime } from "@/components/leads/local-time";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireRole } from "@/server/auth/page-guards";
import { getDbHandle } from "@/server/db/client";
import { ADMIN_ROLES } from "@/server/domain/auth/roles";
import { jobStateFilter, listJobs, type TJobState } from "@/server/jobs/list-jobs";

export const dynamic = "force-dynamic";
export const metadata = { title: "Jobs" };

const FILTERS: readonly TJobState[] = ["failed", "retry", "active", "created", "completed"];

export default async function JobsPage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  const { workspace } = await requireRole(ADMIN_ROLES);
  const state = jobStateFilter((await searchParams).state);
  const jobs = await listJobs(await getDbHandle(), { state, limit: 100, workspaceId: workspace.id });
  const now = new Date(); // one instant for the whole table: "next try 14:05" or "due now"
  const filterClass = (active: boolean) =>
    `rounded-full px-3 py-1 text-sm ${active ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"}`;
  return (
    <div className="space-y-6">
      <PageHeader title="Jobs" description="Emails and other background work. Failed jobs can be retried. Hover a time for its exact instant in UTC." />
      <nav aria-label="Filter by state" className="flex flex-wrap gap-2">
        <IntentLink href="/jobs" className={filterClass(!state)}>All</IntentLink>
        {FILTERS.map((s) => (
          <IntentLink key={s} href={`/jobs?state=${s}`} className={filterClass(state === s)}>{s}</IntentLink>
        ))}
      </nav>
      <Card title={`${state ? `${state[0]?.toUpperCase()}${state.slice(1)} jobs` : "Recent jobs"} (${jobs.length})`}>
        {jobs.length === 0 ? (
          <p className="text-sm text-slate-500">No jobs{state ? ` in state ${state}` : ""}.</p>
        ) : (
          <TableScroll>
            <table className="min-w-full text-left text-sm" aria-label="Jobs">
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="py-2 pr-4 font-medium">Job</th>
                  <th className="py-2 pr-4 font-medium">State</th>
                  <th className="py-2 pr-4 font-medium">Tries</th>
                  <th className="py-2 pr-4 font-medium">Last error</th>
                  <th className="py-2 pr-4 font-medium">Created</th>
                  <th className="py-2 pr-4 font-medium">Completed</th>
                  <th className="py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {jobs.map((job) => (
                  <tr key={job.id} className="align-top">
                    <td className="py-3 pr-4">
                      <p className="font-medium text-slate-900">{job.name}</p>
                      <p className="font-mono text-xs text-slate-600">{job.id}</p>
                    </td>
                    <td className="py-3 pr-4"><JobStateBadge state={job.state} /></td>
                    <td className="py-3 pr-4 tabular-nums"><JobAttempts job={{ state: job.state, retryCount: job.retryCount, retryLimit: job.retryLimit, startAfter: job.startAfter, startedOn: job.startedOn }} now={now} /></td>
                    <td className="max-w-sm py-3 pr-4 break-words text-slate-700">{job.lastError ?? "—"}</td>
                    <td className="py-3 pr-4 whitespace-nowrap text-slate-600"><LocalTime date={job.createdOn} exactUtcTitle /></td>
                    <td className="py-3 pr-4 whitespace-nowrap text-slate-600">{job.completedOn ? <LocalTime date={job.completedOn} exactUtcTitle /> : "—"}</td>
                    <td className="py-3 text-right">{job.state === "failed" && <RetryJobButton jobId={job.id} jobName={job.name} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}
