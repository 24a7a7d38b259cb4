"use client";
// The view's chart (recharts), loaded only by the analytics page. Day keys on the x axis read
// "Dec 3" (chart-format.ts). `panels` splits the series into small charts side by side (stacked
// on a phone), each with its own y axis, so figures of different sizes — a p90 of ~17 hours next
// to medians of ~4 minutes — are each readable instead of the small ones flat at zero. With
// `valuesIn: "minutes"` a panel is drawn in minutes or hours (its largest value decides) and the
// tooltip says the duration in full ("4m 12s", "17h 12m").
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDuration } from "@/server/domain/analytics/percentiles";
import { dayLabel, durationTick, durationUnit, groupSeries, type TChartPanel } from "./chart-format";

const COLORS = ["#4f46e5", "#f59e0b", "#10b981"];
const tick = (value: number) => value.toLocaleString("en-US");
const AXIS = { fontSize: 12, fill: "#475569" };

type TSeries = { key: string; label: string };
type TRow = Record<string, string | number | null>;

export interface TAnalyticsChartProps {
  kind: "line" | "bar";
  xKey: string;
  series: TSeries[];
  data: TRow[];
  /** Small charts, each with its own y axis, for the series they name (the rest share one more). */
  panels?: TChartPanel[];
  /** The values are durations in minutes. */
  valuesIn?: "minutes";
}

export function AnalyticsChart({ kind, xKey, series, data, panels, valuesIn }: TAnalyticsChartProps) {
  if (data.length === 0) return <p className="text-sm text-slate-500">Nothing to chart in this period.</p>;
  const groups = groupSeries(series, panels);
  const colorOf = new Map(series.map((s, i) => [s.key, COLORS[i % COLORS.length]!]));
  return (
    <div className={groups.length > 1 ? "grid gap-6 md:grid-cols-2" : ""} data-testid="analytics-chart">
      {groups.map((group) => (
        <ChartPanel key={group.series.map((s) => s.key).join()} title={group.title} kind={kind} xKey={xKey} series={group.series} data={data} colorOf={colorOf} valuesIn={valuesIn} isSmall={groups.length > 1} />
      ))}
    </div>
  );
}

interface TPanelProps {
  title: string;
  kind: "line" | "bar";
  xKey: string;
  series: TSeries[];
  data: TRow[];
  colorOf: Map<string, string>;
  valuesIn?: "minutes";
  isSmall: boolean;
}

/** One chart: its series over the shared x axis, on a y axis of their own. */
function ChartPanel({ title, kind, xKey, series, data, colorOf, valuesIn, isSmall }: TPanelProps) {
  const scale = valuesIn === "minutes" ? durationUnit(data.flatMap((row) => series.map((s) => row[s.key] as number | null))) : null;
  const rows = scale ? data.map((row) => ({ ...row, ...Object.fromEntries(series.map((s) => [s.key, typeof row[s.key] === "number" ? (row[s.key] as number) / scale.perUnit : null])) })) : data;
  const shown = scale ? series.map((s) => ({ ...s, label: s.label.replace(/\s*\(min\)$/, "") })) : series;
  const heading = scale ? `${title}${title ? " " : ""}(${scale.unit === "h" ? "hours" : "minutes"})` : title;
  const tooltip = {
    labelFormatter: (label: unknown) => dayLabel(label),
    formatter: (value: unknown) => (typeof value === "number" ? (scale ? formatDuration(value * scale.perUnit * 60) : tick(value)) : "–"),
  };
  const margin = { top: 8, right: 12, bottom: 4, left: 0 };
  const x = <XAxis dataKey={xKey} tick={AXIS} tickFormatter={dayLabel} interval="preserveStartEnd" minTickGap={12} />;
  const y = <YAxis tick={AXIS} tickFormatter={scale ? durationTick : tick} width={scale ? 44 : 60} allowDecimals />;
  return (
    <figure className="min-w-0">
      {heading && <figcaption className="mb-1 text-sm font-medium text-slate-700">{heading}</figcaption>}
      <div className={isSmall ? "h-56 w-full" : "h-72 w-full"}>
        <ResponsiveContainer width="100%" height="100%">
          {kind === "line" ? (
            <LineChart data={rows} margin={margin}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              {x}
              {y}
              <Tooltip {...tooltip} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {shown.map((s) => (
                <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={colorOf.get(s.key)} strokeWidth={2} dot={data.length <= 16} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          ) : (
            <BarChart data={rows} margin={margin}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              {x}
              {y}
              <Tooltip {...tooltip} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {shown.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={colorOf.get(s.key)} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
