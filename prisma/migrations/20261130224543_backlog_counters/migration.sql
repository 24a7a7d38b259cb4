-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "slaPassedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RepLoad" ADD COLUMN     "pastSlaLeads" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "untouchedLeads" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "workedLeads" INTEGER NOT NULL DEFAULT 0;

-- Capacity from the live backlog, kept like the other live load counters (hand-written: Prisma
-- does not model triggers): each open lead (ASSIGNED or ACCEPTED, with an owner) counts for its
-- owner in exactly one of untouchedLeads (no first contact), pastSlaLeads (no first contact and
-- the SLA job marked it: "slaPassedAt") and workedLeads (first contact made). The triggers move
-- them in the transaction that changes the lead — routing, accepting, first contact or a status
-- change, reassignment, closing, and the SLA job — so routing reads them under its lock instead of
-- grouping the open leads.

-- Leads already past their SLA's reminder time (the published config's) when this runs; those
-- still within it are marked by their pending SLA reminder job.
UPDATE "Lead" l
   SET "slaPassedAt" = l."routedAt" + make_interval(mins => (v."config"->'policies'->'sla'->>'remindAfterMinutes')::int)
  FROM "RoutingSettings" s JOIN "RoutingConfigVersion" v ON v."id" = s."publishedVersionId"
 WHERE s."workspaceId" = l."workspaceId"
   AND jsonb_typeof(v."config"->'policies'->'sla') = 'object'
   AND l."ownerRepId" IS NOT NULL AND l."status"::text IN ('ASSIGNED', 'ACCEPTED') AND l."firstContactAt" IS NULL
   AND l."routedAt" + make_interval(mins => (v."config"->'policies'->'sla'->>'remindAfterMinutes')::int) <= now();

-- A new assignment (routedAt changes) restarts the SLA: the mark is cleared.
CREATE FUNCTION "switchboard_restart_sla"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."slaPassedAt" := NULL;
  RETURN NEW;
END $$;

CREATE TRIGGER "Lead_sla_restart" BEFORE UPDATE OF "routedAt" ON "Lead" FOR EACH ROW
  WHEN (OLD."routedAt" IS DISTINCT FROM NEW."routedAt" AND NEW."slaPassedAt" IS NOT NULL)
  EXECUTE FUNCTION "switchboard_restart_sla"();

CREATE OR REPLACE FUNCTION "switchboard_count_open_lead"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."ownerRepId" IS NOT NULL AND OLD."status"::text IN ('ASSIGNED', 'ACCEPTED') THEN
    UPDATE "RepLoad"
       SET "openLeads" = "openLeads" - 1, "openPipelineValue" = "openPipelineValue" - COALESCE(OLD."estimatedValue", 0),
           "untouchedLeads" = "untouchedLeads" - (OLD."firstContactAt" IS NULL AND OLD."slaPassedAt" IS NULL)::int,
           "pastSlaLeads" = "pastSlaLeads" - (OLD."firstContactAt" IS NULL AND OLD."slaPassedAt" IS NOT NULL)::int,
           "workedLeads" = "workedLeads" - (OLD."firstContactAt" IS NOT NULL)::int
     WHERE "repId" = OLD."ownerRepId";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."ownerRepId" IS NOT NULL AND NEW."status"::text IN ('ASSIGNED', 'ACCEPTED') THEN
    INSERT INTO "RepLoad" ("repId", "workspaceId", "openLeads", "openPipelineValue", "untouchedLeads", "pastSlaLeads", "workedLeads")
    VALUES (NEW."ownerRepId", NEW."workspaceId", 1, COALESCE(NEW."estimatedValue", 0),
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

DROP TRIGGER "Lead_open_load_update" ON "Lead";
CREATE TRIGGER "Lead_open_load_update" AFTER UPDATE OF "ownerRepId", "status", "estimatedValue", "firstContactAt", "slaPassedAt", "routedAt" ON "Lead" FOR EACH ROW
  WHEN (OLD."ownerRepId" IS DISTINCT FROM NEW."ownerRepId"
     OR OLD."status" IS DISTINCT FROM NEW."status"
     OR OLD."estimatedValue" IS DISTINCT FROM NEW."estimatedValue"
     OR (OLD."firstContactAt" IS NULL) <> (NEW."firstContactAt" IS NULL)
     OR (OLD."slaPassedAt" IS NULL) <> (NEW."slaPassedAt" IS NULL))
  EXECUTE FUNCTION "switchboard_count_open_lead"();

-- Existing open work.
UPDATE "RepLoad" r
   SET "untouchedLeads" = g."untouched", "pastSlaLeads" = g."pastSla", "workedLeads" = g."worked"
  FROM (SELECT "ownerRepId",
               count(*) FILTER (WHERE "firstContactAt" IS NULL AND "slaPassedAt" IS NULL)::int AS "untouched",
               count(*) FILTER (WHERE "firstContactAt" IS NULL AND "slaPassedAt" IS NOT NULL)::int AS "pastSla",
               count(*) FILTER (WHERE "firstContactAt" IS NOT NULL)::int AS "worked"
          FROM "Lead" WHERE "ownerRepId" IS NOT NULL AND "status"::text IN ('ASSIGNED', 'ACCEPTED')
         GROUP BY "ownerRepId") g
 WHERE r."repId" = g."ownerRepId";
