// The SQL of speed-to-lead (speed-to-lead.ts): one row per assignment of a rep ("asg"), with the
// routing SLA's verdict computed as server/domain/analytics/assignment-sla.ts defines it, and the
// aggregates every figure set shares. Leads are selected by the analytics filters (alias l) and
// joined to their assignments by the (leadId, assignedAt) index; a rep or team filter applies to
// the assignment (who held the lead, the team it was routed through), not to today's owner.
import { Prisma } from "../../db/generated/client";
import type { TSlaPolicy } from "../../domain/analytics/assignment-sla";
import { leadConditions, type TAnalyticsFilters } from "./analytics-filters";

export const WITHIN_SECONDS = 300;

/** The columns every figure set reads (a raw row's aggregates). */
export interface TSpeedAggregates {
  leads: number;
  a50: number | null;
  a90: number | null;
  c50: number | null;
  c90: number | null;
  c5: number;
  r_ok: number;
  r_due: number;
  breaches: number;
}

/** Seconds from `from` to `to`, never negative; NULL when `to` is (GREATEST alone would give 0). */
const secondsBetween = (from: Prisma.Sql, to: Prisma.Sql) => Prisma.sql`CASE WHEN ${to} IS NULL THEN NULL ELSE GREATEST(EXTRACT(EPOCH FROM (${to} - ${from}))::float8, 0) END`;

/** The team an assignment counts for: the one its decision routed it through, else none (today's membership decides). */
const ROUTED_TEAM = Prisma.sql`NULLIF(a."decision"->>'teamId', '')`;

/** Still held and not accepted when `deadline` passed (wasHeldUnacceptedAt). */
function heldUnacceptedAt(deadline: Prisma.Sql, now: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${deadline} <= ${now} AND (a."acceptedAt" > ${deadline} OR (a."acceptedAt" IS NULL AND (a."endedAt" IS NULL OR a."endedAt" >= ${deadline}))))`;
}

/**
 * The CTE "asg": one row per assignment of a rep to a lead the filters select, with its lead's
 * path, week, submission and first contact; its own accept_s and contact_s (from its assignedAt;
 * contact only when the first contact happened while it held the lead); remind_due, remind_ok and
 * breach as 0/1 (0 without an SLA). `withTeam`: also routed_team, read from the decision record
 * (a big pool's record is large: only the team figure set and a team filter read it).
 */
export function assignmentsCte(workspaceId: string, f: TAnalyticsFilters, sla: TSlaPolicy | null, now: Date, withTeam = false): Prisma.Sql {
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const conditions = [leadConditions(workspaceId, { ...f, repId: undefined, teamId: undefined }), Prisma.sql`a."workspaceId" = ${workspaceId}`, Prisma.sql`a."repId" IS NOT NULL`];
  if (f.repId) conditions.push(Prisma.sql`a."repId" = ${f.repId}`);
  if (f.teamId) {
    const members = Prisma.sql`SELECT tm."repId" FROM "TeamMember" tm JOIN "Team" t ON t."id" = tm."teamId" WHERE t."id" = ${f.teamId} AND t."workspaceId" = ${workspaceId}`;
    conditions.push(Prisma.sql`(${ROUTED_TEAM} = ${f.teamId} OR (${ROUTED_TEAM} IS NULL AND a."repId" IN (${members})))`);
  }
  const verdict = sla
    ? (() => {
        const remindAt = Prisma.sql`(a."assignedAt" + ${sla.remindAfterMinutes}::int * interval '1 minute')`;
        const reassignAt = Prisma.sql`(a."assignedAt" + ${sla.reassignAfterMinutes}::int * interval '1 minute')`;
        const ok = Prisma.sql`(a."acceptedAt" IS NOT NULL AND a."acceptedAt" <= ${remindAt})`;
        return Prisma.sql`(${ok})::int AS remind_ok, (${ok} OR ${heldUnacceptedAt(remindAt, at)})::int AS remind_due, (${heldUnacceptedAt(reassignAt, at)})::int AS breach`;
      })()
    : Prisma.sql`0 AS remind_ok, 0 AS remind_due, 0 AS breach`;
  return Prisma.sql`asg AS (
    SELECT a."leadId" AS lead, a."repId" AS rep, ${withTeam ? ROUTED_TEAM : Prisma.sql`NULL::text`} AS routed_team, l."routingPathId" AS path, date_trunc('week', l."submittedAt") AS week,
           l."submittedAt" AS submitted, l."firstContactAt" AS contacted, a."acceptedAt" AS accepted,
           ${secondsBetween(Prisma.sql`a."assignedAt"`, Prisma.sql`a."acceptedAt"`)} AS accept_s,
           CASE WHEN l."firstContactAt" >= a."assignedAt" AND (a."endedAt" IS NULL OR l."firstContactAt" < a."endedAt")
                THEN ${secondsBetween(Prisma.sql`a."assignedAt"`, Prisma.sql`l."firstContactAt"`)} END AS contact_s,
           ${verdict}
      FROM "Lead" l JOIN "LeadAssignment" a ON a."leadId" = l."id"
     WHERE ${Prisma.join(conditions, " AND ")})`;
}

/**
 * The CTE "lead" over "asg": one row per lead — the prospect's view: submission → first acceptance
 * by anyone (accept_s) and → first contact (contact_s) — with its assignments' SLA counts summed.
 */
export const LEADS_CTE = Prisma.sql`lead AS (
    SELECT min(s.path) AS path, min(s.week) AS week,
           ${secondsBetween(Prisma.sql`min(s.submitted)`, Prisma.sql`min(s.accepted)`)} AS accept_s,
           ${secondsBetween(Prisma.sql`min(s.submitted)`, Prisma.sql`min(s.contacted)`)} AS contact_s,
           sum(s.remind_ok)::int AS remind_ok, sum(s.remind_due)::int AS remind_due, sum(s.breach)::int AS breach
      FROM asg s GROUP BY s.lead)`;

/** The aggregates over units b (assignments or leads) with accept_s, contact_s, remind_ok, remind_due, breach. */
export const AGGREGATES = Prisma.sql`count(*)::int AS leads,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY b.accept_s) AS a50, percentile_cont(0.9) WITHIN GROUP (ORDER BY b.accept_s) AS a90,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY b.contact_s) AS c50, percentile_cont(0.9) WITHIN GROUP (ORDER BY b.contact_s) AS c90,
    (count(*) FILTER (WHERE b.contact_s <= ${WITHIN_SECONDS}))::int AS c5,
    COALESCE(sum(b.remind_ok), 0)::int AS r_ok, COALESCE(sum(b.remind_due), 0)::int AS r_due, COALESCE(sum(b.breach), 0)::int AS breaches`;

/**
 * Each assignment with the teams it counts for: the team its decision routed it through; without
 * one (a rep path, a manager's choice, the fallback) the rep's teams of today, as the old report
 * counted every lead (the record says no more).
 */
export function assignmentTeams(workspaceId: string): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (
      SELECT b.routed_team WHERE b.routed_team IS NOT NULL
      UNION ALL
      SELECT tm."teamId" FROM "TeamMember" tm JOIN "Team" t ON t."id" = tm."teamId" AND t."workspaceId" = ${workspaceId}
       WHERE b.routed_team IS NULL AND tm."repId" = b.rep) AS x(team)`;
}
