-- Idempotency-Key on POST /api/v1/webhooks and POST /api/v1/leads/{id}/reassign (as POST /api/v1/leads
-- keeps it on Lead): whose key it is ("api-key:<apiKeyId>"), the key, and the SHA-256 of the request
-- it came with. A retry with the same key and request replays the first answer (the endpoint and its
-- secret; the lead, not moved again); the same key with another request is refused. Null on rows
-- made without a key and on rows from before this migration (NULLs never collide in the unique index).
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "idempotencyFingerprint" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "idempotencyScope" TEXT;

ALTER TABLE "LeadAssignment" ADD COLUMN     "idempotencyFingerprint" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "idempotencyScope" TEXT;

CREATE UNIQUE INDEX "WebhookEndpoint_workspaceId_idempotencyScope_idempotencyKey_key" ON "WebhookEndpoint"("workspaceId", "idempotencyScope", "idempotencyKey");

CREATE UNIQUE INDEX "LeadAssignment_workspaceId_idempotencyScope_idempotencyKey_key" ON "LeadAssignment"("workspaceId", "idempotencyScope", "idempotencyKey");
