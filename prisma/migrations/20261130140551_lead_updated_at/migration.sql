-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Lead_workspaceId_updatedAt_id_idx" ON "Lead"("workspaceId", "updatedAt", "id");

-- Leads stored before this column: their last known change.
UPDATE "Lead" SET "updatedAt" = GREATEST("submittedAt", COALESCE("routedAt", "submittedAt"), COALESCE("firstContactAt", "submittedAt"));

-- Lead."updatedAt" kept current by the database (hand-written: Prisma does not model triggers, and
-- routing writes leads with raw SQL): every update of the lead row, and every assignment, event
-- and booking written or changed for it. now() is the transaction's start, so a change committed
-- later may carry an earlier time: incremental readers overlap their window (README).
CREATE FUNCTION "switchboard_lead_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."updatedAt" := now();
  RETURN NEW;
END $$;

CREATE TRIGGER "Lead_touch_update" BEFORE UPDATE ON "Lead" FOR EACH ROW
  EXECUTE FUNCTION "switchboard_lead_touch"();

CREATE FUNCTION "switchboard_lead_touch_child"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Lead" SET "updatedAt" = now() WHERE "id" = NEW."leadId" AND "updatedAt" < now();
  RETURN NULL;
END $$;

CREATE TRIGGER "LeadAssignment_touch_lead" AFTER INSERT OR UPDATE ON "LeadAssignment" FOR EACH ROW
  EXECUTE FUNCTION "switchboard_lead_touch_child"();
CREATE TRIGGER "LeadEvent_touch_lead" AFTER INSERT ON "LeadEvent" FOR EACH ROW
  EXECUTE FUNCTION "switchboard_lead_touch_child"();
CREATE TRIGGER "Booking_touch_lead" AFTER INSERT OR UPDATE ON "Booking" FOR EACH ROW
  EXECUTE FUNCTION "switchboard_lead_touch_child"();
