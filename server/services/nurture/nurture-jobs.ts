// The job rows nurture writes (handlers bound in server/workers/nurture-jobs.ts).
import type { TJobSender } from "../../db/job-rows";
import type { TEngagementKind } from "../../domain/nurture/graduation";

export interface TNurtureJobs {
  /** One claimed due step: render and store its email, schedule the next (the sweep writes it). */
  "nurture.step": { dueId: string; workspaceId: string };
  /** A return visit or submission of an enrolled lead's person: intent points, maybe graduation. */
  "nurture.engagement": { enrollmentId: string; workspaceId: string; kind: TEngagementKind };
}
export type TNurtureQueue = TJobSender<TNurtureJobs>;
