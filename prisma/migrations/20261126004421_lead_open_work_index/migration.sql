-- CreateIndex
CREATE INDEX "Lead_workspaceId_status_ownerRepId_idx" ON "Lead"("workspaceId", "status", "ownerRepId");
