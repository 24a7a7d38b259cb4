// Speed-to-lead: median and p90 from submit to accepted and to first contact (a booking counts),
// the share within 5 minutes, SLA breaches (not accepted within the published SLA's reminder
// minutes), overall and by rep, path and week (one GROUPING SETS query), and by team (a second:
// a rep may be in several teams). Leads that reached a rep count; percentiles are the database's
// percentile_cont (the same definition as server/domain/analytics/percentiles.ts). A week the
// range covers only in part (it starts or ends mid-week, or the week is not over) says how much.
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { leadConditions, type TAnalyticsFilters } from "./analytics-filters";
import { nameOf, type TAnalyticsLabels } from "./analytics-labels";
import { weekCoverage, type TWeekCoverage } from "../../domain/analytics/week-coverage";

export const WITHIN_SECONDS = 300;

export interface TSpeedRow {
  key: string;
  label: string;
  leads: number;
  acceptP50: number | null;
  acceptP90: number | null;
  contactP50: number | null;
  contactP90: number | null;
  /** Share of the group's leads accepted / contacted within 5 minutes. */
  acceptedWithin5: number | null;
  contactedWithin5: number | null;
  slaBreaches: number | null;
}

export interface TSpeedReport {
  slaMinutes: number | null;
  overall: TSpeedRow;
  byRep: TSpeedRow[];
  byTeam: TSpeedRow[];
  byPath: TSpeedRow[];
  /** Monday weeks (UTC); `coverage`: the days of the week in the range, up to today. */
  byWeek: (TSpeedRow & { coverage: TWeekCoverage })[];
}

interface TRaw {
  g_rep: number;
  g_path: number;
  g_week: number;
  rep: string | null;
  path: string | null;
  week: Date | null;
  leads: number;
  a50: number | null;
  a90: number | null;
  c50: number | null;
  c90: number | null;
  a5: number;
  c5: number;
  breaches: number;
}

function aggregates(slaSeconds: number | null, now: Date): Prisma.Sql {
  return Prisma.sql`count(*)::int AS leads,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY b.accept_s) AS a50, percentile_cont(0.9) WITHIN GROUP (ORDER BY b.accept_s) AS a90,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY b.contact_s) AS c50, percentile_cont(0.9) WITHIN GROUP (ORDER BY b.contact_s) AS c90,
    (count(*) FILTER (WHERE b.accept_s <= ${WITHIN_SECONDS}))::int AS a5, (count(*) FILTER (WHERE b.contact_s <= ${WITHIN_SECONDS}))::int AS c5,
    (count(*) FILTER (WHERE ${slaSeconds}::float8 IS NOT NULL AND (b.accept_s > ${slaSeconds}::float8 OR (b.accept_s IS NULL AND b.submitted < ${new Date(now.getTime() - (slaSeconds ?? 0) * 1000)}))))::int AS breaches`;
}

function base(workspaceId: string, f: TAnalyticsFilters): Prisma.Sql {
  return Prisma.sql`base AS (
    SELECT l."ownerRepId" AS rep, l."routingPathId" AS path, date_trunc('week', l."submittedAt") AS week, l."submittedAt" AS submitted,
           CASE WHEN l."acceptedAt" IS NULL THEN NULL ELSE GREATEST(EXTRACT(EPOCH FROM (l."acceptedAt" - l."submittedAt"))::float8, 0) END AS accept_s,
           CASE WHEN l."firstContactAt" IS NULL THEN NULL ELSE GREATEST(EXTRACT(EPOCH FROM (l."firstContactAt" - l."submittedAt"))::float8, 0) END AS contact_s
      FROM "Lead" l WHERE ${leadConditions(workspaceId, f)} AND l."ownerRepId" IS NOT NULL)`;
}

function row(key: string, label: string, r: Omit<TRaw, "g_rep" | "g_path" | "g_week" | "rep" | "path" | "week">): TSpeedRow {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    key,
    label,
    leads: r.leads,
    acceptP50: n(r.a50),
    acceptP90: n(r.a90),
    contactP50: n(r.c50),
    contactP90: n(r.c90),
    acceptedWithin5: r.leads > 0 ? r.a5 / r.leads : null,
    contactedWithin5: r.leads > 0 ? r.c5 / r.leads : null,
    slaBreaches: r.breaches,
  };
}

export async function speedToLead(db: Db, workspaceId: string, f: TAnalyticsFilters, labels: TAnalyticsLabels, now: Date): Promise<TSpeedReport> {
  const slaMinutes = labels.config?.policies.sla?.remindAfterMinutes ?? null;
  // A week is covered up to the range's last day, or today when the range goes on into the future.
  const today = now.toISOString().slice(0, 10);
  const lastDay = f.to < today ? f.to : today;
  const slaSeconds = slaMinutes === null ? null : slaMinutes * 60;
  const [grouped, teams] = await Promise.all([
    db.$queryRaw<TRaw[]>`WITH ${base(workspaceId, f)}
      SELECT GROUPING(b.rep)::int AS g_rep, GROUPING(b.path)::int AS g_path, GROUPING(b.week)::int AS g_week, b.rep, b.path, b.week, ${aggregates(slaSeconds, now)}
        FROM base b GROUP BY GROUPING SETS ((), (b.rep), (b.path), (b.week))`,
    db.$queryRaw<(TRaw & { team: string })[]>`WITH ${base(workspaceId, f)}
      SELECT tm."teamId" AS team, ${aggregates(slaSeconds, now)}
        FROM base b JOIN "TeamMember" tm ON tm."repId" = b.rep JOIN "Team" t ON t."id" = tm."teamId" AND t."workspaceId" = ${workspaceId}
       GROUP BY tm."teamId"`,
  ]);
  const empty = { leads: 0, a50: null, a90: null, c50: null, c90: null, a5: 0, c5: 0, breaches: 0 };
  const overallRaw = grouped.find((r) => r.g_rep === 1 && r.g_path === 1 && r.g_week === 1) ?? empty;
  const pick = (g: "rep" | "path" | "week") => grouped.filter((r) => r[`g_${g}`] === 0);
  const byName = (a: TSpeedRow, b: TSpeedRow) => a.label.localeCompare(b.label);
  return {
    slaMinutes,
    overall: row("all", "All leads", overallRaw),
    byRep: pick("rep").map((r) => row(r.rep ?? "", nameOf(labels, "rep", r.rep ?? ""), r)).sort(byName),
    byPath: pick("path").map((r) => row(r.path ?? "", nameOf(labels, "path", r.path ?? ""), r)).sort(byName),
    byWeek: pick("week")
      .map((r) => {
        const day = r.week ? new Date(r.week).toISOString().slice(0, 10) : "";
        return { ...row(day, day, r), coverage: weekCoverage(day, f.from, lastDay) };
      })
      .sort((a, b) => a.key.localeCompare(b.key)),
    byTeam: teams.map((r) => row(r.team, nameOf(labels, "team", r.team), r)).sort(byName),
  };
}
