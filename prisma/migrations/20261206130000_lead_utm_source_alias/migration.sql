-- The lead's UTM source is routing's `utm.source` (routingUtm in server/domain/routing/routing-lead.ts):
-- the utm's `source` when it is text, else its `utm_source` when that is text, else none. The hosted
-- form stores utm_source; POST /api/v1/leads keeps the names it is sent, so a lead sent with
-- {"source": "google"} was routed by a `utm.source` rule but missing from the analytics UTM slice
-- and filter and the leads page's / CSV's utmSource slice, which read this column (utm_source only,
-- numbers included). Hand-written: Prisma does not model functions or triggers.
-- lead-utm-source.int.test.ts holds this and routingUtm to the same answer for every utm shape.
CREATE OR REPLACE FUNCTION "switchboard_utm_source"(utm jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN jsonb_typeof(utm) <> 'object' THEN NULL
    WHEN jsonb_typeof(utm->'source') = 'string' THEN utm->>'source'
    WHEN jsonb_typeof(utm->'utm_source') = 'string' THEN utm->>'utm_source'
  END
$$;

CREATE OR REPLACE FUNCTION "switchboard_lead_utm_source"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."utmSource" := "switchboard_utm_source"(NEW."utm");
  RETURN NEW;
END $$;

-- Existing leads whose column differs (a short `source`, both names, a number): one statement; not
-- a change of the lead for incremental sync (the touch trigger is off here, as in the migration
-- that added the column).
ALTER TABLE "Lead" DISABLE TRIGGER "Lead_touch_update";
UPDATE "Lead" SET "utmSource" = "switchboard_utm_source"("utm") WHERE "utmSource" IS DISTINCT FROM "switchboard_utm_source"("utm");
ALTER TABLE "Lead" ENABLE TRIGGER "Lead_touch_update";
