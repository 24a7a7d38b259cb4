-- LeadAssignment."slaStartsAt": when the rep's accept clock (the routing SLA) starts — assignedAt
-- when they were at work, else the start of their next working time. Written by the
-- "routing.assigned" job in the same statement that claims the follow-ups (followUpsAt). Rows from
-- before (and assignments without an SLA) keep NULL, read as assignedAt everywhere (COALESCE).
-- AlterTable
ALTER TABLE "LeadAssignment" ADD COLUMN     "slaStartsAt" TIMESTAMP(3);

-- Like followUpsAt, the job's own bookkeeping, not a change of the lead: the claim sets both and
-- must not touch the lead's row (migration assignment_touch_ignores_follow_ups).
DROP TRIGGER "LeadAssignment_touch_lead_update" ON "LeadAssignment";

CREATE TRIGGER "LeadAssignment_touch_lead_update" AFTER UPDATE ON "LeadAssignment" FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'followUpsAt' - 'slaStartsAt') IS DISTINCT FROM (to_jsonb(NEW) - 'followUpsAt' - 'slaStartsAt'))
  EXECUTE FUNCTION "switchboard_lead_touch_child"();
