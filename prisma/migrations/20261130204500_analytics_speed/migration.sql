-- Analytics at 100,000 leads (issue 13 item 10): narrow indexes and rollups kept by the database
-- in the same statement as the change (hand-written parts below the generated ones: Prisma does
-- not model triggers). Figures stay exactly as the queries over the raw rows gave them.

-- A form visit sends each event type (and each step) once; repeated beacons are dropped from
-- here on by the unique index below, so earlier repeats go first (the earliest stays).
DELETE FROM "FormStepEvent" e USING "FormStepEvent" d
 WHERE e."formId" = d."formId" AND e."visitId" = d."visitId" AND e."type" = d."type" AND e."step" = d."step"
   AND (e."occurredAt", e."id") > (d."occurredAt", d."id");

-- DropIndex
DROP INDEX "Lead_workspaceId_submittedAt_idx";

-- DropIndex
DROP INDEX "LeadOutcome_workspaceId_stage_idx";

-- CreateTable
CREATE TABLE "FormStepDaily" (
    "formId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "type" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FormStepDaily_pkey" PRIMARY KEY ("formId","day","type","step")
);

-- CreateTable
CREATE TABLE "FormVisit" (
    "formId" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "viewedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "FormVisit_pkey" PRIMARY KEY ("formId","visitId")
);

-- CreateTable
CREATE TABLE "LeadScoreFired" (
    "leadId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "items" INTEGER[],

    CONSTRAINT "LeadScoreFired_pkey" PRIMARY KEY ("leadId")
);

-- CreateTable
CREATE TABLE "ScoreItem" (
    "id" SERIAL NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ScoreItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormStepDaily_workspaceId_idx" ON "FormStepDaily"("workspaceId");

-- CreateIndex
CREATE INDEX "FormVisit_workspaceId_formId_completedAt_viewedAt_idx" ON "FormVisit"("workspaceId", "formId", "completedAt", "viewedAt");

-- CreateIndex
CREATE INDEX "LeadScoreFired_workspaceId_idx" ON "LeadScoreFired"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreItem_workspaceId_ref_label_key" ON "ScoreItem"("workspaceId", "ref", "label");

-- CreateIndex
CREATE UNIQUE INDEX "FormStepEvent_formId_visitId_type_step_key" ON "FormStepEvent"("formId", "visitId", "type", "step");

-- CreateIndex
CREATE INDEX "Lead_analytics_idx" ON "Lead"("workspaceId", "submittedAt", "isSpam", "ownerRepId", "routingPathId", "routingOutcome", "stage", "acceptedAt", "firstContactAt", "opportunityAmount", "wonAmount", "scoreTotal", "tier", "source", "formId", "id");

-- CreateIndex
CREATE INDEX "LeadOutcome_workspaceId_stage_leadId_idx" ON "LeadOutcome"("workspaceId", "stage", "leadId");

-- AddForeignKey
ALTER TABLE "FormStepDaily" ADD CONSTRAINT "FormStepDaily_formId_fkey" FOREIGN KEY ("formId") REFERENCES "Form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormVisit" ADD CONSTRAINT "FormVisit_formId_fkey" FOREIGN KEY ("formId") REFERENCES "Form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadScoreFired" ADD CONSTRAINT "LeadScoreFired_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreItem" ADD CONSTRAINT "ScoreItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A child row touches its lead once per transaction: the lead's updatedAt is stored to the
-- millisecond (rounded), so "< now()" was true again for about every second child row of the same
-- transaction (an extra copy of the wide lead row and of its index entries each time).
CREATE OR REPLACE FUNCTION "switchboard_lead_touch_child"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Lead" SET "updatedAt" = now() WHERE "id" = NEW."leadId" AND "updatedAt" < date_trunc('milliseconds', now());
  RETURN NULL;
END $$;

-- The scoring rules and options that fired, from a lead's breakdown (score view): each as a
-- ScoreItem (ref, label = the explanation without its "+N Question: " prefix) once per workspace,
-- and per lead the ids in breakdown order. A new item's row is inserted in key order; a
-- concurrent insert of the same new item waits for the first one's commit (first firing only).
CREATE FUNCTION "switchboard_score_fired_items"(breakdown jsonb) RETURNS TABLE (ord bigint, ref text, label text) LANGUAGE sql IMMUTABLE AS $$
  SELECT x.ord, left(COALESCE(x.item->>'ref', ''), 200), left(COALESCE(regexp_replace(x.item->>'explanation', '^[-+0-9]+ [^:]*: ', ''), ''), 500)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(breakdown) = 'array' THEN breakdown ELSE '[]'::jsonb END) WITH ORDINALITY AS x(item, ord)
   WHERE x.item->>'kind' IN ('rule', 'option', 'free_email', 'knockout')
$$;

CREATE FUNCTION "switchboard_lead_score_fired_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ScoreItem" ("workspaceId", "ref", "label")
  SELECT DISTINCT n."workspaceId", i.ref, i.label FROM new_leads n CROSS JOIN LATERAL "switchboard_score_fired_items"(n."breakdown") i ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  INSERT INTO "LeadScoreFired" ("leadId", "workspaceId", "items")
  SELECT n."id", n."workspaceId", array_agg(s."id" ORDER BY i.ord)
    FROM new_leads n CROSS JOIN LATERAL "switchboard_score_fired_items"(n."breakdown") i
    JOIN "ScoreItem" s ON s."workspaceId" = n."workspaceId" AND s."ref" = i.ref AND s."label" = i.label
   GROUP BY n."id", n."workspaceId";
  RETURN NULL;
END $$;

CREATE FUNCTION "switchboard_lead_score_fired_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "LeadScoreFired" WHERE "leadId" = NEW."id";
  INSERT INTO "ScoreItem" ("workspaceId", "ref", "label")
  SELECT DISTINCT NEW."workspaceId", i.ref, i.label FROM "switchboard_score_fired_items"(NEW."breakdown") i ORDER BY 1, 2, 3
  ON CONFLICT DO NOTHING;
  INSERT INTO "LeadScoreFired" ("leadId", "workspaceId", "items")
  SELECT NEW."id", NEW."workspaceId", array_agg(s."id" ORDER BY i.ord)
    FROM "switchboard_score_fired_items"(NEW."breakdown") i JOIN "ScoreItem" s ON s."workspaceId" = NEW."workspaceId" AND s."ref" = i.ref AND s."label" = i.label
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "Lead_score_fired_insert" AFTER INSERT ON "Lead" REFERENCING NEW TABLE AS new_leads
  FOR EACH STATEMENT EXECUTE FUNCTION "switchboard_lead_score_fired_insert"();
CREATE TRIGGER "Lead_score_fired_update" AFTER UPDATE OF "breakdown" ON "Lead" FOR EACH ROW
  WHEN (OLD."breakdown" IS DISTINCT FROM NEW."breakdown") EXECUTE FUNCTION "switchboard_lead_score_fired_update"();

INSERT INTO "ScoreItem" ("workspaceId", "ref", "label")
SELECT DISTINCT l."workspaceId", i.ref, i.label FROM "Lead" l CROSS JOIN LATERAL "switchboard_score_fired_items"(l."breakdown") i;
INSERT INTO "LeadScoreFired" ("leadId", "workspaceId", "items")
SELECT l."id", l."workspaceId", array_agg(s."id" ORDER BY i.ord)
  FROM "Lead" l CROSS JOIN LATERAL "switchboard_score_fired_items"(l."breakdown") i
  JOIN "ScoreItem" s ON s."workspaceId" = l."workspaceId" AND s."ref" = i.ref AND s."label" = i.label
 GROUP BY l."id", l."workspaceId";

-- Form step rollups: events per UTC day, type and step, and each visit's first view and
-- completion. Inserted events add (rows in key order: concurrent beacons lock alike), deleted
-- events subtract and their visits are recomputed from the events left. Events are not updated.
CREATE FUNCTION "switchboard_form_steps_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "FormStepDaily" ("formId", "day", "type", "step", "workspaceId", "visits")
  SELECT "formId", "occurredAt"::date, "type", "step", min("workspaceId"), count(*)::int FROM new_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("formId", "day", "type", "step") DO UPDATE SET "visits" = "FormStepDaily"."visits" + EXCLUDED."visits";
  INSERT INTO "FormVisit" ("formId", "visitId", "workspaceId", "viewedAt", "completedAt")
  SELECT "formId", "visitId", min("workspaceId"), min("occurredAt") FILTER (WHERE "type" = 'view'), min("occurredAt") FILTER (WHERE "type" = 'complete')
    FROM new_events WHERE "type" IN ('view', 'complete') GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT ("formId", "visitId") DO UPDATE
    SET "viewedAt" = LEAST("FormVisit"."viewedAt", EXCLUDED."viewedAt"), "completedAt" = LEAST("FormVisit"."completedAt", EXCLUDED."completedAt");
  RETURN NULL;
END $$;

CREATE FUNCTION "switchboard_form_steps_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "FormStepDaily" d SET "visits" = d."visits" - o.n
    FROM (SELECT "formId", "occurredAt"::date AS day, "type", "step", count(*)::int AS n FROM old_events GROUP BY 1, 2, 3, 4) o
   WHERE d."formId" = o."formId" AND d."day" = o.day AND d."type" = o."type" AND d."step" = o."step";
  DELETE FROM "FormStepDaily" d USING (SELECT DISTINCT "formId", "occurredAt"::date AS day FROM old_events) o
   WHERE d."formId" = o."formId" AND d."day" = o.day AND d."visits" <= 0;
  DELETE FROM "FormVisit" v USING (SELECT DISTINCT "formId", "visitId" FROM old_events) o
   WHERE v."formId" = o."formId" AND v."visitId" = o."visitId";
  INSERT INTO "FormVisit" ("formId", "visitId", "workspaceId", "viewedAt", "completedAt")
  SELECT e."formId", e."visitId", min(e."workspaceId"), min(e."occurredAt") FILTER (WHERE e."type" = 'view'), min(e."occurredAt") FILTER (WHERE e."type" = 'complete')
    FROM "FormStepEvent" e JOIN (SELECT DISTINCT "formId", "visitId" FROM old_events) o ON o."formId" = e."formId" AND o."visitId" = e."visitId"
   WHERE e."type" IN ('view', 'complete') GROUP BY 1, 2;
  RETURN NULL;
END $$;

CREATE TRIGGER "FormStepEvent_rollup_insert" AFTER INSERT ON "FormStepEvent" REFERENCING NEW TABLE AS new_events
  FOR EACH STATEMENT EXECUTE FUNCTION "switchboard_form_steps_insert"();
CREATE TRIGGER "FormStepEvent_rollup_delete" AFTER DELETE ON "FormStepEvent" REFERENCING OLD TABLE AS old_events
  FOR EACH STATEMENT EXECUTE FUNCTION "switchboard_form_steps_delete"();

INSERT INTO "FormStepDaily" ("formId", "day", "type", "step", "workspaceId", "visits")
SELECT "formId", "occurredAt"::date, "type", "step", min("workspaceId"), count(*)::int FROM "FormStepEvent" GROUP BY 1, 2, 3, 4;
INSERT INTO "FormVisit" ("formId", "visitId", "workspaceId", "viewedAt", "completedAt")
SELECT "formId", "visitId", min("workspaceId"), min("occurredAt") FILTER (WHERE "type" = 'view'), min("occurredAt") FILTER (WHERE "type" = 'complete')
  FROM "FormStepEvent" WHERE "type" IN ('view', 'complete') GROUP BY 1, 2;
