-- Webhooks: a disabled endpoint HOLDS its deliveries instead of skipping them, and a rotation keeps
-- every earlier secret still inside its overlap signing (not only the last one).
--
-- WebhookEndpoint."previousSecrets": [{ "secret", "expiresAt" }], newest first, replaces the single
-- previousSecret / previousSecretExpiresAt pair (carried over while it still overlaps).
ALTER TABLE "WebhookEndpoint" ADD COLUMN "previousSecrets" JSONB NOT NULL DEFAULT '[]';
UPDATE "WebhookEndpoint"
  SET "previousSecrets" = jsonb_build_array(jsonb_build_object(
    'secret', "previousSecret",
    'expiresAt', to_char("previousSecretExpiresAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
  WHERE "previousSecret" IS NOT NULL AND "previousSecretExpiresAt" > CURRENT_TIMESTAMP;
ALTER TABLE "WebhookEndpoint" DROP COLUMN "previousSecret",
DROP COLUMN "previousSecretExpiresAt";

-- WebhookEndpoint."holdUntil": while disabled, events are still recorded for it (HELD) until then.
-- Endpoints already disabled keep NULL (disabled at an unknown time: nothing new is recorded).
ALTER TABLE "WebhookEndpoint" ADD COLUMN "holdUntil" TIMESTAMP(3);

-- Deliveries SKIPPED because their endpoint was disabled are held again while it still is: enabling
-- it sends them (or marks them EXPIRED when they outlived the give-up window). Those of endpoints
-- enabled since stay SKIPPED in the log (Replay sends them).
UPDATE "WebhookDelivery" d SET "status" = 'HELD'
  FROM "WebhookEndpoint" e
  WHERE d."endpointId" = e."id" AND d."status" = 'SKIPPED' AND NOT e."isEnabled";

-- CreateIndex: an endpoint's held deliveries (count on the card, scheduled in order on enable).
CREATE INDEX "WebhookDelivery_endpointId_status_createdAt_idx" ON "WebhookDelivery"("endpointId", "status", "createdAt");
