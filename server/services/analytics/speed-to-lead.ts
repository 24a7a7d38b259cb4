// Speed-to-lead, measured against the routing SLA of the published routing (remind after N
// minutes, reassign after M, each counted from an assignment's start: assignment-sla.ts).
//   - All, path and week rows are per lead — what the prospect experiences: submission → first
//     acceptance by anyone, → first contact (a booking counts), contacted within 5 minutes.
//   - Rep and team rows are per assignment — what each rep did with the leads they held: time to
//     accept and to first contact from THEIR assignment, so a lead reassigned from Sarah to Priya
//     counts for both, each for their own part.
//   - Every row: SLA breaches (assignments not accepted by their reassign deadline while still
//     held — the rep who held the lead then has it) and the share accepted before the reminder.
// Team rows count an assignment for the team its decision routed it through (a later move of the
// rep between teams does not rewrite it); one without (a rep path, a manager's choice, a booking
// with the next best rep, the fallback) in the "No team" row — never guessed from the rep's teams
// of today, which counted a rep of two teams twice and one of none nowhere. So every assignment is
// in exactly one team row: the team rows add up to the rep rows, and their breaches to All's.
// "Contacted" is the funnel's count (first-contact-sql.ts): per lead, a first contact or a later
// stage reached without one (untimed); per assignment, a first contact while it held the lead.
// One statement for the three figure sets (lead GROUPING SETS; rep and team GROUPING SETS) over one
// read of the assignments, with the memory to sort and group 100,000 leads in (SPEED_WORK_MEM);
// percentiles are the database's percentile_cont (the same definition as
// server/domain/analytics/percentiles.ts). A week the range covers only in part (it starts or ends
// mid-week, or the week is not over) says how much.
import type { Db } from "../../db/client";
import type { TSlaPolicy } from "../../domain/analytics/assignment-sla";
import { weekCoverage, type TWeekCoverage } from "../../domain/analytics/week-coverage";
import type { TAnalyticsFilters } from "./analytics-filters";
import { nameOf, type TAnalyticsLabels } from "./analytics-labels";
import { AGGREGATES, ASSIGNMENT_TEAM, assignmentsCte, leadsCte, NO_TEAM_KEY, NO_TEAM_LABEL, type TSpeedAggregates } from "./speed-to-lead-sql";

export { NO_TEAM_KEY, NO_TEAM_LABEL, WITHIN_SECONDS } from "./speed-to-lead-sql";

export interface TSpeedRow {
  key: string;
  label: string;
  /** Leads (All, path, week rows) or assignments (rep and team rows: the leads each held). */
  leads: number;
  /** Leads contacted, as the funnel's Contacted step counts them (a contact with no recorded time too); rep and team rows: assignments during which the first contact happened. */
  contacted: number;
  acceptP50: number | null;
  acceptP90: number | null;
  contactP50: number | null;
  contactP90: number | null;
  /** Share of the assignments accepted within the reminder's minutes of their start, out of those accepted or still held when it was due; null without an SLA or none due. */
  acceptedBeforeReminder: number | null;
  /** Share of the group's leads (rep, team: assignments) first contacted within 5 minutes. */
  contactedWithin5: number | null;
  /** Assignments not accepted by their reassign deadline while held; null without an SLA. */
  slaBreaches: number | null;
}

export interface TSpeedReport {
  /** The published routing's SLA policy, or null (no breaches, no reminder figure). */
  sla: TSlaPolicy | null;
  overall: TSpeedRow;
  byRep: TSpeedRow[];
  byTeam: TSpeedRow[];
  byPath: TSpeedRow[];
  /** Monday weeks (UTC); `coverage`: the days of the week in the range, up to today. */
  byWeek: (TSpeedRow & { coverage: TWeekCoverage })[];
}

/** A row of the one statement: a lead figure set's row (GROUPING SETS), or a rep or team row (key). */
interface TRaw extends TSpeedAggregates {
  figures: "lead" | "rep" | "team";
  g_path: number;
  g_week: number;
  path: string | null;
  week: Date | null;
  key: string | null;
}

/**
 * work_mem for the one statement (SET LOCAL: this transaction only). At the default 4 MB its
 * per-lead aggregate and its sorts spilled to disk at 100,000 leads (they take ~30 MB there).
 */
const SPEED_WORK_MEM = "64MB";

function row(key: string, label: string, r: TSpeedAggregates, hasSla: boolean): TSpeedRow {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    key,
    label,
    leads: r.leads,
    contacted: r.contacted,
    acceptP50: n(r.a50),
    acceptP90: n(r.a90),
    contactP50: n(r.c50),
    contactP90: n(r.c90),
    acceptedBeforeReminder: hasSla && r.r_due > 0 ? r.r_ok / r.r_due : null,
    contactedWithin5: r.leads > 0 ? r.c5 / r.leads : null,
    slaBreaches: hasSla ? r.breaches : null,
  };
}

export async function speedToLead(db: Db, workspaceId: string, f: TAnalyticsFilters, labels: TAnalyticsLabels, now: Date): Promise<TSpeedReport> {
  const policy = labels.config?.policies.sla ?? null;
  const sla = policy ? { remindAfterMinutes: policy.remindAfterMinutes, reassignAfterMinutes: policy.reassignAfterMinutes } : null;
  // A week is covered up to the range's last day, or today when the range goes on into the future.
  const today = now.toISOString().slice(0, 10);
  const lastDay = f.to < today ? f.to : today;
  // One statement: the assignments are read once (the decision record makes each LeadAssignment
  // row wide) and kept narrow (MATERIALIZED) for the three figure sets; rep and team rows in one pass.
  const rows = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('work_mem', ${SPEED_WORK_MEM}, true)`;
      return tx.$queryRaw<TRaw[]>`WITH ${assignmentsCte(workspaceId, f, sla, now, { withLeadContacted: true, withTeam: true })}, ${leadsCte(workspaceId)}
      SELECT 'lead' AS figures, GROUPING(b.path)::int AS g_path, GROUPING(b.week)::int AS g_week, b.path, b.week, NULL::text AS key, ${AGGREGATES}
        FROM lead b GROUP BY GROUPING SETS ((), (b.path), (b.week))
      UNION ALL
      SELECT CASE WHEN GROUPING(b.rep) = 0 THEN 'rep' ELSE 'team' END, 1, 1, NULL, NULL, CASE WHEN GROUPING(b.rep) = 0 THEN b.rep ELSE ${ASSIGNMENT_TEAM} END, ${AGGREGATES}
        FROM asg b GROUP BY GROUPING SETS ((b.rep), (${ASSIGNMENT_TEAM}))`;
    },
    // A long range on a big workspace may take longer than a write's transaction is allowed, and a
    // busy pool may take longer than Prisma's default 2 s to hand out the connection.
    { timeout: 120_000, maxWait: 10_000 },
  );
  const grouped = rows.filter((r) => r.figures === "lead");
  const reps = rows.filter((r) => r.figures === "rep").map((r) => ({ ...r, rep: r.key ?? "" }));
  const teams = rows.filter((r) => r.figures === "team").map((r) => ({ ...r, team: r.key ?? NO_TEAM_KEY }));
  const hasSla = sla !== null;
  const empty: TSpeedAggregates = { leads: 0, contacted: 0, a50: null, a90: null, c50: null, c90: null, c5: 0, r_ok: 0, r_due: 0, breaches: 0 };
  const overallRaw = grouped.find((r) => r.g_path === 1 && r.g_week === 1) ?? empty;
  const byName = (a: TSpeedRow, b: TSpeedRow) => a.label.localeCompare(b.label);
  return {
    sla,
    overall: row("all", "All leads", overallRaw, hasSla),
    byRep: reps.map((r) => row(r.rep, nameOf(labels, "rep", r.rep), r, hasSla)).sort(byName),
    byPath: grouped
      .filter((r) => r.g_path === 0)
      .map((r) => row(r.path ?? "", nameOf(labels, "path", r.path ?? ""), r, hasSla))
      .sort(byName),
    byWeek: grouped
      .filter((r) => r.g_week === 0)
      .map((r) => {
        const day = r.week ? new Date(r.week).toISOString().slice(0, 10) : "";
        return { ...row(day, day, r, hasSla), coverage: weekCoverage(day, f.from, lastDay) };
      })
      .sort((a, b) => a.key.localeCompare(b.key)),
    // "No team" last: it is not a team.
    byTeam: [
      ...teams.filter((r) => r.team !== NO_TEAM_KEY).map((r) => row(r.team, nameOf(labels, "team", r.team), r, hasSla)).sort(byName),
      ...teams.filter((r) => r.team === NO_TEAM_KEY).map((r) => row(NO_TEAM_KEY, NO_TEAM_LABEL, r, hasSla)),
    ],
  };
}
