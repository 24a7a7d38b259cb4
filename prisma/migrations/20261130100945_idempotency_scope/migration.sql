-- Idempotency keys are scoped to their caller (issue 8, item 10): a public submitter could send the
-- key a later API import would use and make that import return the submitter's lead.

-- DropIndex
DROP INDEX "Lead_formId_idempotencyKey_key";

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "idempotencyScope" TEXT;

-- Existing keys: leads created through the API (their "submitted" event says via "api") cannot be
-- tied to the key that made them, so they get a scope no caller has (a retry spanning the upgrade
-- creates a new lead; one per form as before, so no two rows collide); public submissions keep
-- replaying for their form (of a deleted form: a scope of their own).
UPDATE "Lead" l SET "idempotencyScope" = CASE
    WHEN EXISTS (SELECT 1 FROM "LeadEvent" e WHERE e."leadId" = l.id AND e.type = 'submitted' AND e.data->>'via' = 'api') THEN 'api-key:before-scopes:' || COALESCE(l."formId", 'none')
    WHEN l."formId" IS NULL THEN 'form:deleted:' || l.id
    ELSE 'form:' || l."formId"
  END
WHERE l."idempotencyKey" IS NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Lead_workspaceId_idempotencyScope_idempotencyKey_key" ON "Lead"("workspaceId", "idempotencyScope", "idempotencyKey");
