-- LeadAssignment."followUpsAt" is the "routing.assigned" job's own bookkeeping (it claimed the
-- assignment's timers once), not a change of the lead: an incremental reader of GET /api/v1/leads
-- sees nothing new in it. Touching the lead for it made every routed lead's row be written again
-- after commit (the Lead row and each of its indexes: its updatedAt is indexed, so no HOT update):
-- ~1 ms of PostgreSQL per routed lead in the claim. The lead is still touched by every insert of an
-- assignment and by every update that changes any other column (accepted, ended, reassigned …,
-- and any column added later).
DROP TRIGGER "LeadAssignment_touch_lead" ON "LeadAssignment";

CREATE TRIGGER "LeadAssignment_touch_lead_insert" AFTER INSERT ON "LeadAssignment" FOR EACH ROW
  EXECUTE FUNCTION "switchboard_lead_touch_child"();

CREATE TRIGGER "LeadAssignment_touch_lead_update" AFTER UPDATE ON "LeadAssignment" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'followUpsAt') IS DISTINCT FROM (to_jsonb(NEW) - 'followUpsAt'))
  EXECUTE FUNCTION "switchboard_lead_touch_child"();
