// Every durable job of the app: name → payload schema, handler and retry policy. Add new job
// types here; `queue.send(name, data)` is typed from this map.
import type { TMailConfig } from "../mail/mail-config";
import { mailSendJob } from "../mail/mail-send-job";
import type { TFollowUpDeps } from "../services/routing/after-assignment";
import { routingJobs } from "./routing-jobs";

export interface TJobDeps {
  /** Mail transport settings; env() when omitted. */
  mail?: TMailConfig;
  /** What routing follow-ups need (queue, app URL, signing secret); the app's own when omitted. */
  followUps?: () => Promise<TFollowUpDeps>;
}

async function appFollowUps(): Promise<TFollowUpDeps> {
  const { appFollowUpDeps } = await import("../services/routing/app-follow-up-deps");
  return appFollowUpDeps();
}

export function createJobRegistry(deps: TJobDeps = {}) {
  return {
    "mail.send": mailSendJob(deps.mail),
    ...routingJobs(deps.followUps ?? appFollowUps),
  };
}

export type TJobRegistry = ReturnType<typeof createJobRegistry>;
export type TJobName = keyof TJobRegistry;
