-- switchboard_routing_read also returns "lockedAtMs": when the lock was granted, in milliseconds
-- since the Unix epoch on the database server's clock. On one machine (the bench) the app times
-- the lock from that instant, so the read's way back to the app counts in the held time (with
-- "afterLockMs" alone it started when the app saw the read, minus the read's time in the database).
CREATE OR REPLACE FUNCTION "switchboard_routing_read"(lock_key TEXT, query TEXT, args JSONB) RETURNS JSONB LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  result JSONB;
  locked_at TIMESTAMPTZ;
BEGIN
  IF lock_key IS NOT NULL THEN PERFORM pg_advisory_xact_lock(hashtext(lock_key)); END IF;
  locked_at := clock_timestamp();
  EXECUTE query INTO result USING args;
  RETURN result || jsonb_build_object('afterLockMs', extract(epoch FROM clock_timestamp() - locked_at) * 1000, 'lockedAtMs', extract(epoch FROM locked_at) * 1000);
END $$;
