-- The analytics filters' source choices (server/services/analytics/distinct-lead-values.ts): a loose
-- index scan asks this index once per distinct source, where SELECT DISTINCT "source" read every
-- lead of the workspace in Lead_analytics_idx (source is its 14th column).
-- CreateIndex
CREATE INDEX "Lead_workspaceId_source_idx" ON "Lead"("workspaceId", "source");
