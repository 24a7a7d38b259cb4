// Job definitions of webhooks: the fan-out of an event after its commit, and one attempt of one
// delivery (the service schedules the next attempt itself, so pg-boss retries only crashes).
import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import type { TWebhookDeps } from "../services/webhooks/deliver-webhook";
import { attemptWebhookDelivery, fanOutWebhookEvent } from "../services/webhooks/deliver-webhook";
import { notifyEndpointDisabled } from "../services/webhooks/notify-endpoint-disabled";
import type { TFollowUpDeps } from "../services/routing/after-assignment";

const ZFanOut = z.object({ eventId: z.string().min(1), workspaceId: z.string().min(1) });
const ZDeliver = z.object({ deliveryId: z.string().min(1), workspaceId: z.string().min(1), generation: z.number().int().min(0).optional() });
const ZDisabled = z.object({ endpointId: z.string().min(1), workspaceId: z.string().min(1), disabledAt: z.string().min(1) });

export function webhookJobs(deps: () => Omit<TWebhookDeps, "queue">, followUps: () => Promise<TFollowUpDeps>) {
  return {
    "webhooks.fan-out": defineJob({
      schema: ZFanOut,
      retry: { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
      pollingIntervalSeconds: 0.5,
      handler: async (job, ctx) => void (await fanOutWebhookEvent(ctx.db, { queue: (await followUps()).queue }, job)),
    }),
    "webhooks.deliver": defineJob({
      schema: ZDeliver,
      retry: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 60 },
      pollingIntervalSeconds: 0.5,
      concurrency: 4,
      handler: async (job, ctx) => void (await attemptWebhookDelivery(ctx.db, { ...deps(), queue: (await followUps()).queue }, job)),
    }),
    "webhooks.endpoint-disabled": defineJob({
      schema: ZDisabled,
      retry: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600 },
      pollingIntervalSeconds: 2,
      handler: async (job, ctx) => void (await notifyEndpointDisabled(ctx.db, await followUps(), job)),
    }),
  };
}
