-- CreateTable
CREATE TABLE "RoutingRosterVersion" (
    "workspaceId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "RoutingRosterVersion_pkey" PRIMARY KEY ("workspaceId")
);

-- Bumps, in the same transaction, the roster version of every workspace whose routing roster a
-- change touches (hand-written: Prisma does not model triggers). The per-process roster cache
-- (server/services/routing/roster-cache.ts) compares it under the routing lock.
-- Versions come from one sequence that nothing resets (not even a TRUNCATE … RESTART IDENTITY of
-- the tables), so a workspace id seeded again never meets a version an app process saw before.
CREATE SEQUENCE "switchboard_roster_version_seq";

CREATE FUNCTION "switchboard_bump_roster_version"(ws TEXT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "RoutingRosterVersion" ("workspaceId", "version") SELECT ws, nextval('"switchboard_roster_version_seq"') WHERE ws IS NOT NULL
  ON CONFLICT ("workspaceId") DO UPDATE SET "version" = EXCLUDED."version";
$$;

-- Tables with their own "workspaceId": RepProfile, RepBusyBlock, Membership, Team, RoutingSettings.
CREATE FUNCTION "switchboard_roster_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "switchboard_bump_roster_version"(OLD."workspaceId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."workspaceId" IS DISTINCT FROM OLD."workspaceId") THEN
    PERFORM "switchboard_bump_roster_version"(NEW."workspaceId");
  END IF;
  RETURN NULL;
END $$;

-- Rows of a rep: RepTimeOff (repId), TeamMember (repId).
CREATE FUNCTION "switchboard_rep_roster_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "switchboard_bump_roster_version"((SELECT "workspaceId" FROM "RepProfile" WHERE "id" = OLD."repId")); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."repId" IS DISTINCT FROM OLD."repId") THEN
    PERFORM "switchboard_bump_roster_version"((SELECT "workspaceId" FROM "RepProfile" WHERE "id" = NEW."repId"));
  END IF;
  RETURN NULL;
END $$;

-- A user's name or email: every workspace where the user is a rep.
CREATE FUNCTION "switchboard_user_roster_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "switchboard_bump_roster_version"(p."workspaceId") FROM "RepProfile" p WHERE p."userId" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "RepProfile_roster_version" AFTER INSERT OR UPDATE OR DELETE ON "RepProfile" FOR EACH ROW EXECUTE FUNCTION "switchboard_roster_changed"();
CREATE TRIGGER "RepBusyBlock_roster_version" AFTER INSERT OR UPDATE OR DELETE ON "RepBusyBlock" FOR EACH ROW EXECUTE FUNCTION "switchboard_roster_changed"();
CREATE TRIGGER "Membership_roster_version" AFTER INSERT OR UPDATE OR DELETE ON "Membership" FOR EACH ROW EXECUTE FUNCTION "switchboard_roster_changed"();
CREATE TRIGGER "Team_roster_version" AFTER INSERT OR UPDATE OR DELETE ON "Team" FOR EACH ROW EXECUTE FUNCTION "switchboard_roster_changed"();
CREATE TRIGGER "RoutingSettings_roster_version_insert" AFTER INSERT OR DELETE ON "RoutingSettings" FOR EACH ROW EXECUTE FUNCTION "switchboard_roster_changed"();
CREATE TRIGGER "RoutingSettings_roster_version_update" AFTER UPDATE ON "RoutingSettings" FOR EACH ROW
  WHEN (OLD."publishedVersionId" IS DISTINCT FROM NEW."publishedVersionId") EXECUTE FUNCTION "switchboard_roster_changed"();
CREATE TRIGGER "RepTimeOff_roster_version" AFTER INSERT OR UPDATE OR DELETE ON "RepTimeOff" FOR EACH ROW EXECUTE FUNCTION "switchboard_rep_roster_changed"();
CREATE TRIGGER "TeamMember_roster_version" AFTER INSERT OR UPDATE OR DELETE ON "TeamMember" FOR EACH ROW EXECUTE FUNCTION "switchboard_rep_roster_changed"();
CREATE TRIGGER "User_roster_version" AFTER UPDATE OF "name", "email" ON "User" FOR EACH ROW
  WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."email" IS DISTINCT FROM NEW."email") EXECUTE FUNCTION "switchboard_user_roster_changed"();
