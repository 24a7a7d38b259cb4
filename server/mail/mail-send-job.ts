// Job definition of "mail.send" for the job registry.
import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import { deliverEmail, type TDeliveryHooks } from "./deliver-email";
import { mailConfigFromEnv, type TMailConfig } from "./mail-config";

export const MAIL_SEND_JOB = "mail.send";
// workspaceId scopes the job in the admin jobs list; magic-link mails have none.
export const ZMailSendJob = z.object({ emailId: z.string().min(1), workspaceId: z.string().nullish() });
export type TMailSendJob = z.input<typeof ZMailSendJob>;

/** `config` defaults to env() at run time; tests pass a config of their own. */
export function mailSendJob(config?: TMailConfig, hooks: TDeliveryHooks = {}) {
  return defineJob({
    schema: ZMailSendJob,
    // ~1 hour of retries: 10 s, 20 s, 40 s … capped at 15 min.
    retry: { retryLimit: 8, retryDelay: 10, retryBackoff: true, retryDelayMax: 15 * 60 },
    // Speed-to-lead: an email waits at most half a second for a worker (a rep alert comes here only
    // when its first send, in the job that rendered it, failed).
    pollingIntervalSeconds: 0.5,
    concurrency: 4,
    handler: async ({ emailId }, ctx) =>
      void (await deliverEmail(ctx.db, emailId, { isLastAttempt: ctx.job.isLastAttempt }, config ?? mailConfigFromEnv(), hooks)),
  });
}
