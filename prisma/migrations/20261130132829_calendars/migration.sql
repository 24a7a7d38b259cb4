-- CreateEnum
CREATE TYPE "CalendarSource" AS ENUM ('caldav', 'ics');

-- CreateTable
CREATE TABLE "CalendarConnection" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "source" "CalendarSource" NOT NULL,
    "serverUrl" TEXT NOT NULL,
    "username" TEXT NOT NULL DEFAULT '',
    "calendarUrl" TEXT,
    "calendarName" TEXT NOT NULL DEFAULT '',
    "secret" TEXT NOT NULL,
    "lastSyncedAt" TIMESTAMP(3),
    "lastAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepBusyBlock" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "source" "CalendarSource" NOT NULL,
    "externalId" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RepBusyBlock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarConnection_repId_key" ON "CalendarConnection"("repId");

-- CreateIndex
CREATE INDEX "CalendarConnection_workspaceId_idx" ON "CalendarConnection"("workspaceId");

-- CreateIndex
CREATE INDEX "RepBusyBlock_repId_startsAt_idx" ON "RepBusyBlock"("repId", "startsAt");

-- CreateIndex
CREATE INDEX "RepBusyBlock_workspaceId_idx" ON "RepBusyBlock"("workspaceId");

-- AddForeignKey
ALTER TABLE "CalendarConnection" ADD CONSTRAINT "CalendarConnection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarConnection" ADD CONSTRAINT "CalendarConnection_repId_fkey" FOREIGN KEY ("repId") REFERENCES "RepProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepBusyBlock" ADD CONSTRAINT "RepBusyBlock_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepBusyBlock" ADD CONSTRAINT "RepBusyBlock_repId_fkey" FOREIGN KEY ("repId") REFERENCES "RepProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
