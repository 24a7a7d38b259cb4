// The funnel rank of a lead in SQL (alias l), the same definition as funnelRank() in
// server/domain/analytics/funnel.ts: 7 won, 6 opportunity, 5 meeting, 4 contacted, 3 routed to a
// rep, 2 qualified (sent to sales), 1 submitted. "Ever reached" facts come from the lead's
// outcomes (a lost deal that had a meeting still counts as met) and bookings, pre-aggregated per
// lead once for the workspace (hash joins; no per-lead subquery). Only the meeting and opportunity
// outcomes are read (index-only on LeadOutcome(workspaceId, stage, leadId)): a lead without any
// is not in "reach", which the rank reads as false, as before. "Contacted" and the stages after it
// are first-contact-sql.ts's facts, shared with speed-to-lead (one definition of a contacted lead).
import { Prisma } from "../../db/generated/client";
import { HAS_MEETING_SQL, HAS_OPPORTUNITY_SQL, WAS_CONTACTED_SQL } from "./first-contact-sql";

export const MEETING_STAGES = ["MEETING_BOOKED", "MEETING_HELD", "NO_SHOW"] as const;

/** CTEs "reach" (per lead: had a meeting, had an opportunity) for the workspace. */
export function reachCte(workspaceId: string): Prisma.Sql {
  return Prisma.sql`reach AS (
    SELECT r."leadId", bool_or(r.met) AS met, bool_or(r.opp) AS opp FROM (
      SELECT o."leadId", o."stage"::text IN ('MEETING_BOOKED', 'MEETING_HELD', 'NO_SHOW') AS met, o."stage"::text = 'OPPORTUNITY' AS opp
        FROM "LeadOutcome" o WHERE o."workspaceId" = ${workspaceId} AND o."stage" IN ('MEETING_BOOKED', 'MEETING_HELD', 'NO_SHOW', 'OPPORTUNITY')
      UNION ALL
      SELECT b."leadId", true, false FROM "Booking" b WHERE b."workspaceId" = ${workspaceId}
    ) r GROUP BY r."leadId")`;
}

/**
 * The ids of the leads "reach" has a row for (a meeting or opportunity outcome, a booking; a lead
 * may come more than once): for such a lead rc.met OR rc.opp is true, for any other both are
 * false. A set to look leads up in (`l."id" IN (SELECT …)`, hashed once), without reach's
 * per-lead aggregate: speed-to-lead needs only whether, not which.
 */
export function reachedLeadIdsSql(workspaceId: string): Prisma.Sql {
  return Prisma.sql`SELECT o."leadId" FROM "LeadOutcome" o WHERE o."workspaceId" = ${workspaceId} AND o."stage" IN ('MEETING_BOOKED', 'MEETING_HELD', 'NO_SHOW', 'OPPORTUNITY')
      UNION ALL
      SELECT b."leadId" FROM "Booking" b WHERE b."workspaceId" = ${workspaceId}`;
}

/** The rank expression; needs `LEFT JOIN reach rc ON rc."leadId" = l."id"`. */
export const RANK_SQL = Prisma.sql`CASE
    WHEN l."stage"::text = 'WON' THEN 7
    WHEN ${HAS_OPPORTUNITY_SQL} THEN 6
    WHEN ${HAS_MEETING_SQL} THEN 5
    WHEN ${WAS_CONTACTED_SQL} THEN 4
    WHEN l."ownerRepId" IS NOT NULL THEN 3
    WHEN l."routingOutcome" IN ('assigned', 'fallback') THEN 2
    ELSE 1 END`;

export const REACH_JOIN = Prisma.sql`LEFT JOIN reach rc ON rc."leadId" = l."id"`;

/** CTE "opp_reach": leads that ever had an opportunity outcome — all that RANK_SQL >= 6 needs. */
export function opportunityReachCte(workspaceId: string): Prisma.Sql {
  return Prisma.sql`opp_reach AS (SELECT DISTINCT o."leadId" FROM "LeadOutcome" o WHERE o."workspaceId" = ${workspaceId} AND o."stage" = 'OPPORTUNITY')`;
}

/** RANK_SQL >= 6 (opportunity or won), without the meeting facts; needs OPPORTUNITY_REACH_JOIN. */
export const IS_OPPORTUNITY_SQL = Prisma.sql`(l."stage"::text IN ('WON', 'OPPORTUNITY') OR l."opportunityAmount" IS NOT NULL OR ro."leadId" IS NOT NULL)`;

export const OPPORTUNITY_REACH_JOIN = Prisma.sql`LEFT JOIN opp_reach ro ON ro."leadId" = l."id"`;
