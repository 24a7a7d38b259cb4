-- AlterTable
ALTER TABLE "LeadAssignment" ADD COLUMN     "followUpsAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RepLoad" (
    "repId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "openLeads" INTEGER NOT NULL DEFAULT 0,
    "openPipelineValue" DECIMAL(18,2) NOT NULL DEFAULT 0,

    CONSTRAINT "RepLoad_pkey" PRIMARY KEY ("repId")
);

-- CreateTable
CREATE TABLE "RepDailyLoad" (
    "repId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "newLeads" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RepDailyLoad_pkey" PRIMARY KEY ("repId","day")
);

-- CreateIndex
CREATE INDEX "RepLoad_workspaceId_idx" ON "RepLoad"("workspaceId");

-- CreateIndex
CREATE INDEX "RepDailyLoad_workspaceId_day_idx" ON "RepDailyLoad"("workspaceId", "day");

-- AddForeignKey
ALTER TABLE "RepLoad" ADD CONSTRAINT "RepLoad_repId_fkey" FOREIGN KEY ("repId") REFERENCES "RepProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepDailyLoad" ADD CONSTRAINT "RepDailyLoad_repId_fkey" FOREIGN KEY ("repId") REFERENCES "RepProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Live load counters, kept in the same transaction as the change that moves them (hand-written:
-- Prisma does not model triggers). Routing reads them under its lock instead of scanning leads.

-- Open work: a lead counts for its owner while ASSIGNED or ACCEPTED.
CREATE FUNCTION "switchboard_count_open_lead"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."ownerRepId" IS NOT NULL AND OLD."status"::text IN ('ASSIGNED', 'ACCEPTED') THEN
    UPDATE "RepLoad"
       SET "openLeads" = "openLeads" - 1, "openPipelineValue" = "openPipelineValue" - COALESCE(OLD."estimatedValue", 0)
     WHERE "repId" = OLD."ownerRepId";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."ownerRepId" IS NOT NULL AND NEW."status"::text IN ('ASSIGNED', 'ACCEPTED') THEN
    INSERT INTO "RepLoad" ("repId", "workspaceId", "openLeads", "openPipelineValue")
    VALUES (NEW."ownerRepId", NEW."workspaceId", 1, COALESCE(NEW."estimatedValue", 0))
    ON CONFLICT ("repId") DO UPDATE
      SET "openLeads" = "RepLoad"."openLeads" + 1, "openPipelineValue" = "RepLoad"."openPipelineValue" + EXCLUDED."openPipelineValue";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Lead_open_load_insert" AFTER INSERT ON "Lead" FOR EACH ROW
  WHEN (NEW."ownerRepId" IS NOT NULL) EXECUTE FUNCTION "switchboard_count_open_lead"();
CREATE TRIGGER "Lead_open_load_delete" AFTER DELETE ON "Lead" FOR EACH ROW
  WHEN (OLD."ownerRepId" IS NOT NULL) EXECUTE FUNCTION "switchboard_count_open_lead"();
CREATE TRIGGER "Lead_open_load_update" AFTER UPDATE OF "ownerRepId", "status", "estimatedValue" ON "Lead" FOR EACH ROW
  WHEN (OLD."ownerRepId" IS DISTINCT FROM NEW."ownerRepId"
     OR OLD."status" IS DISTINCT FROM NEW."status"
     OR OLD."estimatedValue" IS DISTINCT FROM NEW."estimatedValue")
  EXECUTE FUNCTION "switchboard_count_open_lead"();

-- New leads per rep and local day: the day of assignedAt (stored as UTC) in the rep's time zone
-- (UTC should the database not know the zone). A deleted assignment (its lead deleted) stops counting.
CREATE FUNCTION "switchboard_count_new_lead"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_ record;
  zone text;
  local_day date;
BEGIN
  IF TG_OP = 'DELETE' THEN row_ := OLD; ELSE row_ := NEW; END IF;
  SELECT "timeZone" INTO zone FROM "RepProfile" WHERE "id" = row_."repId";
  BEGIN
    local_day := ((row_."assignedAt" AT TIME ZONE 'UTC') AT TIME ZONE COALESCE(zone, 'UTC'))::date;
  EXCEPTION WHEN invalid_parameter_value THEN
    local_day := row_."assignedAt"::date;
  END;
  IF TG_OP = 'DELETE' THEN
    UPDATE "RepDailyLoad" SET "newLeads" = "newLeads" - 1 WHERE "repId" = row_."repId" AND "day" = local_day;
  ELSE
    INSERT INTO "RepDailyLoad" ("repId", "day", "workspaceId", "newLeads")
    VALUES (row_."repId", local_day, row_."workspaceId", 1)
    ON CONFLICT ("repId", "day") DO UPDATE SET "newLeads" = "RepDailyLoad"."newLeads" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "LeadAssignment_daily_load_insert" AFTER INSERT ON "LeadAssignment" FOR EACH ROW
  WHEN (NEW."repId" IS NOT NULL AND NEW."kind"::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED'))
  EXECUTE FUNCTION "switchboard_count_new_lead"();
CREATE TRIGGER "LeadAssignment_daily_load_delete" AFTER DELETE ON "LeadAssignment" FOR EACH ROW
  WHEN (OLD."repId" IS NOT NULL AND OLD."kind"::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED'))
  EXECUTE FUNCTION "switchboard_count_new_lead"();

-- Existing work.
INSERT INTO "RepLoad" ("repId", "workspaceId", "openLeads", "openPipelineValue")
SELECT "ownerRepId", min("workspaceId"), count(*), COALESCE(sum("estimatedValue"), 0)
  FROM "Lead" WHERE "ownerRepId" IS NOT NULL AND "status"::text IN ('ASSIGNED', 'ACCEPTED')
 GROUP BY "ownerRepId";

INSERT INTO "RepDailyLoad" ("repId", "day", "workspaceId", "newLeads")
SELECT a."repId", ((a."assignedAt" AT TIME ZONE 'UTC') AT TIME ZONE r."timeZone")::date, min(a."workspaceId"), count(*)
  FROM "LeadAssignment" a JOIN "RepProfile" r ON r."id" = a."repId"
 WHERE a."kind"::text IN ('ROUTED', 'MANUAL', 'REASSIGNED', 'SLA_REASSIGNED')
   AND r."timeZone" IN (SELECT "name" FROM pg_timezone_names)
 GROUP BY 1, 2;
