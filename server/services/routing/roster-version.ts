// The workspace's roster version (RoutingRosterVersion, bumped by triggers on every change of its
// reps, teams, memberships, time off, busy blocks, its reps' user names and emails and its
// published routing) as a SQL expression: 0 before any change. Caches of what it covers (the
// routing roster, the reps' and teams' names) compare it in the statement that uses them.
import { Prisma } from "../../db/generated/client";

export const rosterVersionOf = (workspaceId: string) =>
  Prisma.sql`(COALESCE((SELECT "version" FROM "RoutingRosterVersion" WHERE "workspaceId" = ${workspaceId}), 0))::float8`;
