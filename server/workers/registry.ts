// Every durable job of the app: name → payload schema, handler and retry policy — the edge where
// job names meet their handlers (services and mail name jobs; they never import this). Add new
// job types here; `queue.send(name, data)` is typed from this map.
import type { TMailConfig } from "../mail/mail-config";
import { mailSendJob } from "../mail/mail-send-job";
import type { TFollowUpDeps } from "../services/routing/after-assignment";
import { appCalendarDeps } from "../services/calendars/app-calendar-deps";
import type { TCalendarDeps } from "../services/calendars/sync-calendar";
import { calendarJobs } from "./calendar-jobs";
import { bookingJobs } from "./booking-jobs";
import { routingJobs } from "./routing-jobs";
import { webhookJobs } from "./webhook-jobs";
import { nurtureJobs } from "./nurture-jobs";
import { currencyJobs } from "./currency-jobs";
import { recordBounce } from "../services/nurture/suppression";
import { now } from "../time/clock";
import { appWebhookDeps } from "../services/webhooks/app-webhook-deps";
import type { TWebhookDeps } from "../services/webhooks/deliver-webhook";

export interface TJobDeps {
  /** Mail transport settings; env() when omitted. */
  mail?: TMailConfig;
  /** What routing follow-ups need (queue, app URL, signing secret); the app passes its own. */
  followUps?: () => Promise<TFollowUpDeps>;
  /** Outbound fetch and credentials key for calendar jobs; the app's (env) when omitted. */
  calendars?: () => TCalendarDeps;
  /** Outbound fetch, retry base and clock for webhook deliveries; the app's (env) when omitted. */
  webhooks?: () => Omit<TWebhookDeps, "queue">;
}

async function noFollowUps(): Promise<TFollowUpDeps> {
  throw new Error("This job queue was created without routing follow-up dependencies (createJobRegistry({ followUps }))");
}

export function createJobRegistry(deps: TJobDeps = {}) {
  return {
    "mail.send": mailSendJob(deps.mail, { onPermanentFailure: (db, email) => recordBounce(db, { workspaceId: email.workspaceId, to: email.to, now: now() }) }),
    ...routingJobs(deps.followUps ?? noFollowUps),
    ...calendarJobs(deps.calendars ?? appCalendarDeps, async () => (await (deps.followUps ?? noFollowUps)()).appUrl),
    ...bookingJobs(deps.followUps ?? noFollowUps),
    ...webhookJobs(deps.webhooks ?? appWebhookDeps, deps.followUps ?? noFollowUps),
    ...nurtureJobs(deps.followUps ?? noFollowUps),
    ...currencyJobs(),
  };
}

export type TJobRegistry = ReturnType<typeof createJobRegistry>;
export type TJobName = keyof TJobRegistry;
