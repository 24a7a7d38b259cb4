// The forms view: views, starts, per-step reach and drop-off, completion rate and the median time
// to complete of one form over the period, from its anonymous step events (FormStepEvent): each
// figure counts distinct visits. Step labels come from the form's current version.
import type { Db } from "../../db/client";
import { formStepReport, type TFormStepReport } from "../../domain/analytics/form-steps";
import type { TAnalyticsFilters } from "./analytics-filters";
import type { TAnalyticsLabels } from "./analytics-labels";

export interface TFormStepView {
  form: { id: string; name: string } | null;
  report: TFormStepReport | null;
}

export async function formStepView(db: Db, workspaceId: string, f: TAnalyticsFilters, labels: TAnalyticsLabels): Promise<TFormStepView> {
  const chosen = labels.forms.find((form) => form.id === f.formId) ?? labels.forms.find((form) => form.slug === "demo") ?? labels.forms[0];
  if (!chosen) return { form: null, report: null };
  const range = { from: f.fromAt, to: f.toExclusive };
  const [totals, steps, version] = await Promise.all([
    db.$queryRaw<{ views: number; starts: number; completes: number; median: number | null }[]>`
      WITH visits AS (
        SELECT e."visitId",
               bool_or(e."type" = 'view') AS viewed, bool_or(e."type" = 'start') AS started, bool_or(e."type" = 'complete') AS completed,
               EXTRACT(EPOCH FROM (min(e."occurredAt") FILTER (WHERE e."type" = 'complete') - min(e."occurredAt") FILTER (WHERE e."type" = 'view')))::float8 AS seconds
          FROM "FormStepEvent" e
         WHERE e."workspaceId" = ${workspaceId} AND e."formId" = ${chosen.id} AND e."occurredAt" >= ${range.from} AND e."occurredAt" < ${range.to}
         GROUP BY e."visitId")
      SELECT (count(*) FILTER (WHERE viewed))::int AS views, (count(*) FILTER (WHERE started))::int AS starts, (count(*) FILTER (WHERE completed))::int AS completes,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FILTER (WHERE completed AND seconds >= 0) AS median
        FROM visits`,
    db.$queryRaw<{ step: number; n: number }[]>`
      SELECT e."step", count(DISTINCT e."visitId")::int AS n FROM "FormStepEvent" e
       WHERE e."workspaceId" = ${workspaceId} AND e."formId" = ${chosen.id} AND e."occurredAt" >= ${range.from} AND e."occurredAt" < ${range.to} AND e."type" = 'step'
       GROUP BY e."step" ORDER BY e."step"`,
    db.form.findFirst({ where: { id: chosen.id, workspaceId }, select: { currentVersion: { select: { definition: true } } } }),
  ]);
  const definition = version?.currentVersion?.definition as { steps?: { title?: string }[] } | undefined;
  const stepLabels = (definition?.steps ?? []).map((s, i) => s.title || `Step ${i + 1}`);
  const t = totals[0] ?? { views: 0, starts: 0, completes: 0, median: null };
  const reachedByStep: number[] = [];
  for (const s of steps) reachedByStep[s.step] = s.n;
  return {
    form: { id: chosen.id, name: chosen.name },
    report: formStepReport({ views: t.views, starts: t.starts, completes: t.completes, reachedByStep: Array.from(reachedByStep, (n) => n ?? 0), medianSecondsToComplete: t.median === null ? null : Number(t.median) }, stepLabels),
  };
}
