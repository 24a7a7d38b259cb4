-- CreateTable
CREATE TABLE "RepPoolWeekLoad" (
    "workspaceId" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "repId" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "assigned" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RepPoolWeekLoad_pkey" PRIMARY KEY ("workspaceId","week","pathId","teamId","repId")
);

-- CreateIndex
CREATE INDEX "RepPoolWeekLoad_repId_idx" ON "RepPoolWeekLoad"("repId");

-- AddForeignKey
ALTER TABLE "RepPoolWeekLoad" ADD CONSTRAINT "RepPoolWeekLoad_repId_fkey" FOREIGN KEY ("repId") REFERENCES "RepProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The floor share's week counts, kept like the daily new-lead counts (hand-written: Prisma does
-- not model triggers): an assignment a pool made (its decision names the path and the team)
-- counts for its rep in the week of assignedAt (stored as UTC; weeks start Monday 00:00 UTC, as
-- the learned counters' weeks). Assignments are never updated; a deleted one (its lead deleted)
-- stops counting.
CREATE FUNCTION "switchboard_count_pool_week"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE "RepPoolWeekLoad" SET "assigned" = "assigned" - 1
     WHERE "workspaceId" = OLD."workspaceId" AND "week" = date_trunc('week', OLD."assignedAt")::date
       AND "pathId" = OLD."decision"->>'pathId' AND "teamId" = OLD."decision"->>'teamId' AND "repId" = OLD."repId";
  ELSE
    INSERT INTO "RepPoolWeekLoad" ("workspaceId", "week", "pathId", "teamId", "repId", "assigned")
    VALUES (NEW."workspaceId", date_trunc('week', NEW."assignedAt")::date, NEW."decision"->>'pathId', NEW."decision"->>'teamId', NEW."repId", 1)
    ON CONFLICT ("workspaceId", "week", "pathId", "teamId", "repId") DO UPDATE SET "assigned" = "RepPoolWeekLoad"."assigned" + 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "LeadAssignment_pool_week_insert" AFTER INSERT ON "LeadAssignment" FOR EACH ROW
  WHEN (NEW."repId" IS NOT NULL AND NEW."kind"::text IN ('ROUTED', 'REASSIGNED', 'SLA_REASSIGNED')
    AND NEW."decision"->>'pathId' IS NOT NULL AND NEW."decision"->>'teamId' IS NOT NULL)
  EXECUTE FUNCTION "switchboard_count_pool_week"();
CREATE TRIGGER "LeadAssignment_pool_week_delete" AFTER DELETE ON "LeadAssignment" FOR EACH ROW
  WHEN (OLD."repId" IS NOT NULL AND OLD."kind"::text IN ('ROUTED', 'REASSIGNED', 'SLA_REASSIGNED')
    AND OLD."decision"->>'pathId' IS NOT NULL AND OLD."decision"->>'teamId' IS NOT NULL)
  EXECUTE FUNCTION "switchboard_count_pool_week"();

-- Existing assignments.
INSERT INTO "RepPoolWeekLoad" ("workspaceId", "week", "pathId", "teamId", "repId", "assigned")
SELECT a."workspaceId", date_trunc('week', a."assignedAt")::date, a."decision"->>'pathId', a."decision"->>'teamId', a."repId", count(*)
  FROM "LeadAssignment" a JOIN "RepProfile" r ON r."id" = a."repId"
 WHERE a."kind"::text IN ('ROUTED', 'REASSIGNED', 'SLA_REASSIGNED')
   AND a."decision"->>'pathId' IS NOT NULL AND a."decision"->>'teamId' IS NOT NULL
 GROUP BY 1, 2, 3, 4, 5;
