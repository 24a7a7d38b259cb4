-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('NEW', 'ASSIGNED', 'ACCEPTED', 'NURTURE', 'DISQUALIFIED', 'FALLBACK', 'SPAM', 'CLOSED');

-- CreateEnum
CREATE TYPE "AssignmentKind" AS ENUM ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED', 'RETURNED', 'FALLBACK');

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "ownerRepId" TEXT,
ADD COLUMN     "routedAt" TIMESTAMP(3),
ADD COLUMN     "status" "LeadStatus" NOT NULL DEFAULT 'NEW';

-- CreateTable
CREATE TABLE "RoutingSettings" (
    "workspaceId" TEXT NOT NULL,
    "draftConfig" JSONB NOT NULL,
    "publishedVersionId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoutingSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "RoutingConfigVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "config" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutingConfigVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationPointer" (
    "workspaceId" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RotationPointer_pkey" PRIMARY KEY ("workspaceId","poolId")
);

-- CreateTable
CREATE TABLE "AccountOwner" (
    "workspaceId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountOwner_pkey" PRIMARY KEY ("workspaceId","domain")
);

-- CreateTable
CREATE TABLE "LeadAssignment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "repId" TEXT,
    "kind" "AssignmentKind" NOT NULL,
    "isCurrent" BOOLEAN NOT NULL DEFAULT true,
    "isProvisional" BOOLEAN NOT NULL DEFAULT false,
    "decision" JSONB NOT NULL,
    "configVersion" INTEGER,
    "durationMs" DOUBLE PRECISION,
    "note" TEXT NOT NULL DEFAULT '',
    "byUserId" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "LeadAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoutingConfigVersion_workspaceId_version_key" ON "RoutingConfigVersion"("workspaceId", "version");

-- CreateIndex
CREATE INDEX "LeadAssignment_leadId_assignedAt_idx" ON "LeadAssignment"("leadId", "assignedAt");

-- CreateIndex
CREATE INDEX "LeadAssignment_repId_isCurrent_idx" ON "LeadAssignment"("repId", "isCurrent");

-- CreateIndex
CREATE INDEX "LeadAssignment_workspaceId_assignedAt_idx" ON "LeadAssignment"("workspaceId", "assignedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_workspaceId_idx" ON "ApiKey"("workspaceId");

-- CreateIndex
CREATE INDEX "Lead_ownerRepId_status_idx" ON "Lead"("ownerRepId", "status");

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_ownerRepId_fkey" FOREIGN KEY ("ownerRepId") REFERENCES "RepProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingSettings" ADD CONSTRAINT "RoutingSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingConfigVersion" ADD CONSTRAINT "RoutingConfigVersion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountOwner" ADD CONSTRAINT "AccountOwner_repId_fkey" FOREIGN KEY ("repId") REFERENCES "RepProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadAssignment" ADD CONSTRAINT "LeadAssignment_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadAssignment" ADD CONSTRAINT "LeadAssignment_repId_fkey" FOREIGN KEY ("repId") REFERENCES "RepProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A lead has exactly one current owner assignment (Prisma cannot express a partial unique index).
CREATE UNIQUE INDEX "LeadAssignment_one_current_per_lead" ON "LeadAssignment"("leadId") WHERE "isCurrent";
