-- Routing currency and exchange rates: every lead's value is converted once, at intake, into the
-- workspace's routing currency (Lead.routingValue); routing's value thresholds, the pipeline cap,
-- the review's minimum value and RepLoad.openPipelineValue use it instead of the raw
-- estimatedValue (which is in the lead's own currency: ¥1,500,000 is not 1.5 million dollars).

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "routingCurrency" TEXT NOT NULL DEFAULT 'USD';

-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "routingValue" DECIMAL(18,2);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "rate" DECIMAL(20,10) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_workspaceId_currency_key" ON "ExchangeRate"("workspaceId", "currency");

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written from here (Prisma does not model triggers).

-- Existing leads: the value of a lead in its workspace's routing currency ('USD' for every
-- workspace today) is its routing value; a lead in another currency has none (no rate was set:
-- it is routed as a lead without value, which is what its raw number should have meant).
-- The open-load trigger is dropped first, so this backfill moves no counter (they are rebuilt below).
DROP TRIGGER "Lead_open_load_update" ON "Lead";

-- A backfill is no change of the lead: its updatedAt (the API's incremental sync) stays.
ALTER TABLE "Lead" DISABLE TRIGGER "Lead_touch_update";
UPDATE "Lead" l SET "routingValue" = l."estimatedValue"
  FROM "Workspace" w
 WHERE w."id" = l."workspaceId" AND l."estimatedValue" IS NOT NULL AND l."currency" = w."routingCurrency";
ALTER TABLE "Lead" ENABLE TRIGGER "Lead_touch_update";

-- The live open-work counter sums routingValue (the converted value) instead of estimatedValue.
-- Every other counter is as in 20261130224543_backlog_counters.
CREATE OR REPLACE FUNCTION "switchboard_count_open_lead"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."ownerRepId" IS NOT NULL AND OLD."status"::text IN ('ASSIGNED', 'ACCEPTED') THEN
    UPDATE "RepLoad"
       SET "openLeads" = "openLeads" - 1, "openPipelineValue" = "openPipelineValue" - COALESCE(OLD."routingValue", 0),
           "untouchedLeads" = "untouchedLeads" - (OLD."firstContactAt" IS NULL AND OLD."slaPassedAt" IS NULL)::int,
           "pastSlaLeads" = "pastSlaLeads" - (OLD."firstContactAt" IS NULL AND OLD."slaPassedAt" IS NOT NULL)::int,
           "workedLeads" = "workedLeads" - (OLD."firstContactAt" IS NOT NULL)::int
     WHERE "repId" = OLD."ownerRepId";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."ownerRepId" IS NOT NULL AND NEW."status"::text IN ('ASSIGNED', 'ACCEPTED') THEN
    INSERT INTO "RepLoad" ("repId", "workspaceId", "openLeads", "openPipelineValue", "untouchedLeads", "pastSlaLeads", "workedLeads")
    VALUES (NEW."ownerRepId", NEW."workspaceId", 1, COALESCE(NEW."routingValue", 0),
            (NEW."firstContactAt" IS NULL AND NEW."slaPassedAt" IS NULL)::int,
            (NEW."firstContactAt" IS NULL AND NEW."slaPassedAt" IS NOT NULL)::int,
            (NEW."firstContactAt" IS NOT NULL)::int)
    ON CONFLICT ("repId") DO UPDATE
      SET "openLeads" = "RepLoad"."openLeads" + 1, "openPipelineValue" = "RepLoad"."openPipelineValue" + EXCLUDED."openPipelineValue",
          "untouchedLeads" = "RepLoad"."untouchedLeads" + EXCLUDED."untouchedLeads",
          "pastSlaLeads" = "RepLoad"."pastSlaLeads" + EXCLUDED."pastSlaLeads",
          "workedLeads" = "RepLoad"."workedLeads" + EXCLUDED."workedLeads";
  END IF;
  RETURN NULL;
END $$;

-- Moved by a change of routingValue (not of estimatedValue, which routing no longer reads).
CREATE TRIGGER "Lead_open_load_update" AFTER UPDATE OF "ownerRepId", "status", "routingValue", "firstContactAt", "slaPassedAt", "routedAt" ON "Lead" FOR EACH ROW
  WHEN (OLD."ownerRepId" IS DISTINCT FROM NEW."ownerRepId"
     OR OLD."status" IS DISTINCT FROM NEW."status"
     OR OLD."routingValue" IS DISTINCT FROM NEW."routingValue"
     OR (OLD."firstContactAt" IS NULL) <> (NEW."firstContactAt" IS NULL)
     OR (OLD."slaPassedAt" IS NULL) <> (NEW."slaPassedAt" IS NULL))
  EXECUTE FUNCTION "switchboard_count_open_lead"();

-- Existing open work: the pipeline value from the routing values (a non-USD lead's raw value leaves it).
UPDATE "RepLoad" r
   SET "openPipelineValue" = COALESCE((SELECT sum(l."routingValue") FROM "Lead" l
                                        WHERE l."ownerRepId" = r."repId" AND l."status"::text IN ('ASSIGNED', 'ACCEPTED')), 0);
