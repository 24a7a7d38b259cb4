// The forms view: views, starts, per-step reach and drop-off, completion rate and the median time
// to complete of one form over the period, from its anonymous step events (FormStepEvent): each
// figure counts distinct visits. The events' rollups answer (kept by database triggers, see the
// analytics_speed migration): FormStepDaily (events per UTC day, type and step — one event per
// visit, type and step, so its sums are distinct visits) and FormVisit (each visit's first view
// and completion: the median of complete − view for visits with both in the period). Step labels
// come from the form's current version.
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
  const days = { from: f.fromAt.toISOString().slice(0, 10), to: f.toExclusive.toISOString().slice(0, 10) };
  const [counts, median, version] = await Promise.all([
    // One event per visit, type and step (unique), so the daily sums are the distinct visits.
    db.$queryRaw<{ type: string; step: number; n: number }[]>`
      SELECT d."type", d."step", sum(d."visits")::int AS n FROM "FormStepDaily" d
       WHERE d."workspaceId" = ${workspaceId} AND d."formId" = ${chosen.id} AND d."day" >= ${days.from}::date AND d."day" < ${days.to}::date
       GROUP BY 1, 2`,
    db.$queryRaw<{ median: number | null }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (v."completedAt" - v."viewedAt"))::float8) AS median
        FROM "FormVisit" v
       WHERE v."workspaceId" = ${workspaceId} AND v."formId" = ${chosen.id} AND v."completedAt" >= ${range.from} AND v."completedAt" < ${range.to}
         AND v."viewedAt" >= ${range.from} AND v."viewedAt" < ${range.to} AND v."viewedAt" <= v."completedAt"`,
    db.form.findFirst({ where: { id: chosen.id, workspaceId }, select: { currentVersion: { select: { definition: true } } } }),
  ]);
  const definition = version?.currentVersion?.definition as { steps?: { title?: string }[] } | undefined;
  const stepLabels = (definition?.steps ?? []).map((s, i) => s.title || `Step ${i + 1}`);
  const sum = (type: string) => counts.filter((c) => c.type === type).reduce((n, c) => n + c.n, 0);
  const t = { views: sum("view"), starts: sum("start"), completes: sum("complete"), median: median[0]?.median ?? null };
  const reachedByStep: number[] = [];
  for (const s of counts) if (s.type === "step") reachedByStep[s.step] = s.n;
  return {
    form: { id: chosen.id, name: chosen.name },
    report: formStepReport({ views: t.views, starts: t.starts, completes: t.completes, reachedByStep: Array.from(reachedByStep, (n) => n ?? 0), medianSecondsToComplete: t.median === null ? null : Number(t.median) }, stepLabels),
  };
}
