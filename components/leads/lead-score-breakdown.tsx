// Why the lead scored what it did: one group per dimension with its total and the explanation of
// every item that moved it, then any knock-outs.
import type { TDimensionScore } from "@/server/services/leads";
import type { TBreakdownItem } from "@/server/domain/scoring/model";
import { formatPoints } from "./format";

export function LeadScoreBreakdown({ total, dimensions, knockouts }: { total: number; dimensions: TDimensionScore[]; knockouts: TBreakdownItem[] }) {
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700">
        Total score <span className="text-lg font-semibold tabular-nums text-slate-900">{total}</span>
      </p>
      <ul className="space-y-3" aria-label="Score by dimension">
        {dimensions.map((d) => (
          <li key={d.key} className="rounded-md border border-slate-200 p-3">
            <div className="flex items-center justify-between gap-3">
              <h3 className="font-medium text-slate-900">{d.label}</h3>
              <span className="font-semibold tabular-nums">{formatPoints(d.points)}</span>
            </div>
            {d.items.length === 0 ? (
              <p className="mt-1 text-xs text-slate-500">Nothing moved this dimension.</p>
            ) : (
              <ul className="mt-2 space-y-1 text-slate-700">
                {d.items.map((item, i) => (
                  <li key={`${item.ref}-${i}`} className="flex justify-between gap-3">
                    <span>{item.explanation}</span>
                    <span className="tabular-nums text-slate-500">{formatPoints(item.points)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {knockouts.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 p-3">
          <h3 className="font-medium text-red-800">Knock-outs</h3>
          <ul className="mt-1 space-y-1 text-red-800">
            {knockouts.map((k, i) => (
              <li key={`${k.ref}-${i}`}>{k.explanation}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
