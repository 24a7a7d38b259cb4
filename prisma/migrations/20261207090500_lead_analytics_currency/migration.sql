-- Analytics money per currency: the funnel and score views group their sums by Lead.currency, so the
-- column joins the narrow analytics index (last, like utmSource) and those views stay index-only
-- scans instead of reading the wide lead rows.
-- DropIndex
DROP INDEX "Lead_analytics_idx";

-- CreateIndex
CREATE INDEX "Lead_analytics_idx" ON "Lead"("workspaceId", "submittedAt", "isSpam", "ownerRepId", "routingPathId", "routingOutcome", "stage", "acceptedAt", "firstContactAt", "opportunityAmount", "wonAmount", "scoreTotal", "tier", "source", "formId", "id", "utmSource", "currency");
