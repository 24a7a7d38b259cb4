-- CreateEnum
CREATE TYPE "LeadStage" AS ENUM ('OPEN', 'ACCEPTED', 'CONTACTED', 'MEETING_BOOKED', 'MEETING_HELD', 'NO_SHOW', 'OPPORTUNITY', 'WON', 'LOST', 'NOT_A_FIT');

-- CreateEnum
CREATE TYPE "OutcomeSource" AS ENUM ('INBOX', 'LEAD_PAGE', 'API', 'BOOKING', 'SYSTEM');

-- CreateEnum
CREATE TYPE "FitVerdict" AS ENUM ('GOOD_FIT', 'WRONG_PERSON', 'WRONG_TERRITORY', 'WRONG_SIZE');

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "closeReason" TEXT,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "opportunityAmount" DECIMAL(14,2),
ADD COLUMN     "stage" "LeadStage" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "stageChangedAt" TIMESTAMP(3),
ADD COLUMN     "wonAmount" DECIMAL(14,2);

-- CreateTable
CREATE TABLE "LeadOutcome" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "stage" "LeadStage" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "amount" DECIMAL(14,2),
    "reason" TEXT,
    "source" "OutcomeSource" NOT NULL,
    "externalId" TEXT,
    "actorUserId" TEXT,
    "repId" TEXT,

    CONSTRAINT "LeadOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadFeedback" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "verdict" "FitVerdict" NOT NULL,
    "note" TEXT,
    "repId" TEXT,
    "pathId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LeadOutcome_workspaceId_occurredAt_idx" ON "LeadOutcome"("workspaceId", "occurredAt");

-- CreateIndex
CREATE INDEX "LeadOutcome_workspaceId_stage_idx" ON "LeadOutcome"("workspaceId", "stage");

-- CreateIndex
CREATE INDEX "LeadOutcome_leadId_occurredAt_idx" ON "LeadOutcome"("leadId", "occurredAt");

-- CreateIndex
CREATE INDEX "LeadOutcome_repId_occurredAt_idx" ON "LeadOutcome"("repId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "LeadOutcome_workspaceId_externalId_key" ON "LeadOutcome"("workspaceId", "externalId");

-- CreateIndex
CREATE INDEX "LeadFeedback_workspaceId_createdAt_idx" ON "LeadFeedback"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "LeadFeedback_workspaceId_pathId_idx" ON "LeadFeedback"("workspaceId", "pathId");

-- CreateIndex
CREATE UNIQUE INDEX "LeadFeedback_leadId_userId_key" ON "LeadFeedback"("leadId", "userId");

-- CreateIndex
CREATE INDEX "Lead_ownerRepId_stage_idx" ON "Lead"("ownerRepId", "stage");

-- AddForeignKey
ALTER TABLE "LeadOutcome" ADD CONSTRAINT "LeadOutcome_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadFeedback" ADD CONSTRAINT "LeadFeedback_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Leads stored before the lifecycle: accepted ones are ACCEPTED (when their owner accepted), booked
-- ones MEETING_BOOKED (a booking is first contact, already recorded in "firstContactAt").
UPDATE "Lead" AS l SET "acceptedAt" = a."acceptedAt", "stage" = 'ACCEPTED', "stageChangedAt" = a."acceptedAt"
  FROM (SELECT "leadId", MIN("acceptedAt") AS "acceptedAt" FROM "LeadAssignment" WHERE "acceptedAt" IS NOT NULL GROUP BY "leadId") AS a
 WHERE a."leadId" = l."id";
UPDATE "Lead" SET "stage" = 'MEETING_BOOKED', "stageChangedAt" = "firstContactAt" WHERE "firstContactAt" IS NOT NULL;

-- A recorded outcome is a change of its lead (hand-written, as in lead_updated_at).
CREATE TRIGGER "LeadOutcome_touch_lead" AFTER INSERT ON "LeadOutcome" FOR EACH ROW
  EXECUTE FUNCTION "switchboard_lead_touch_child"();
