// The speed-to-lead view's card: the routing SLA in one line, the weekly trend as two small charts
// (medians, and the p90 on its own axis — ~17 hours next to ~4 minutes would flatten the medians at
// zero), what a "*" week means, the definitions folded under "How these are measured", and the
// table. The view's notes: the SLA rule first (shown as it is), partial weeks marked "* …".
import type { TAnalyticsView } from "@/server/services/analytics/analytics-view";
import { AnalyticsChart } from "./analytics-chart";
import { AnalyticsTable } from "./analytics-table";

/** Medians on one axis, the p90 on its own. */
const SPEED_PANELS = [
  { title: "Medians", keys: ["accept50", "contact50"] },
  { title: "Accept p90", keys: ["accept90"] },
];

export function SpeedBody({ data }: { data: TAnalyticsView }) {
  const [rule, ...rest] = data.notes;
  const partial = rest.filter((n) => n.startsWith("* "));
  const definitions = rest.filter((n) => !n.startsWith("* "));
  return (
    <div className="space-y-4">
      {rule && <p className="text-sm text-slate-700">{rule}</p>}
      <div className="space-y-2">
        <p className="text-xs text-slate-500">Weekly trend, weeks from Monday (UTC); hover a point for its exact duration.</p>
        <AnalyticsChart kind={data.chart.kind} xKey={data.chart.xKey} series={data.chart.series} data={data.chart.data} panels={SPEED_PANELS} valuesIn="minutes" />
        {partial.length > 0 && (
          <ul className="space-y-1 text-xs text-slate-600" aria-label="Partial weeks">
            {partial.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
      <details className="group rounded-md border border-slate-200 px-3 py-2 text-sm">
        <summary className="cursor-pointer select-none font-medium text-slate-700">How these are measured</summary>
        <ul className="mt-2 space-y-2 text-slate-700" data-testid="analytics-notes">
          {definitions.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </details>
      <AnalyticsTable table={data.table} />
    </div>
  );
}
