// The Jobs page's tries column in words an admin can act on ("Tried 2 of 6 · next try 14:05"),
// where it showed pg-boss's raw "retry_count/retry_limit" ("0/5": 0 of 5 what?). Read from the
// job's own fields as the worker leaves them (server/jobs/job-queue.ts, pg-boss 12):
// - started_on is null until a worker first claims the job: no try yet;
// - retry_count is 0 on the first claim and grows by one on each later claim; a failed try keeps
//   it until the next claim: tries made = retry_count + 1 once started;
// - retry_limit counts the retries after the first try (define-job.ts): up to retry_limit + 1
//   tries; an admin's Retry of a failed job raises it by one (list-jobs.ts retryFailedJob);
// - start_after is when a waiting job (created, retry) may next be claimed: its next try.
// Times in the viewer's zone, the clock alone for today ("14:05"), else as every dashboard time
// ("Dec 9, 2026, 01:30"); without a zone, UTC, named. The exact instant goes in the title.
import { formatDateTime } from "@/components/leads/format";
import { localClock, localDateKey } from "@/server/domain/booking/slot-days";
import type { TJobState } from "@/server/jobs/list-jobs";

export interface TJobAttempts {
  state: TJobState;
  retryCount: number;
  retryLimit: number;
  startAfter: Date;
  startedOn: Date | null;
}

const tries = (n: number) => `${n} ${n === 1 ? "try" : "tries"}`;
const exactUtc = (at: Date) => `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;

/** "14:05" on `now`'s day in `zone`, else "Dec 9, 2026, 01:30"; " UTC" appended without a zone. */
function when(at: Date, now: Date, zone: string | null): string {
  const z = zone ?? "UTC";
  const text = localDateKey(at, z) === localDateKey(now, z) ? localClock(at, z) : formatDateTime(at, z);
  return zone ? text : `${text} UTC`;
}

/** The tries column's text and, for a job waiting for a later try, a title with that try's exact instant. */
export function jobAttemptsText(job: TJobAttempts, now: Date, zone: string | null): { text: string; title: string | undefined } {
  const made = job.startedOn ? job.retryCount + 1 : 0;
  const most = job.retryLimit + 1;
  switch (job.state) {
    case "active":
      return { text: `Running try ${job.retryCount + 1} of ${most}`, title: undefined };
    case "completed":
      return { text: made > 0 ? `Done on try ${made}` : "Done", title: undefined };
    case "failed":
      return { text: made > 0 ? `Gave up after ${tries(made)}` : "Gave up before any try", title: undefined };
    case "cancelled":
      return { text: made > 0 ? `Cancelled after ${tries(made)}` : "Cancelled before any try", title: undefined };
    case "created":
    case "retry": {
      const isLater = job.startAfter.getTime() > now.getTime();
      const next = made === 0 ? "first try" : "next try";
      const title = isLater ? `${made === 0 ? "First" : "Next"} try at ${exactUtc(job.startAfter)}` : undefined;
      if (made === 0) {
        const allowed = most === 1 ? "1 try only" : `up to ${tries(most)}`;
        return { text: isLater ? `Not tried yet · ${next} ${when(job.startAfter, now, zone)} · ${allowed}` : `Not tried yet · ${allowed}`, title };
      }
      return { text: `Tried ${made} of ${most} · ${next} ${isLater ? when(job.startAfter, now, zone) : "due now"}`, title };
    }
  }
}
