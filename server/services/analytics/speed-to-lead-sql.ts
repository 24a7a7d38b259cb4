// The SQL of speed-to-lead (speed-to-lead.ts): one row per assignment of a rep ("asg"), with the
// routing SLA's verdict computed as server/domain/analytics/assignment-sla.ts defines it, and the
// aggregates every figure set shares. Leads are selected by the analytics filters (alias l) and
// joined to their assignments (at 100,000 leads the planner hash-joins a scan of LeadAssignment); a rep or team filter applies to
// the assignment (who held the lead, the team it was routed through), not to today's owner. First
// contact is first-contact-sql.ts's, the funnel's definition: the lead row's part per assignment
// (CONTACTED_ON_LEAD_ROW_SQL), the outcomes' and bookings' part looked up once per lead (leadsCte).
import { Prisma } from "../../db/generated/client";
import { CHOSEN_BY_PERSON_CODES, ROUTED_KINDS, ROUTED_OR_CHOSEN_KIND, type TSlaPolicy } from "../../domain/analytics/assignment-sla";
import { leadConditions, type TAnalyticsFilters } from "./analytics-filters";
import { CONTACTED_ON_LEAD_ROW_SQL, FIRST_CONTACT_AT_SQL } from "./first-contact-sql";
import { reachedLeadIdsSql } from "./funnel-sql";

export const WITHIN_SECONDS = 300;

/** The columns every figure set reads (a raw row's aggregates). */
export interface TSpeedAggregates {
  leads: number;
  contacted: number;
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

/** The team an assignment counts for: the one its decision routed it through, else none ("No team"). */
const ROUTED_TEAM = Prisma.sql`NULLIF(a."decision"->>'teamId', '')`;

/** The key and label of the team row of the assignments no team path made (a rep path, a manager's choice, a booking with the next best rep, the fallback). */
export const NO_TEAM_KEY = "none";
export const NO_TEAM_LABEL = "No team";

/** Where an assignment that runs the SLA (RUNS_SLA) counts its windows from (slaClockOf): the rep's accept clock, else (a routed row from before the clock) its assignedAt. */
const SLA_CLOCK = Prisma.sql`COALESCE(a."slaStartsAt", a."assignedAt")`;

/** The decision record (alias a) is a person's choice of rep (isChosenByPerson): one of its reasons has such a code. */
const CHOSEN_BY_PERSON = Prisma.join(
  CHOSEN_BY_PERSON_CODES.map((code) => Prisma.sql`COALESCE((a."decision"->'reasons') @> ${JSON.stringify([{ code }])}::jsonb, false)`),
  " OR ",
);

/**
 * Whether the assignment (alias a) runs the routing SLA, as runsSla (assignment-sla.ts): a stored
 * clock start, or, on a row from before the clock, a kind only routing writes, or a REASSIGNED
 * row whose decision no person made. A CASE, so the decision record (large for a big pool) is
 * read only for a REASSIGNED row without a clock.
 */
export const RUNS_SLA = Prisma.sql`(CASE WHEN a."slaStartsAt" IS NOT NULL THEN true WHEN a."kind"::text IN (${Prisma.join([...ROUTED_KINDS])}) THEN true WHEN a."kind"::text = ${ROUTED_OR_CHOSEN_KIND} THEN NOT (${CHOSEN_BY_PERSON}) ELSE false END)`;

/** Still held and not accepted when `deadline` passed (wasHeldUnacceptedAt). */
function heldUnacceptedAt(deadline: Prisma.Sql, now: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${deadline} <= ${now} AND (a."acceptedAt" > ${deadline} OR (a."acceptedAt" IS NULL AND (a."endedAt" IS NULL OR a."endedAt" >= ${deadline}))))`;
}

export interface TAssignmentsCteOptions {
  /** Also routed_team, read from the decision record (speed-to-lead.ts reads it in its one statement; the CTE is MATERIALIZED so the wide record is not carried into the sorts). */
  withTeam?: boolean;
  /** Also lead_contacted: the lead row's part of the funnel's "contacted" (CONTACTED_ON_LEAD_ROW_SQL); leadsCte adds the outcomes' and bookings' part. */
  withLeadContacted?: boolean;
}

/**
 * The CTE "asg": one row per assignment of a rep to a lead the filters
 * select, with its lead's path, week, submission and first contact; its own accept_s and contact_s
 * (from its assignedAt; contact only when the first contact happened while it held the lead) and
 * is_contacted (it did: the contacts an assignment is measured by are timed ones); remind_due,
 * remind_ok and breach as 0/1 (0 without an SLA or for an assignment that runs none, RUNS_SLA; from the rep's accept clock, SLA_CLOCK); routed_team and lead_contacted by the options.
 * Lead columns only, no join to the outcomes: a per-lead aggregate of them joined here ran once in
 * every parallel worker of the scan.
 */
export function assignmentsCte(workspaceId: string, f: TAnalyticsFilters, sla: TSlaPolicy | null, now: Date, options: TAssignmentsCteOptions = {}): Prisma.Sql {
  const { withTeam = false, withLeadContacted = false } = options;
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const conditions = [leadConditions(workspaceId, { ...f, repId: undefined, teamId: undefined }), Prisma.sql`a."workspaceId" = ${workspaceId}`, Prisma.sql`a."repId" IS NOT NULL`];
  if (f.repId) conditions.push(Prisma.sql`a."repId" = ${f.repId}`);
  if (f.teamId) {
    conditions.push(Prisma.sql`${ROUTED_TEAM} = ${f.teamId}`);
  }
  const verdict = sla
    ? (() => {
        // From the rep's accept clock (their next working time when assigned off duty), not the assignment.
        const remindAt = Prisma.sql`(${SLA_CLOCK} + ${sla.remindAfterMinutes}::int * interval '1 minute')`;
        const reassignAt = Prisma.sql`(${SLA_CLOCK} + ${sla.reassignAfterMinutes}::int * interval '1 minute')`;
        const ok = Prisma.sql`(a."acceptedAt" IS NOT NULL AND a."acceptedAt" <= ${remindAt})`;
        // An assignment a person made runs no SLA: in no SLA figure (its time to accept still counts).
        const runs = (held: Prisma.Sql) => Prisma.sql`(CASE WHEN ${RUNS_SLA} THEN (${held})::int ELSE 0 END)`;
        return Prisma.sql`${runs(ok)} AS remind_ok, ${runs(Prisma.sql`${ok} OR ${heldUnacceptedAt(remindAt, at)}`)} AS remind_due, ${runs(heldUnacceptedAt(reassignAt, at))} AS breach`;
      })()
    : Prisma.sql`0 AS remind_ok, 0 AS remind_due, 0 AS breach`;
  const first = FIRST_CONTACT_AT_SQL;
  const heldAtContact = Prisma.sql`(${first} >= a."assignedAt" AND (a."endedAt" IS NULL OR ${first} < a."endedAt"))`;
  return Prisma.sql`asg AS MATERIALIZED (
    SELECT a."leadId" AS lead, a."repId" AS rep, ${withTeam ? ROUTED_TEAM : Prisma.sql`NULL::text`} AS routed_team, l."routingPathId" AS path, date_trunc('week', l."submittedAt") AS week,
           l."submittedAt" AS submitted, ${first} AS contacted, a."acceptedAt" AS accepted,
           ${secondsBetween(Prisma.sql`a."assignedAt"`, Prisma.sql`a."acceptedAt"`)} AS accept_s,
           CASE WHEN ${heldAtContact} THEN ${secondsBetween(Prisma.sql`a."assignedAt"`, first)} END AS contact_s,
           COALESCE(${heldAtContact}, false) AS is_contacted,
           ${withLeadContacted ? CONTACTED_ON_LEAD_ROW_SQL : Prisma.sql`NULL::boolean`} AS lead_contacted,
           ${verdict}
      FROM "Lead" l JOIN "LeadAssignment" a ON a."leadId" = l."id"
     WHERE ${Prisma.join(conditions, " AND ")})`;
}

/**
 * The CTE "lead" over "asg" (withLeadContacted): one row per lead — the prospect's view: submission →
 * first acceptance by anyone (accept_s) and → first contact (contact_s); is_contacted as the
 * funnel counts it (a contact without a recorded time too: the lead row's signs, else a meeting or
 * opportunity outcome or a booking, looked up in a set hashed once, only for a lead whose row
 * shows none) — with its assignments' SLA counts summed.
 */
export function leadsCte(workspaceId: string): Prisma.Sql {
  return Prisma.sql`lead AS (
    SELECT min(s.path) AS path, min(s.week) AS week, (bool_or(s.lead_contacted) OR s.lead IN (SELECT r."leadId" FROM (${reachedLeadIdsSql(workspaceId)}) r)) AS is_contacted,
           ${secondsBetween(Prisma.sql`min(s.submitted)`, Prisma.sql`min(s.accepted)`)} AS accept_s,
           ${secondsBetween(Prisma.sql`min(s.submitted)`, Prisma.sql`min(s.contacted)`)} AS contact_s,
           sum(s.remind_ok)::int AS remind_ok, sum(s.remind_due)::int AS remind_due, sum(s.breach)::int AS breach
      FROM asg s GROUP BY s.lead)`;
}

/** The aggregates over units b (assignments or leads) with accept_s, contact_s, is_contacted, remind_ok, remind_due, breach. */
export const AGGREGATES = Prisma.sql`count(*)::int AS leads, (count(*) FILTER (WHERE b.is_contacted))::int AS contacted,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY b.accept_s) AS a50, percentile_cont(0.9) WITHIN GROUP (ORDER BY b.accept_s) AS a90,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY b.contact_s) AS c50, percentile_cont(0.9) WITHIN GROUP (ORDER BY b.contact_s) AS c90,
    (count(*) FILTER (WHERE b.contact_s <= ${WITHIN_SECONDS}))::int AS c5,
    COALESCE(sum(b.remind_ok), 0)::int AS r_ok, COALESCE(sum(b.remind_due), 0)::int AS r_due, COALESCE(sum(b.breach), 0)::int AS breaches`;

/** The team row an assignment counts in: the team its decision routed it through, else NO_TEAM_KEY. One row each, so the team rows add up to the rep rows. */
export const ASSIGNMENT_TEAM = Prisma.sql`COALESCE(b.routed_team, ${Prisma.raw(`'${NO_TEAM_KEY}'`)})`;
