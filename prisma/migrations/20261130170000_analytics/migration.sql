-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "routingOutcome" TEXT,
ADD COLUMN     "routingPathId" TEXT;

-- CreateTable
CREATE TABLE "FormStepEvent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "formId" TEXT NOT NULL,
    "formVersion" INTEGER NOT NULL,
    "visitId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FormStepEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormStepEvent_workspaceId_formId_occurredAt_idx" ON "FormStepEvent"("workspaceId", "formId", "occurredAt");

-- AddForeignKey
ALTER TABLE "FormStepEvent" ADD CONSTRAINT "FormStepEvent_formId_fkey" FOREIGN KEY ("formId") REFERENCES "Form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Leads routed before these columns: their first routing event's path and outcome (not a change
-- of the lead for incremental sync: the touch trigger is off for this statement).
ALTER TABLE "Lead" DISABLE TRIGGER "Lead_touch_update";
UPDATE "Lead" l SET "routingPathId" = e."data"->>'pathId', "routingOutcome" = e."data"->>'outcome'
  FROM (SELECT DISTINCT ON ("leadId") "leadId", "data" FROM "LeadEvent" WHERE "type" = 'routed' ORDER BY "leadId", "createdAt") e
 WHERE e."leadId" = l."id" AND l."routingOutcome" IS NULL;
ALTER TABLE "Lead" ENABLE TRIGGER "Lead_touch_update";
