"use client";
// The editor preview's live score: total, a bar per dimension, tier, estimated value and the
// breakdown explaining every point. Presentational: the preview recomputes the result. Money as
// the lead page writes it (formatMoney: "$90,000", "$90,000.50"), so the preview reads as the lead will.
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/components/leads/format";
import type { TScoreResult, TScoringModel } from "@/server/domain/scoring/model";
import { barShare } from "./score-scale";

export interface TLiveScorePanelProps {
  result: TScoreResult;
  model: TScoringModel;
  /** From dimensionMaxima(model, definition). */
  maxima: Record<string, number>;
  onReset: () => void;
}

function tierTone(model: TScoringModel, result: TScoreResult): "green" | "blue" | "amber" | "gray" | "red" {
  if (result.knockedOutBy) return "red";
  const index = model.tiers.findIndex((t) => t.key === result.tier);
  if (index === 0) return "green";
  if (index === model.tiers.length - 1) return "gray";
  return index === 1 ? "blue" : "amber";
}

export function LiveScorePanel({ result, model, maxima, onReset }: TLiveScorePanelProps) {
  return (
    <section aria-labelledby="live-score-title" className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="live-score">
      <header className="flex items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <h2 id="live-score-title" className="text-base font-semibold text-slate-900">Live score</h2>
        <Button variant="secondary" onClick={onReset} className="px-2.5 py-1 text-xs">Reset answers</Button>
      </header>
      <div className="space-y-5 p-5">
        <p className="sr-only" aria-live="polite">
          Score {result.total}, tier {result.tierLabel}
        </p>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Total</p>
            <p className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="score-total">{result.total}</p>
          </div>
          <div className="text-right">
            <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Tier</p>
            <span data-testid="score-tier"><Badge tone={tierTone(model, result)}>{result.tierLabel}</Badge></span>
          </div>
        </div>
        {result.knockedOutBy && (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            Knocked out: {model.knockouts.find((k) => k.id === result.knockedOutBy)?.label ?? result.knockedOutBy}
          </p>
        )}
        <ul className="space-y-3">
          {model.dimensions.map((d) => {
            const points = result.dimensions[d.key] ?? 0;
            return (
              <li key={d.key}>
                <div className="mb-1 flex justify-between text-sm">
                  <span className="text-slate-700">{d.label}</span>
                  <span className={`tabular-nums ${points < 0 ? "text-red-700" : "text-slate-900"}`}>{points}</span>
                </div>
                <div className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                  <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300 motion-reduce:transition-none" style={{ width: `${barShare(points, maxima[d.key] ?? 1) * 100}%` }} />
                </div>
              </li>
            );
          })}
        </ul>
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Estimated value</p>
          <p className="text-lg font-semibold tabular-nums text-slate-900" data-testid="score-value">
            {result.estimatedValue === null ? "—" : formatMoney(result.estimatedValue, result.currency)}
          </p>
        </div>
        <div>
          <h3 className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">Breakdown</h3>
          {result.breakdown.length === 0 ? (
            <p className="text-sm text-slate-500">Answer questions to see how they score.</p>
          ) : (
            <ul className="space-y-1.5 text-sm" data-testid="score-breakdown">
              {result.breakdown.map((item, index) => (
                <li key={`${item.kind}-${item.ref}-${index}`} className="flex items-baseline gap-2">
                  <span aria-hidden="true" className={`h-2 w-2 shrink-0 rounded-full ${item.kind === "knockout" || item.points < 0 ? "bg-red-500" : item.points > 0 ? "bg-emerald-500" : "bg-slate-300"}`} />
                  <span className="text-slate-700">{item.explanation}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
