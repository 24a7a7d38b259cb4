-- The routing lock and the read under it in ONE round trip (hand-written: Prisma does not model
-- functions). Takes the workspace routing lock (lock_key NULL: none, for previews), then runs the
-- app's read-only query (server/services/routing/load-routing-state.ts: a constant text with its
-- arguments as one jsonb $1) and returns its one jsonb value, plus "afterLockMs": how long the
-- function ran after the lock was granted (the app times the lock from there). VOLATILE plpgsql:
-- in READ COMMITTED each statement inside takes a new snapshot, so the query sees every decision
-- committed before the lock was granted — as a separate statement after the lock would.
CREATE FUNCTION "switchboard_routing_read"(lock_key TEXT, query TEXT, args JSONB) RETURNS JSONB LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  result JSONB;
  locked_at TIMESTAMPTZ;
BEGIN
  IF lock_key IS NOT NULL THEN PERFORM pg_advisory_xact_lock(hashtext(lock_key)); END IF;
  locked_at := clock_timestamp();
  EXECUTE query INTO result USING args;
  RETURN result || jsonb_build_object('afterLockMs', extract(epoch FROM clock_timestamp() - locked_at) * 1000);
END $$;
