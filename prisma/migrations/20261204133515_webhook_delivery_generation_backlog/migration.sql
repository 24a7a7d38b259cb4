-- Webhooks: one retry chain per delivery, and an enable's backlog sent in order.
--
-- WebhookDelivery."generation": the token of the one job that may attempt the delivery. Every job
-- scheduled for it (a retry, an enable's release) carries a new one, so a job left over from before
-- a hold, or an attempt still in flight while it was released, schedules nothing more. Jobs queued
-- before this migration carry none (read as 0, the default).
ALTER TABLE "WebhookDelivery" ADD COLUMN     "generation" INTEGER NOT NULL DEFAULT 0;

-- WebhookEndpoint."backlogDeliveryId": while the deliveries released by an enable drain (QUEUED,
-- oldest first, one at a time), the one being sent now; null otherwise.
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "backlogDeliveryId" TEXT;
