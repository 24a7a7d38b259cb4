-- Analytics: the UTM source slice from the narrow index (issue 13 item 10).
-- DropIndex
DROP INDEX "Lead_analytics_idx";

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "utmSource" TEXT;

-- The lead's utm.utm_source as a column (hand-written: Prisma does not model triggers), so the
-- analytics UTM slice and filter are read from the narrow analytics index like the other slices.
CREATE FUNCTION "switchboard_lead_utm_source"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."utmSource" := CASE WHEN jsonb_typeof(NEW."utm") = 'object' THEN NEW."utm"->>'utm_source' END;
  RETURN NEW;
END $$;

CREATE TRIGGER "Lead_utm_source" BEFORE INSERT OR UPDATE OF "utm" ON "Lead" FOR EACH ROW
  EXECUTE FUNCTION "switchboard_lead_utm_source"();

-- Existing leads (not a change of the lead for incremental sync: the touch trigger is off here).
ALTER TABLE "Lead" DISABLE TRIGGER "Lead_touch_update";
UPDATE "Lead" SET "utmSource" = "utm"->>'utm_source' WHERE jsonb_typeof("utm") = 'object' AND "utm" ? 'utm_source';
ALTER TABLE "Lead" ENABLE TRIGGER "Lead_touch_update";

-- CreateIndex
CREATE INDEX "Lead_analytics_idx" ON "Lead"("workspaceId", "submittedAt", "isSpam", "ownerRepId", "routingPathId", "routingOutcome", "stage", "acceptedAt", "firstContactAt", "opportunityAmount", "wonAmount", "scoreTotal", "tier", "source", "formId", "id", "utmSource");
