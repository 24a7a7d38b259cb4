// One analytics view (speed, funnel, forms, fairness, score) as the page and its CSV show it:
// a table (typed columns, raw values, optional links to the leads behind a cell), chart series
// and notes. The page formats the values; the CSV writes them raw (server/domain/export/csv.ts).
// Money is per currency (a cell is { USD: …, EUR: … }, never a sum across currencies); the table
// names the view's currencies in the order every money figure is shown and exported in.
import type { Db } from "../../db/client";
import { FUNNEL_STAGES } from "../../domain/analytics/funnel";
import type { TMoneyByCurrency } from "../../domain/analytics/money-by-currency";
import { formatDuration } from "../../domain/analytics/percentiles";
import type { TRole } from "../../domain/auth/roles";
import type { TWeekCoverage } from "../../domain/analytics/week-coverage";
import { dayLabel } from "../../domain/analytics/day-words";
import { slaRuleText, type TSlaPolicy } from "../../domain/analytics/assignment-sla";
import { AppError } from "../../errors";
import { urlChoice } from "./analytics-choices";
import { ANALYTICS_FILTER_KEYS, analyticsFilters, filterParams, type TAnalyticsFilters } from "./analytics-filters";
import { loadAnalyticsLabels, type TAnalyticsLabels } from "./analytics-labels";
import { fairnessLeadsHref, fairnessView } from "./fairness-report";
import { formStepView } from "./form-step-report";
import { DIMENSION_FILTER, FUNNEL_DIMENSION_LABELS, FUNNEL_DIMENSIONS, funnelReport, type TFunnelDimension } from "./funnel-report";
import { scoreReport } from "./score-report";
import { NO_TEAM_LABEL, speedToLead, type TSpeedRow } from "./speed-to-lead";

export const ANALYTICS_ROLES: readonly TRole[] = ["OWNER", "ADMIN", "MANAGER", "MARKETER"];
export const ANALYTICS_VIEWS = ["speed", "funnel", "forms", "fairness", "score"] as const;
export type TAnalyticsViewName = (typeof ANALYTICS_VIEWS)[number];
export const VIEW_LABELS: Record<TAnalyticsViewName, string> = { speed: "Speed-to-lead", funnel: "Funnel", forms: "Forms", fairness: "Fairness", score: "Score" };

export type TColumnKind = "text" | "count" | "seconds" | "rate" | "money" | "number" | "ratio";
export interface TTable {
  /** `isTag`: a text column of a few fixed words ("Score band", "Rep") that is never wrapped. */
  columns: { label: string; kind: TColumnKind; isTag?: boolean }[];
  /** A "money" column's cells are amounts per currency. */
  rows: { cells: (string | number | null | TMoneyByCurrency)[]; links?: (string | null)[] }[];
  /** The currencies of the view's leads, the one with the most leads first (money views only). */
  currencies?: string[];
}

/** Text of a note, with money figures the page formats in the table's currencies. */
export type TNotePart = string | { money: TMoneyByCurrency };

export interface TAnalyticsView {
  view: TAnalyticsViewName;
  filters: TAnalyticsFilters;
  labels: TAnalyticsLabels;
  table: TTable;
  chart: { kind: "line" | "bar"; xKey: string; series: { key: string; label: string }[]; data: Record<string, string | number | null>[] };
  notes: string[];
  /** A note with money in it, shown before the others. */
  moneyNote?: TNotePart[];
  /** Extra choices of the view: funnel dimension, fairness pool. */
  dimension?: TFunnelDimension;
  pools?: { id: string; label: string }[];
  pool?: string | null;
}

const leadsHref = (f: TAnalyticsFilters, extra: Record<string, string>) => `/leads?${new URLSearchParams({ ...filterParams(f), ...extra }).toString()}`;
const num = (n: number) => n.toLocaleString("en-US");
const minutes = (s: number | null) => (s === null ? null : Math.round((s / 60) * 10) / 10);

function speedRows(group: string, rows: TSpeedRow[]) {
  return rows.map((r) => ({ cells: [group, r.label, r.leads, r.contacted, r.acceptP50, r.acceptP90, r.contactP50, r.contactP90, r.acceptedBeforeReminder, r.contactedWithin5, r.slaBreaches] }));
}

/** What the speed figures measure: the SLA rule in the inbox's words, and who each row is about. */
function speedNotes(sla: TSlaPolicy | null): string[] {
  return [
    slaRuleText(sla, "rep"),
    sla
      ? `SLA breach: an assignment not accepted within ${sla.reassignAfterMinutes} minutes of the rep's clock start while the rep still held the lead (it counts for that rep, not for the rep the lead moved to). The clock starts when the rep is at work: at the assignment, or, for a lead that reached them outside their working hours, on leave or in a meeting, when they were next available. Accepted before reminder: accepted within ${sla.remindAfterMinutes} minutes of the clock start, of those accepted or still held at the reminder. Only leads routing handed to a rep run the SLA (routed, sent to the next best rep, SLA-reassigned): a lead a person gave to a rep by name, or a booking moved to the next best rep, is in neither figure. Time to accept counts from the assignment, for every assignment.`
      : "SLA breaches and accepted before reminder are not counted.",
    "All, path and week rows: per lead, from submission (what the prospect waits for the first acceptance by anyone and the first contact). Rep and team rows: per assignment, from the rep's own assignment (a reassigned lead counts for each rep who held it), so their leads add up to more than All's when leads were reassigned; their breaches add up to All's.",
    `Team rows: the team the lead was routed through; an assignment no team path made (a rep path, a manager's choice, a booking with the next best rep, the fallback) is under "${NO_TEAM_LABEL}", so the team rows add up to the rep rows.`,
    "First contact: the first contacted or meeting outcome, or a booking, whichever came first. Contacted counts the leads the funnel's Contacted step counts (with this view's filters, among the leads a rep held): a lead that got to a meeting, an opportunity or a win with no contact recorded counts, but has no time to first contact. Rep and team rows: the assignments during which the first contact happened.",
  ];
}

/**
 * "* Partial week of Aug 31: Sep 3 to Sep 6 only (4 of 7 days), …" for each week the range cuts, in
 * the words of the chart's starred tick ("Aug 31*"); the days are UTC days, as the chart's caption says.
 */
function partialWeekNotes(weeks: { key: string; coverage: TWeekCoverage }[]): string[] {
  return weeks
    .filter((w) => w.coverage.isPartial && w.coverage.days > 0)
    .map((w) => {
      const first = dayLabel(w.coverage.first);
      const days = w.coverage.first === w.coverage.last ? first : `${first} to ${dayLabel(w.coverage.last)}`;
      return `* Partial week of ${dayLabel(w.key)}: ${days} only (${w.coverage.days} of 7 days), so fewer leads than a whole week.`;
    });
}

export async function loadAnalyticsView(db: Db, workspaceId: string, role: TRole, params: Record<string, string>, now: Date): Promise<TAnalyticsView> {
  if (!ANALYTICS_ROLES.includes(role)) throw new AppError("FORBIDDEN", "Analytics are for owners, admins, managers and marketers");
  const view = urlChoice(ANALYTICS_VIEWS, params.view, "speed");
  const { view: _v, dimension: rawDimension, pool: rawPool, ...filterInput } = params;
  // Only the filters' own parameters: a link carries others (utm_source on a shared link) that filter nothing.
  const filters = analyticsFilters(Object.fromEntries(Object.entries(filterInput).filter(([k, v]) => v !== "" && ANALYTICS_FILTER_KEYS.has(k))), now);
  const labels = await loadAnalyticsLabels(db, workspaceId);
  const base = { view, filters, labels, notes: [] as string[] };
  if (view === "speed") {
    const r = await speedToLead(db, workspaceId, filters, labels, now);
    return {
      ...base,
      table: {
        columns: [
          { label: "Group", kind: "text", isTag: true },
          { label: "Name", kind: "text" },
          { label: "Leads", kind: "count" },
          { label: "Contacted", kind: "count" },
          { label: "Accept median", kind: "seconds" },
          { label: "Accept p90", kind: "seconds" },
          { label: "First contact median", kind: "seconds" },
          { label: "First contact p90", kind: "seconds" },
          { label: "Accepted before reminder", kind: "rate" },
          { label: "Contacted ≤ 5 min", kind: "rate" },
          { label: "SLA breaches", kind: "count" },
        ],
        rows: [...speedRows("All", [r.overall]), ...speedRows("Rep", r.byRep), ...speedRows("Team", r.byTeam), ...speedRows("Path", r.byPath), ...speedRows("Week", r.byWeek.map((w) => ({ ...w, label: w.coverage.isPartial ? `${w.key} (partial: ${w.coverage.days} of 7 days)` : w.key })))],
      },
      chart: {
        kind: "line",
        xKey: "week",
        series: [
          { key: "accept50", label: "Accept median (min)" },
          { key: "accept90", label: "Accept p90 (min)" },
          { key: "contact50", label: "First contact median (min)" },
        ],
        // A partial week is marked on its tick (and explained in the notes): fewer days, fewer leads.
        data: r.byWeek.map((w) => ({ week: w.coverage.isPartial ? `${w.key}*` : w.key, accept50: minutes(w.acceptP50), accept90: minutes(w.acceptP90), contact50: minutes(w.contactP50) })),
      },
      notes: [
        ...speedNotes(r.sla),
        ...partialWeekNotes(r.byWeek),
      ],
    };
  }
  if (view === "funnel") {
    const dimension = urlChoice(FUNNEL_DIMENSIONS, rawDimension, "path");
    const r = await funnelReport(db, workspaceId, filters, dimension, labels);
    const filterKey = DIMENSION_FILTER[dimension];
    return {
      ...base,
      dimension,
      table: {
        columns: [{ label: FUNNEL_DIMENSION_LABELS[dimension], kind: "text" }, ...r.total.steps.map((s) => ({ label: s.label, kind: "count" as const })), { label: "Win rate", kind: "rate" }, { label: "Pipeline", kind: "money" }, { label: "Won value", kind: "money" }],
        currencies: r.currencies,
        rows: [{ key: null as string | null, label: "All leads", funnel: r.total }, ...r.slices.map((s) => ({ key: s.key, label: s.label, funnel: s.funnel }))].map((s) => ({
          cells: [s.label, ...s.funnel.steps.map((x) => x.count), s.funnel.winRate, s.funnel.pipelineValue, s.funnel.wonValue],
          links: [null, ...FUNNEL_STAGES.map((stage) => (s.key === "" ? null : leadsHref(filters, { ...(s.key === null ? {} : { [filterKey]: s.key }), reached: stage }))), null, null, null],
        })),
      },
      chart: { kind: "bar", xKey: "stage", series: [{ key: "count", label: "Leads" }], data: r.total.steps.map((s) => ({ stage: s.label, count: s.count })) },
      moneyNote: ["Pipeline ", { money: r.total.pipelineValue }, " · won ", { money: r.total.wonValue }, ". Each count links to the leads behind it."],
    };
  }
  if (view === "forms") {
    const r = await formStepView(db, workspaceId, filters, labels);
    const report = r.report;
    return {
      ...base,
      table: {
        columns: [{ label: "Step", kind: "text" }, { label: "Visits reached", kind: "count" }, { label: "Left here", kind: "count" }, { label: "Drop-off", kind: "rate" }],
        rows: (report?.steps ?? []).map((s) => ({ cells: [`${s.step + 1}. ${s.label}`, s.reached, s.dropped, s.dropOffRate] })),
      },
      chart: { kind: "bar", xKey: "step", series: [{ key: "reached", label: "Visits reached" }], data: (report?.steps ?? []).map((s) => ({ step: `${s.step + 1}. ${s.label}`, reached: s.reached })) },
      notes: report
        ? [
            `${r.form!.name}: ${num(report.views)} views · ${num(report.starts)} starts · ${num(report.completes)} completed · completion ${report.completionRate === null ? "–" : `${(report.completionRate * 100).toFixed(1)} %`} · median time to complete ${formatDuration(report.medianSecondsToComplete)}`,
          ]
        : ["No form in this workspace."],
    };
  }
  if (view === "fairness") {
    const r = await fairnessView(db, workspaceId, filters, labels, rawPool ?? null);
    return {
      ...base,
      pools: r.pools,
      pool: r.pool?.pathId ?? null,
      table: {
        columns: [
          { label: "Rep", kind: "text" },
          { label: "Weight", kind: "number" },
          { label: "Leads", kind: "count" },
          { label: "Share", kind: "rate" },
          { label: "Weight share", kind: "rate" },
          { label: "Skipped: capacity", kind: "count" },
          { label: "Skipped: leave", kind: "count" },
          { label: "Skipped: hours", kind: "count" },
          { label: "Skipped: meeting", kind: "count" },
          { label: "Rotation credit", kind: "number" },
        ],
        rows: (r.report?.reps ?? []).map((x) => ({
          cells: [x.name, x.weight, x.assigned, x.share, x.expectedShare, x.skips.capacity, x.skips.leave, x.skips.hours, x.skips.meeting, x.rotationCredit],
          links: [null, null, fairnessLeadsHref(filters, r.pool!, x.repId), null, null, null, null, null, null, null],
        })),
      },
      chart: {
        kind: "bar",
        xKey: "rep",
        series: [
          { key: "share", label: "Share of leads (%)" },
          { key: "expected", label: "Weight share (%)" },
        ],
        data: (r.report?.reps ?? []).map((x) => ({ rep: x.name, share: x.share === null ? null : Math.round(x.share * 1000) / 10, expected: x.expectedShare === null ? null : Math.round(x.expectedShare * 1000) / 10 })),
      },
      notes: [
        ...(r.report
          ? [
              `${r.pool!.label}: ${num(r.report.assigned)} leads routed, spread ${r.report.spread === null ? "–" : `${(r.report.spread * 100).toFixed(1)} pts`}, fallback rate ${r.report.fallbackRate === null ? "–" : `${(r.report.fallbackRate * 100).toFixed(1)} %`} (${num(r.report.fallbacks)} of ${num(r.report.decisions)}).`,
              "Leads: the leads this pool's routing gave each rep on these days (UTC), each linked to its list — whoever owns them now (a lead reassigned later still counts for the rep routing chose).",
            ]
          : ["No team path in the published routing."]),
        ...(r.explanation ? [`Why did ${r.explanation.repName} get more leads?`, ...r.explanation.lines] : []),
      ],
    };
  }
  const r = await scoreReport(db, workspaceId, filters);
  const rows = [...r.bands.map((b) => ({ ...b, kind: "Score band" })), ...r.rules.map((b) => ({ ...b, kind: "Rule fired" }))];
  return {
    ...base,
    table: {
      currencies: r.currencies,
      columns: [{ label: "Kind", kind: "text", isTag: true }, { label: "Band / rule", kind: "text" }, { label: "Leads", kind: "count" }, { label: "Opportunities", kind: "count" }, { label: "Won", kind: "count" }, { label: "Win rate", kind: "rate" }, { label: "Lift", kind: "ratio" }, { label: "Won value", kind: "money" }],
      rows: rows.map((x) => ({
        cells: [x.kind, x.label, x.leads, x.opportunities, x.won, x.winRate, x.lift === null ? null : Math.round(x.lift * 100) / 100, x.wonValue],
        links: [null, null, x.kind === "Score band" ? leadsHref(filters, { scoreBand: x.key }) : null, null, x.kind === "Score band" ? leadsHref(filters, { scoreBand: x.key, reached: "won" }) : null, null, null, null],
      })),
    },
    chart: { kind: "bar", xKey: "band", series: [{ key: "winRate", label: "Win rate (%)" }], data: r.bands.map((b) => ({ band: b.key, winRate: b.winRate === null ? null : Math.round(b.winRate * 1000) / 10 })) },
    notes: [`Overall: ${num(r.overall.leads)} leads, ${num(r.overall.won)} won (${r.overall.winRate === null ? "–" : `${(r.overall.winRate * 100).toFixed(1)} %`}). Lift = a row's win rate ÷ the overall win rate.`],
  };
}
