-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "headers" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "NurtureSettings" (
    "workspaceId" TEXT NOT NULL,
    "postalAddress" TEXT NOT NULL DEFAULT '',
    "defaultSequenceId" TEXT,
    "clickPoints" INTEGER NOT NULL DEFAULT 10,
    "returnVisitPoints" INTEGER NOT NULL DEFAULT 15,
    "dailySendCap" INTEGER NOT NULL DEFAULT 500,
    "quietStartHour" INTEGER NOT NULL DEFAULT 20,
    "quietEndHour" INTEGER NOT NULL DEFAULT 8,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NurtureSettings_pkey" PRIMARY KEY ("workspaceId")
);

-- CreateTable
CREATE TABLE "NurtureSequence" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "draft" JSONB NOT NULL,
    "publishedVersion" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NurtureSequence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NurtureSequenceVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sequenceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NurtureSequenceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NurtureEnrollment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "sequenceId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "exitReason" TEXT,
    "intentPoints" INTEGER NOT NULL DEFAULT 0,
    "enrolledAt" TIMESTAMP(3) NOT NULL,
    "exitedAt" TIMESTAMP(3),

    CONSTRAINT "NurtureEnrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NurtureStepDue" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "stepIndex" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "claimedAt" TIMESTAMP(3),

    CONSTRAINT "NurtureStepDue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NurtureSend" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "sequenceId" TEXT NOT NULL,
    "stepIndex" INTEGER NOT NULL,
    "emailId" TEXT,
    "status" TEXT NOT NULL,
    "clickedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NurtureSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NurtureSuppression" (
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NurtureSuppression_pkey" PRIMARY KEY ("workspaceId","email")
);

-- CreateIndex
CREATE UNIQUE INDEX "NurtureSequence_workspaceId_name_key" ON "NurtureSequence"("workspaceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "NurtureSequenceVersion_sequenceId_version_key" ON "NurtureSequenceVersion"("sequenceId", "version");

-- CreateIndex
CREATE INDEX "NurtureEnrollment_workspaceId_sequenceId_idx" ON "NurtureEnrollment"("workspaceId", "sequenceId");

-- CreateIndex
CREATE INDEX "NurtureEnrollment_leadId_idx" ON "NurtureEnrollment"("leadId");

-- CreateIndex
CREATE INDEX "NurtureStepDue_status_dueAt_idx" ON "NurtureStepDue"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "NurtureStepDue_enrollmentId_stepIndex_key" ON "NurtureStepDue"("enrollmentId", "stepIndex");

-- CreateIndex
CREATE INDEX "NurtureSend_workspaceId_createdAt_idx" ON "NurtureSend"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "NurtureSend_emailId_idx" ON "NurtureSend"("emailId");

-- CreateIndex
CREATE UNIQUE INDEX "NurtureSend_enrollmentId_stepIndex_key" ON "NurtureSend"("enrollmentId", "stepIndex");

-- AddForeignKey
ALTER TABLE "NurtureSettings" ADD CONSTRAINT "NurtureSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NurtureSequence" ADD CONSTRAINT "NurtureSequence_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NurtureSequenceVersion" ADD CONSTRAINT "NurtureSequenceVersion_sequenceId_fkey" FOREIGN KEY ("sequenceId") REFERENCES "NurtureSequence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NurtureEnrollment" ADD CONSTRAINT "NurtureEnrollment_sequenceId_fkey" FOREIGN KEY ("sequenceId") REFERENCES "NurtureSequence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NurtureEnrollment" ADD CONSTRAINT "NurtureEnrollment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "NurtureSequenceVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NurtureStepDue" ADD CONSTRAINT "NurtureStepDue_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "NurtureEnrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NurtureSend" ADD CONSTRAINT "NurtureSend_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "NurtureEnrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- diff:ignore-start
-- A lead is in at most one sequence at a time (two enrolments of one lead cannot race in).
CREATE UNIQUE INDEX "NurtureEnrollment_one_active_per_lead" ON "NurtureEnrollment" ("leadId") WHERE "status" = 'ACTIVE';
-- diff:ignore-end
