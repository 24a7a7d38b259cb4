-- Lead."idempotencyWarnings": the warnings the first answer to a lead's Idempotency-Key carried
-- ([{ path, message }], [] for none), so that a replay answers exactly those even after a publish
-- changed what the same answers are warned about. Null for a lead without a key, and for leads
-- stored before this migration: their replay rebuilds the warnings, as it did.
ALTER TABLE "Lead" ADD COLUMN     "idempotencyWarnings" JSONB;
